import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../i18n/use-t';
import { elapsedText } from './elapsed-text';
import { useServerReachability, type ReachabilityOptions } from './use-server-reachability';
import './sync-status.css';

/**
 * The sync-status slot of the top bar. For now: whether the server answers (a real probe of
 * GET /api/health every 30 s) and when it last did; pending uploads and replication join it later.
 */
export function SyncStatusBar(props: ReachabilityOptions) {
  const t = useT();
  const language = useLanguage();
  const { status, lastContactAt, checkNow } = useServerReachability(props);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const label =
    status === 'online' ? t('sync.online') : status === 'offline' ? t('sync.offline') : t('sync.checking');
  const contact =
    lastContactAt === null
      ? t('sync.neverContacted')
      : t('sync.lastContact', {
          time: elapsedText(lastContactAt, Math.max(now, lastContactAt), t, language),
        });

  return (
    <div className={`db-sync db-sync--${status}`} aria-label={t('sync.label')} role="group">
      <span className="db-sync__dot" aria-hidden="true" />
      <span className="db-sync__text">
        <span className="db-sync__state" role="status">
          {label}
        </span>
        <span className="db-sync__contact">{contact}</span>
      </span>
      <button
        type="button"
        className="db-sync__check"
        onClick={checkNow}
        title={t('sync.checkNow')}
        aria-label={t('sync.checkNow')}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            d="M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </div>
  );
}
