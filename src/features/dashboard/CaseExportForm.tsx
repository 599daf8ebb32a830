/**
 * 办件清单导出: the case list of the scope as CSV (GET /api/reports/cases.csv) with filters — status, item,
 * 超期, 报送 dates. ID numbers are masked; a supervisor may ask for them in full, which the server audits
 * (reviewers never see the choice: the server would refuse it).
 */
import { useId, useState, type FormEvent } from 'react';
import { CASE_STATUSES, type CaseStatus } from '../../domain/case/case-types';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { caseExportPath, type CaseExportFilter } from './case-export-path';
import { downloadFile } from './download-file';

export function CaseExportForm({
  scope,
  items,
  mayReveal,
}: {
  scope: string;
  items: ReadonlyMap<string, string>;
  mayReveal: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [filter, setFilter] = useState<CaseExportFilter>({
    status: '',
    item: '',
    overdue: '',
    from: '',
    to: '',
    reveal: false,
  });
  const [notice, setNotice] = useState<{ isError: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const change = (patch: Partial<CaseExportFilter>) => {
    setFilter((previous) => ({ ...previous, ...patch }));
    setNotice(null);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = caseExportPath(scope, filter);
    if ('problem' in request) {
      setNotice({ isError: true, text: t(request.problem) });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const name = await downloadFile(request.path, `cases-${scope}.csv`);
      setNotice({ isError: false, text: t('supervision.export.done', { name }) });
    } catch (error) {
      setNotice({ isError: true, text: apiErrorText(error, t, language) });
    } finally {
      setBusy(false);
    }
  }

  const sortedItems = [...items.entries()].sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'));
  return (
    <form className="db-report__export db-no-print" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('supervision.export.heading')}</h2>
      <p className="db-field__hint">{t('supervision.export.hint')}</p>
      <div className="db-report__filters">
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-status`}>
            {t('supervision.export.status')}
          </label>
          <select
            id={`${ids}-status`}
            className="db-input"
            value={filter.status}
            onChange={(event) => change({ status: event.target.value as CaseStatus | '' })}
          >
            <option value="">{t('supervision.export.any')}</option>
            {CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`supervision.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-item`}>
            {t('supervision.export.item')}
          </label>
          <select
            id={`${ids}-item`}
            className="db-input"
            value={filter.item}
            onChange={(event) => change({ item: event.target.value })}
          >
            <option value="">{t('supervision.export.any')}</option>
            {sortedItems.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-overdue`}>
            {t('supervision.export.overdue')}
          </label>
          <select
            id={`${ids}-overdue`}
            className="db-input"
            value={filter.overdue}
            onChange={(event) => change({ overdue: event.target.value as CaseExportFilter['overdue'] })}
          >
            <option value="">{t('supervision.export.any')}</option>
            <option value="true">{t('supervision.export.overdueOnly')}</option>
            <option value="false">{t('supervision.export.notOverdue')}</option>
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-from`}>
            {t('supervision.export.from')}
          </label>
          <input
            id={`${ids}-from`}
            className="db-input"
            type="date"
            value={filter.from}
            onChange={(event) => change({ from: event.target.value })}
          />
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-to`}>
            {t('supervision.export.to')}
          </label>
          <input
            id={`${ids}-to`}
            className="db-input"
            type="date"
            value={filter.to}
            onChange={(event) => change({ to: event.target.value })}
          />
        </div>
      </div>
      {mayReveal ? (
        <label className="db-report__check">
          <input
            type="checkbox"
            checked={filter.reveal}
            onChange={(event) => change({ reveal: event.target.checked })}
          />
          {t('supervision.export.reveal')}
        </label>
      ) : null}
      {filter.reveal ? <p className="db-field__hint">{t('supervision.export.revealWarning')}</p> : null}
      <div className="db-report__actions">
        <button type="submit" className="db-report__action db-report__action--primary" disabled={isBusy}>
          {isBusy ? t('supervision.export.busy') : t('supervision.export.submit')}
        </button>
      </div>
      {notice !== null ? (
        <p
          className={`db-report__notice ${notice.isError ? 'db-report__notice--error' : 'db-report__notice--done'}`}
          role={notice.isError ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      ) : null}
    </form>
  );
}
