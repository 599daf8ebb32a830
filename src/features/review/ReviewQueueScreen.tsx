import { Button } from 'antd-mobile';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOptionalCaseServices, type CaseServices } from '../../app/case-services';
import { todayInChina } from '../../domain/calendar/china-date';
import { useSupervisionThresholds } from '../../app/use-supervision-thresholds';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { dateText } from './review-format';
import { FILTER_KEYS } from './review-labels';
import { buildReviewQueue, QUEUE_FILTERS, type QueueFilter } from './review-queue';
import { ReviewQueueRow } from './ReviewQueueRow';
import { useLocalCases } from './use-local-cases';
import { useRegionNames } from './use-reference-names';
import './review.css';

/** Rows rendered at first and added by 「再显示」 (a township holds a few hundred cases at most open). */
const PAGE_SIZE = 60;

function filterOf(value: string | null): QueueFilter {
  return QUEUE_FILTERS.find((filter) => filter === value) ?? 'open';
}

/**
 * Route `/review`: the township reviewer's home (审核台) — the cases of the township's villages that wait for
 * the township, soonest due first, with their 电子监察 light; tabs by status and a search. Works offline: it
 * reads the cases on the device.
 */
export function ReviewQueueScreen() {
  const t = useT();
  const services = useOptionalCaseServices();
  if (!services)
    return <EmptyState title={t('review.localUnavailable')} detail={t('review.localUnavailableBody')} />;
  return <ReviewQueue services={services} />;
}

function ReviewQueue({ services }: { services: CaseServices }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const { cases, error } = useLocalCases(services);
  const villageNameOf = useRegionNames();
  const thresholds = useSupervisionThresholds();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params.get('tab'));
  const query = params.get('q') ?? '';
  const [shown, setShown] = useState(PAGE_SIZE);
  const today = todayInChina();

  const queue = useMemo(
    () =>
      cases === null
        ? null
        : buildReviewQueue(cases, {
            filter,
            query,
            today,
            calendar: services.calendar,
            thresholds: thresholds,
            villageNameOf,
          }),
    [cases, filter, query, today, services.calendar, thresholds, villageNameOf],
  );

  const update = (changes: { tab?: QueueFilter; q?: string }) => {
    const next = new URLSearchParams(params);
    if (changes.tab !== undefined) next.set('tab', changes.tab);
    if (changes.q !== undefined) {
      if (changes.q === '') next.delete('q');
      else next.set('q', changes.q);
    }
    setShown(PAGE_SIZE);
    setParams(next, { replace: true });
  };

  return (
    <div className="db-review">
      <header className="db-review__header">
        <div>
          <h1 className="db-review__title">
            {t('review.queue.heading', { township: services.user.scopeName })}
          </h1>
          <p className="db-review__subtitle">
            {t('review.queue.today', { date: dateText(today, language) })}
          </p>
        </div>
        <div className="db-field db-review__search">
          <label className="db-field__label" htmlFor={`${ids}-search`}>
            {t('review.queue.search')}
          </label>
          <input
            id={`${ids}-search`}
            className="db-input"
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={`${ids}-search-hint`}
            onChange={(event) => update({ q: event.target.value })}
          />
          <p id={`${ids}-search-hint`} className="db-field__hint">
            {t('review.queue.searchHint')}
          </p>
        </div>
      </header>

      <div className="db-review__filters" role="group" aria-label={t('review.queue.filters')}>
        {QUEUE_FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            className="db-review__filter"
            aria-pressed={option === filter}
            onClick={() => update({ tab: option })}
          >
            {t(FILTER_KEYS[option])}
            <span className="db-review__filter-count">{queue?.counts[option] ?? '…'}</span>
          </button>
        ))}
      </div>

      {error ? (
        <ErrorState title={t('review.queue.loadFailed')} detail={String(error)} />
      ) : queue === null ? (
        <LoadingState label={t('review.queue.loading')} />
      ) : queue.entries.length === 0 ? (
        <EmptyState
          title={
            query !== ''
              ? t('review.queue.noMatch', { query })
              : filter === 'open'
                ? t('review.queue.empty')
                : t('review.queue.emptyFilter')
          }
          detail={filter === 'open' && query === '' ? t('review.queue.emptyHint') : undefined}
        />
      ) : (
        <section aria-labelledby={`${ids}-list`}>
          <h2 id={`${ids}-list`} className="db-visually-hidden">
            {t(FILTER_KEYS[filter])}
          </h2>
          <p className="db-review__total" role="status">
            {t('review.queue.total', { count: queue.entries.length })}
          </p>
          <ul className="db-review__list">
            {queue.entries.slice(0, shown).map((entry) => (
              <ReviewQueueRow
                key={entry.head.id}
                entry={entry}
                villageName={villageNameOf(entry.head.regionCode)}
              />
            ))}
          </ul>
          {queue.entries.length > shown ? (
            <Button fill="outline" block onClick={() => setShown((n) => n + PAGE_SIZE)}>
              {t('review.queue.showMore', { count: Math.min(PAGE_SIZE, queue.entries.length - shown) })}
            </Button>
          ) : null}
        </section>
      )}
    </div>
  );
}
