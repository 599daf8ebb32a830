import { Button } from 'antd-mobile';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiClientError } from '../../sync/api-client';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { importCatalogue, importIssuesDetailsSchema, type ImportAnswer, type ImportIssue } from './admin-api';
import { adminPath } from './admin-sections';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { downloadFile } from './download-file';
import { itemFieldLabelKey } from './item-form';
import { base64OfBytes } from './file-base64';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Stage =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'invalid'; issues: ImportIssue[]; total: number }
  | { kind: 'checked'; answer: ImportAnswer }
  | { kind: 'publishing'; answer: ImportAnswer }
  | { kind: 'published'; answer: ImportAnswer }
  | { kind: 'failed'; error: unknown; answer: ImportAnswer | null };

/** 目录导入: download a template, choose a file, see every problem or what would change, then publish. */
export function ImportScreen() {
  const t = useT();
  const ids = useId();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const result = useRef<HTMLHeadingElement>(null);

  // Once a check ends (problems, changes) or publishing does, step 3 comes into view with the focus.
  useEffect(() => {
    if (stage.kind === 'idle' || stage.kind === 'checking' || stage.kind === 'publishing') return;
    result.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    result.current?.focus({ preventScroll: true });
  }, [stage.kind]);

  async function choose(chosen: File | undefined) {
    setFile(null);
    if (!chosen) return setStage({ kind: 'idle' });
    if (chosen.size > MAX_FILE_BYTES)
      return setStage({
        kind: 'invalid',
        issues: [{ sheet: '', row: null, column: null, cell: null, message: t('admin.import.tooLarge') }],
        total: 1,
      });
    const payload = {
      fileName: chosen.name,
      contentBase64: base64OfBytes(new Uint8Array(await chosen.arrayBuffer())),
    };
    setFile(payload);
    await check(payload);
  }

  async function check(payload: { fileName: string; contentBase64: string }) {
    setStage({ kind: 'checking' });
    try {
      setStage({ kind: 'checked', answer: await importCatalogue(payload, 'check') });
    } catch (error) {
      const details = isApiClientError(error) ? importIssuesDetailsSchema.safeParse(error.details) : null;
      if (details?.success) setStage({ kind: 'invalid', ...details.data });
      else setStage({ kind: 'failed', error, answer: null });
    }
  }

  async function publish(answer: ImportAnswer) {
    if (!file) return;
    setStage({ kind: 'publishing', answer });
    try {
      setStage({ kind: 'published', answer: await importCatalogue(file, 'publish') });
    } catch (error) {
      const details = isApiClientError(error) ? importIssuesDetailsSchema.safeParse(error.details) : null;
      if (details?.success) setStage({ kind: 'invalid', ...details.data });
      else setStage({ kind: 'failed', error, answer });
    }
  }

  async function download(format: 'xlsx' | 'csv', withItems: boolean) {
    setDownloadError(null);
    try {
      await downloadFile(
        `/api/admin/catalogue/import-template.${format}?withItems=${String(withItems)}`,
        `catalogue-template.${format}`,
      );
    } catch (error) {
      setDownloadError(error);
    }
  }

  const answer = 'answer' in stage ? stage.answer : null;
  const toPublish = answer?.items.filter((item) => item.change !== 'unchanged') ?? [];

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.import.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.import.intro')}</p>
        </div>
      </header>

      <ol className="db-admin-steps">
        <li className="db-admin-step">
          <h2 className="db-admin-subheading">{t('admin.import.step1')}</h2>
          <p>{t('admin.import.step1Hint')}</p>
          <div className="db-admin-page__actions">
            <Button onClick={() => void download('xlsx', true)}>{t('admin.import.templateWithItems')}</Button>
            <Button onClick={() => void download('xlsx', false)}>{t('admin.import.templateEmpty')}</Button>
            <Button onClick={() => void download('csv', true)}>{t('admin.import.templateCsv')}</Button>
          </div>
          {downloadError ? (
            <ApiErrorNotice error={downloadError} prefix={t('admin.import.downloadFailed')} />
          ) : null}
        </li>
        <li className="db-admin-step">
          <h2 className="db-admin-subheading">{t('admin.import.step2')}</h2>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-file`}>
              {t('admin.import.file')}
            </label>
            <input
              id={`${ids}-file`}
              className="db-input db-admin-file"
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-describedby={`${ids}-file-hint`}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
            <p id={`${ids}-file-hint`} className="db-field__hint">
              {t('admin.import.fileHint')}
            </p>
          </div>
          {file && stage.kind !== 'checking' ? (
            <Button size="small" onClick={() => void check(file)}>
              {t('admin.import.checkAgain')}
            </Button>
          ) : null}
        </li>
        <li className="db-admin-step">
          <h2 className="db-admin-subheading" ref={result} tabIndex={-1}>
            {t('admin.import.step3')}
          </h2>
          {stage.kind === 'idle' ? <p>{t('admin.import.waiting')}</p> : null}
          {stage.kind === 'checking' ? (
            <AdminNotice tone="info">{t('admin.import.checking')}</AdminNotice>
          ) : null}
          {stage.kind === 'failed' ? (
            <ApiErrorNotice error={stage.error} prefix={t('admin.import.failed')} />
          ) : null}
          {stage.kind === 'invalid' ? <IssueTable issues={stage.issues} total={stage.total} /> : null}
          {stage.kind === 'published' ? (
            <AdminNotice tone="success">
              {t('admin.import.published', { count: toPublish.length })}{' '}
              <Link to={adminPath('catalogue')}>{t('admin.import.toCatalogue')}</Link>
            </AdminNotice>
          ) : null}
          {answer ? <ChangeTable answer={answer} /> : null}
          {(stage.kind === 'checked' || stage.kind === 'publishing') && answer ? (
            <div className="db-admin-publish">
              <p className="db-admin-publish__summary">
                {toPublish.length === 0
                  ? t('admin.import.nothingToPublish')
                  : t('admin.import.willPublish', { count: toPublish.length })}
              </p>
              <div className="db-admin-publish__actions">
                <Button
                  color="primary"
                  disabled={toPublish.length === 0}
                  loading={stage.kind === 'publishing'}
                  onClick={() => void publish(answer)}
                >
                  {t('admin.import.publish', { count: toPublish.length })}
                </Button>
              </div>
            </div>
          ) : null}
        </li>
      </ol>
    </section>
  );
}

function IssueTable({ issues, total }: { issues: ImportIssue[]; total: number }) {
  const t = useT();
  return (
    <div className="db-admin-problems" role="alert">
      <p className="db-admin-problems__title">{t('admin.import.invalid', { count: total })}</p>
      {total > issues.length ? <p>{t('admin.import.firstIssues', { count: issues.length })}</p> : null}
      <div className="db-admin-table-wrap">
        <table className="db-admin-table db-admin-table--compact">
          <caption className="db-visually-hidden">{t('admin.import.issuesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.import.sheet')}</th>
              <th scope="col">{t('admin.import.row')}</th>
              <th scope="col">{t('admin.import.column')}</th>
              <th scope="col">{t('admin.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index}>
                <td data-label={t('admin.import.sheet')}>{issue.sheet || t('admin.import.wholeFile')}</td>
                <td data-label={t('admin.import.row')}>{issue.row ?? '—'}</td>
                <td data-label={t('admin.import.column')}>
                  {issue.column ?? '—'}
                  {issue.cell ? <span className="db-admin-table__sub">{issue.cell}</span> : null}
                </td>
                <td data-label={t('admin.import.problem')}>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const CHANGE_TONES = { new: 'brand', changed: 'warning', unchanged: 'neutral' } as const;

function ChangeTable({ answer }: { answer: ImportAnswer }) {
  const t = useT();
  return (
    <div className="db-admin-table-wrap">
      <table className="db-admin-table db-admin-table--compact">
        <caption className="db-admin-table__caption">
          {t('admin.import.summary', {
            total: answer.items.length,
            added: answer.items.filter((i) => i.change === 'new').length,
            changed: answer.items.filter((i) => i.change === 'changed').length,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.item.name')}</th>
            <th scope="col">{t('admin.item.code')}</th>
            <th scope="col">{t('admin.import.change')}</th>
            <th scope="col">{t('admin.catalogue.version')}</th>
          </tr>
        </thead>
        <tbody>
          {answer.items.map((item) => (
            <tr key={item.code}>
              <th scope="row" data-label={t('admin.item.name')}>
                {item.name}
              </th>
              <td data-label={t('admin.item.code')} className="db-admin-code">
                {item.code}
              </td>
              <td data-label={t('admin.import.change')}>
                <Badge tone={CHANGE_TONES[item.change]}>{t(`admin.import.change.${item.change}`)}</Badge>
                {item.changedFields.length > 0 ? (
                  <span className="db-admin-table__sub">
                    {item.changedFields
                      .map((field) => {
                        const key = itemFieldLabelKey(field);
                        return key ? t(key) : field;
                      })
                      .join('、')}
                  </span>
                ) : null}
              </td>
              <td data-label={t('admin.catalogue.version')}>
                {t('admin.catalogue.versionN', { version: item.version })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
