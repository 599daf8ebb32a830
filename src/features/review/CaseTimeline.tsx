import { useId } from 'react';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { timeText } from './review-format';
import { ACTION_KEYS } from './review-labels';
import type { TimelineItem } from './review-timeline';

const ROLE_KEYS = {
  agent: 'role.agent',
  reviewer: 'role.reviewer',
  supervisor: 'role.supervisor',
  admin: 'role.admin',
} as const;

/** 办理过程: every step in time order — who, when, what; steps waiting to upload and refused ones marked. */
export function CaseTimeline({ items }: { items: readonly TimelineItem[] }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  return (
    <section className="db-review-panel db-review-timeline" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.timeline.heading')}
      </h2>
      <ol className="db-review-timeline__list">
        {items.map((item) => (
          <li
            key={item.id}
            className={`db-review-timeline__item db-review-timeline__item--${item.state}`}
            data-testid="timeline-entry"
            data-state={item.state}
          >
            <p className="db-review-timeline__head">
              <strong>{t(ACTION_KEYS[item.type])}</strong>
              {item.state === 'pending' ? (
                <span className="db-review-timeline__flag db-review-timeline__flag--pending">
                  {t('review.timeline.pending')}
                </span>
              ) : null}
              {item.state === 'refused' ? (
                <span className="db-review-timeline__flag db-review-timeline__flag--refused">
                  {t('review.timeline.refused')}
                </span>
              ) : null}
            </p>
            <p className="db-review-timeline__meta">
              {t('review.timeline.by', {
                name: item.actorName,
                role: t(ROLE_KEYS[item.actorRole]),
                time: timeText(item.at, language),
              })}
            </p>
            {item.summary !== '' ? <p className="db-review-timeline__summary">{item.summary}</p> : null}
            {item.reason !== null ? (
              <p className="db-review-timeline__reason">
                {t('review.timeline.reason', { reason: item.reason })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
