import { Button } from 'antd-mobile';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useT } from '../../ui/i18n/use-t';
import { STATUS_KEYS } from './case-labels';
import {
  DEADLINE_FILTERS,
  EMPTY_FILTER,
  filterCases,
  filterFromSearch,
  isPartialIdNumber,
  itemChoicesOf,
  parseCaseQuery,
  searchOfFilter,
  STATUS_FILTERS,
  TO_EVALUATE,
  type CaseFilter,
  type DeadlineFilter,
  type StatusFilter,
} from './case-list-filter';
import { useIdMatches } from './use-id-matches';
import { useListedCases } from './use-listed-cases';
import { VirtualCaseList } from './VirtualCaseList';
import './cases.css';

const DEADLINE_KEYS = {
  all: 'cases.filter.deadlineAll',
  near: 'cases.filter.deadlineNear',
  overdue: 'cases.filter.deadlineOverdue',
} as const satisfies Record<DeadlineFilter, string>;

function statusLabelKey(status: StatusFilter) {
  if (status === 'all') return 'cases.filter.allStatuses' as const;
  if (status === TO_EVALUATE) return 'cases.filter.toEvaluate' as const;
  return STATUS_KEYS[status];
}

/**
 * Route `/cases` (办件查询): every case on the device — the station's own and what the township synced —
 * filtered by status, item and deadline, searched by name, receipt number or a whole ID number.
 * The filters live in the address, so the home's 「待补正」 opens `/cases?status=correction`.
 */
export function CasesScreen() {
  const t = useT();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<CaseFilter>(() => filterFromSearch(params));
  const { cases, hasFailed } = useListedCases();
  const query = parseCaseQuery(filter.query);
  const idMatches = useIdMatches(query, cases);
  const items = useMemo(() => itemChoicesOf(cases ?? []), [cases]);
  const shown = useMemo(() => filterCases(cases ?? [], filter, idMatches), [cases, filter, idMatches]);

  const change = (patch: Partial<CaseFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setParams(searchOfFilter(next), { replace: true });
  };
  const isFiltered =
    filter.status !== 'all' ||
    filter.itemCode !== 'all' ||
    filter.deadline !== 'all' ||
    query.kind !== 'none';
  const searchHint = isPartialIdNumber(filter.query)
    ? t('cases.search.partialId')
    : query.kind === 'idNumber' && idMatches === null
      ? t('cases.search.idSearching')
      : t('cases.search.hint');

  return (
    <div className="db-cases">
      <h1 className="db-cases__heading">{t('cases.heading')}</h1>
      <form className="db-cases__filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="db-field db-cases__search">
          <label className="db-field__label" htmlFor={`${ids}-q`}>
            {t('cases.search.label')}
          </label>
          <input
            id={`${ids}-q`}
            className="db-input"
            type="search"
            autoComplete="off"
            maxLength={60}
            aria-describedby={`${ids}-q-hint`}
            value={filter.query}
            onChange={(event) => change({ query: event.target.value })}
          />
          <p id={`${ids}-q-hint`} className="db-field__hint">
            {searchHint}
          </p>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-status`}>
            {t('cases.filter.status')}
          </label>
          <select
            id={`${ids}-status`}
            className="db-input"
            value={filter.status}
            onChange={(event) =>
              change({ status: STATUS_FILTERS.find((s) => s === event.target.value) ?? 'all' })
            }
          >
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(statusLabelKey(status))}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-item`}>
            {t('cases.filter.item')}
          </label>
          <select
            id={`${ids}-item`}
            className="db-input"
            value={filter.itemCode}
            onChange={(event) => change({ itemCode: event.target.value })}
          >
            <option value="all">{t('cases.filter.allItems')}</option>
            {items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-deadline`}>
            {t('cases.filter.deadline')}
          </label>
          <select
            id={`${ids}-deadline`}
            className="db-input"
            value={filter.deadline}
            onChange={(event) =>
              change({ deadline: DEADLINE_FILTERS.find((d) => d === event.target.value) ?? 'all' })
            }
          >
            {DEADLINE_FILTERS.map((deadline) => (
              <option key={deadline} value={deadline}>
                {t(DEADLINE_KEYS[deadline])}
              </option>
            ))}
          </select>
        </div>
        {isFiltered ? (
          <Button className="db-cases__clear" fill="outline" onClick={() => change(EMPTY_FILTER)}>
            {t('cases.filter.clear')}
          </Button>
        ) : null}
      </form>

      {hasFailed ? (
        <ErrorState title={t('cases.list.failed')} detail={t('cases.list.failedBody')} />
      ) : cases === null ? (
        <LoadingState label={t('cases.list.loading')} />
      ) : cases.length === 0 ? (
        <EmptyState title={t('cases.list.empty')} detail={t('cases.list.emptyBody')} />
      ) : (
        <>
          <p className="db-cases__count" role="status" data-testid="case-count">
            {isFiltered
              ? t('cases.list.countOf', { count: shown.length, total: cases.length })
              : t('cases.list.count', { count: cases.length })}
          </p>
          {shown.length === 0 ? (
            <EmptyState title={t('cases.list.noMatch')} detail={t('cases.list.noMatchBody')} />
          ) : (
            <VirtualCaseList cases={shown} />
          )}
        </>
      )}
    </div>
  );
}
