/**
 * 差评回访整改: every 差评 (不满意, 非常不满意) of the scope with its follow-up — 回访 within N working days, 整改
 * within M, then 办结 — each step's due date and whether it is (or was) on time, and the form for the next
 * step. Tracked until closed; filters: 待处理, 已超期, 已办结, 全部.
 */
import { useId, useState } from 'react';
import type { SessionUser } from '../../domain/wire/auth-messages';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { FollowUpCard } from './FollowUpCard';
import { followUpsAnswerSchema, useLoaded, useRegionNames } from './use-supervision-data';

const FILTERS = ['open', 'overdue', 'closed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** Cards shown at first; 「显示更多」 adds as many again. */
const PAGE = 30;

export function FollowUpView({ user }: { user: SessionUser }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [filter, setFilter] = useState<Filter>('open');
  const [shown, setShown] = useState(PAGE);
  const answer = useLoaded(`/api/supervision/follow-ups?status=${filter}`, followUpsAnswerSchema);
  const names = useRegionNames();

  if (answer.error !== null)
    return (
      <ErrorState
        title={t('supervision.loadFailed')}
        detail={`${apiErrorText(answer.error, t, language)} ${t('supervision.needsServer')}`}
        retryLabel={t('supervision.retry')}
        onRetry={answer.reload}
      />
    );
  if (answer.data === null) return <LoadingState label={t('supervision.followUps.loading')} />;
  const { summary, rows, today } = answer.data;
  return (
    <div className="db-sup__body">
      <section className="db-sup__summary" aria-label={t('supervision.followUps.summary')}>
        {(
          [
            ['total', summary.total],
            ['open', summary.open],
            ['overdue', summary.overdue],
            ['closed', summary.closed],
            ['late', summary.late],
          ] as const
        ).map(([key, value]) => (
          <div
            key={key}
            className={`db-sup__count${key === 'overdue' && value > 0 ? ' db-sup__count--red' : ''}`}
            data-testid={`followups-${key}`}
          >
            <span className="db-sup__count-label">{t(`supervision.followUps.count.${key}`)}</span>
            <span className="db-sup__count-value">{value}</span>
          </div>
        ))}
      </section>
      <section className="db-sup__panel" aria-labelledby={`${ids}-list`}>
        <div className="db-sup__toolbar">
          <h2 id={`${ids}-list`}>{t('supervision.followUps.listHeading', { count: rows.length })}</h2>
          <div className="db-sup__filters" role="group" aria-label={t('supervision.followUps.filter')}>
            {FILTERS.map((value) => (
              <button
                key={value}
                type="button"
                className="db-sup__filter"
                aria-pressed={value === filter}
                onClick={() => {
                  setFilter(value);
                  setShown(PAGE);
                }}
              >
                {t(`supervision.followUps.filter.${value}`)}
              </button>
            ))}
          </div>
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t('supervision.followUps.none')} />
        ) : (
          <>
            <ul className="db-sup__cards">
              {rows.slice(0, shown).map((row) => (
                <FollowUpCard
                  key={row.caseId}
                  row={row}
                  names={names}
                  today={today}
                  userName={user.name}
                  onChanged={answer.reload}
                />
              ))}
            </ul>
            {rows.length > shown ? (
              <button type="button" className="db-sup__more" onClick={() => setShown((n) => n + PAGE)}>
                {t('supervision.showMore', { shown: Math.min(shown, rows.length), total: rows.length })}
              </button>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
