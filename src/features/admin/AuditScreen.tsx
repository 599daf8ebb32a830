import { Button } from 'antd-mobile';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../ui/i18n/use-t';
import { EmptyState, LoadingState } from '../../ui/PageState';
import { fetchAuditActors, fetchAuditPage, fetchCatalogue, fetchRegions } from './admin-api';
import type { AuditFilters } from './audit-query';
import { chinaDateTime } from './admin-format';
import { ApiErrorNotice } from './AdminNotice';
import {
  actionText,
  actorText,
  AUDIT_ACTIONS,
  detailsText,
  targetText,
  type AuditLookups,
} from './audit-entry-text';
import { Pager } from './Pager';
import { useServerData } from './use-server-data';

const PAGE_SIZE = 50;
const NO_FILTERS: AuditFilters = { from: '', to: '', actor: '', action: '' };

/** 审计日志: who viewed, revealed or changed what, newest first, filtered and paged on the server. */
export function AuditScreen() {
  const t = useT();
  const ids = useId();
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const entries = useServerData(
    (signal) => fetchAuditPage(filters, page, PAGE_SIZE, signal),
    [filters, page],
  );
  const actors = useServerData((signal) => fetchAuditActors(signal), []);
  const catalogue = useServerData((signal) => fetchCatalogue(signal), []);
  const regions = useServerData((signal) => fetchRegions(signal), []);

  const lookups = useMemo<AuditLookups>(
    () => ({
      actors: new Map((actors.data ?? []).map((a) => [a.id, a])),
      items: new Map((catalogue.data ?? []).map((item) => [item.code, item.name])),
      regions: new Map((regions.data ?? []).map((r) => [r.code, r.name])),
    }),
    [actors.data, catalogue.data, regions.data],
  );
  const sortedActors = useMemo(
    () =>
      [...(actors.data ?? [])].sort(
        (a, b) => a.role.localeCompare(b.role) || a.username.localeCompare(b.username),
      ),
    [actors.data],
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateProblem(t('admin.audit.dateOrder'));
      return;
    }
    setDateProblem(null);
    setFilters(draft);
    setPage(1);
  }

  const pages = entries.data ? Math.max(1, Math.ceil(entries.data.total / PAGE_SIZE)) : 1;
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.audit.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.audit.intro')}</p>
        </div>
      </header>

      <form className="db-admin-filters" role="search" noValidate onSubmit={apply}>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-from`}>
            {t('admin.audit.from')}
          </label>
          <input
            id={`${ids}-from`}
            className="db-input"
            type="date"
            value={draft.from}
            onChange={set('from')}
            aria-invalid={dateProblem ? true : undefined}
            aria-describedby={dateProblem ? `${ids}-date-error` : undefined}
          />
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-to`}>
            {t('admin.audit.to')}
          </label>
          <input
            id={`${ids}-to`}
            className="db-input"
            type="date"
            value={draft.to}
            onChange={set('to')}
            aria-invalid={dateProblem ? true : undefined}
            aria-describedby={dateProblem ? `${ids}-date-error` : undefined}
          />
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-action`}>
            {t('admin.audit.action')}
          </label>
          <select id={`${ids}-action`} className="db-input" value={draft.action} onChange={set('action')}>
            <option value="">{t('admin.all')}</option>
            {Object.keys(AUDIT_ACTIONS).map((action) => (
              <option key={action} value={action}>
                {actionText(action, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-actor`}>
            {t('admin.audit.actor')}
          </label>
          <select id={`${ids}-actor`} className="db-input" value={draft.actor} onChange={set('actor')}>
            <option value="">{t('admin.all')}</option>
            {sortedActors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {`${actor.name}（${actor.username}，${t(`role.${actor.role}`)}）`}
              </option>
            ))}
          </select>
        </div>
        <div className="db-admin-filters__buttons">
          <Button type="submit" color="primary">
            {t('admin.audit.apply')}
          </Button>
          <Button
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setDateProblem(null);
              setPage(1);
            }}
          >
            {t('admin.audit.clear')}
          </Button>
        </div>
        {dateProblem ? (
          <p id={`${ids}-date-error`} className="db-field__error db-admin-form__wide" role="alert">
            {dateProblem}
          </p>
        ) : null}
      </form>

      {entries.error ? <ApiErrorNotice error={entries.error} prefix={t('admin.loadFailed')} /> : null}
      {entries.isLoading && !entries.data ? <LoadingState label={t('admin.loading')} /> : null}
      {entries.data && entries.data.entries.length === 0 ? (
        <EmptyState title={t('admin.audit.none')} />
      ) : null}
      {entries.data && entries.data.entries.length > 0 ? (
        <>
          <p className="db-admin-count" role="status">
            {t('admin.audit.count', { count: entries.data.total })}
          </p>
          <div className="db-admin-table-wrap" aria-busy={entries.isLoading}>
            <table className="db-admin-table db-admin-table--compact">
              <caption className="db-visually-hidden">{t('admin.audit.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.audit.at')}</th>
                  <th scope="col">{t('admin.audit.actor')}</th>
                  <th scope="col">{t('admin.audit.action')}</th>
                  <th scope="col">{t('admin.audit.target')}</th>
                  <th scope="col">{t('admin.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.data.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label={t('admin.audit.at')}>{chinaDateTime(entry.at)}</td>
                    <td data-label={t('admin.audit.actor')}>{actorText(entry.actorId, lookups, t)}</td>
                    <th scope="row" data-label={t('admin.audit.action')}>
                      {actionText(entry.action, t)}
                    </th>
                    <td data-label={t('admin.audit.target')}>{targetText(entry.target, lookups, t)}</td>
                    <td data-label={t('admin.audit.details')}>{detailsText(entry, lookups, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={Math.min(page, pages)} pages={pages} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
