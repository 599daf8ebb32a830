import { useLanguage, useT } from '../../ui/i18n/use-t';
import { ACTION_KEYS, ROLE_KEYS } from './case-labels';
import type { TimelineRow } from './case-timeline';
import { timeOf } from './case-time';

/** 办理过程: every step, who took it and when; 待上传 and 被退回 steps are marked (not by colour alone). */
export function CaseTimeline({ rows }: { rows: readonly TimelineRow[] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="db-case-timeline" aria-labelledby="case-timeline-heading">
      <h2 id="case-timeline-heading" className="db-case-panel__heading">
        {t('cases.timeline.heading')}
      </h2>
      {rows.length === 0 ? (
        <p className="db-case-panel__intro">{t('cases.timeline.empty')}</p>
      ) : (
        <ol className="db-case-timeline__list">
          {rows.map((row) => (
            <li
              key={row.key}
              className={`db-case-timeline__row db-case-timeline__row--${row.state}`}
              data-testid="timeline-row"
            >
              <p className="db-case-timeline__head">
                <strong>{t(ACTION_KEYS[row.type])}</strong>
                {row.state === 'pending' ? (
                  <span className="db-case-timeline__flag">{t('cases.timeline.pending')}</span>
                ) : null}
                {row.state === 'rejected' ? (
                  <span className="db-case-timeline__flag db-case-timeline__flag--rejected">
                    {t('cases.timeline.rejected')}
                  </span>
                ) : null}
              </p>
              <p className="db-case-timeline__meta">
                {t('cases.timeline.by', {
                  name: row.actorName,
                  role: t(ROLE_KEYS[row.actorRole]),
                })}{' '}
                · <time dateTime={row.at}>{timeOf(row.at, language)}</time>
                {row.state === 'synced' ? '' : t('cases.timeline.deviceTime')}
              </p>
              {row.summary ? <p className="db-case-timeline__summary">{row.summary}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
