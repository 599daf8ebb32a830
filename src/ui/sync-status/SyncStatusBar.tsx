import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { syncStatusStore } from '../../sync/sync-status-store';
import { useLanguage, useT } from '../i18n/use-t';
import { elapsedText } from './elapsed-text';
import './sync-status.css';

/**
 * The sync-status slot of the top bar, on every signed-in screen: server reachability (a real probe),
 * the last successful sync, records and photos waiting to upload, records the server refused, the last
 * error, first-sync progress, and 「立即同步」.
 */
export function SyncStatusBar() {
  const t = useT();
  const language = useLanguage();
  const status = useStore(syncStatusStore);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const { connectivity, lastSyncedAt, pendingRecords, pendingPhotos, rejectedRecords, lastError, firstSync } =
    status;
  const label =
    connectivity === 'online'
      ? t('sync.online')
      : connectivity === 'offline'
        ? t('sync.offline')
        : t('sync.checking');
  const when = (at: number) => elapsedText(at, Math.max(now, at), t, language);
  const lastSync =
    lastSyncedAt === null ? t('sync.neverSynced') : t('sync.lastSync', { time: when(lastSyncedAt) });
  const pending =
    pendingRecords + pendingPhotos === 0
      ? t('sync.allUploaded')
      : t('sync.pending', { records: pendingRecords, photos: pendingPhotos });
  const received = firstSync ? Object.values(firstSync).reduce((sum, n) => sum + (n ?? 0), 0) : 0;

  return (
    <div className={`db-sync db-sync--${connectivity}`} aria-label={t('sync.label')} role="group">
      <span className="db-sync__dot" aria-hidden="true" />
      <span className="db-sync__text">
        <span className="db-sync__state" role="status">
          {label}
        </span>
        {/* One line whatever it says: the bar keeps its height, so the page below does not jump. */}
        <span className="db-sync__contact" data-testid="sync-pending">
          {firstSync ? t('sync.firstSync', { count: received }) : `${pending} · ${lastSync}`}
        </span>
        {rejectedRecords > 0 ? (
          <span className="db-sync__problem">{t('sync.rejected', { n: rejectedRecords })}</span>
        ) : null}
        {status.storageWarningPercent !== null ? (
          <span className="db-sync__problem" role="alert">
            {t('storage.nearlyFull', { percent: status.storageWarningPercent })}
          </span>
        ) : null}
        {lastError && connectivity === 'online' ? (
          <span className="db-sync__problem">{t('sync.error', { reason: lastError })}</span>
        ) : null}
      </span>
      <button
        type="button"
        className="db-sync__check"
        onClick={status.syncNow}
        title={t('sync.syncNow')}
        aria-label={t('sync.syncNow')}
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
