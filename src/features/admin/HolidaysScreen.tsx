import { Button } from 'antd-mobile';
import { useEffect, useId, useRef, useState } from 'react';
import {
  parseHolidaySchedule,
  parseHolidayScheduleJson,
  type HolidaySchedule,
  type HolidayScheduleIssue,
} from '../../domain/calendar/holiday-schedule';
import { epochDayOf, weekdayOf } from '../../domain/calendar/iso-date';
import type { Translate } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { LoadingState } from '../../ui/PageState';
import { fetchHolidaySchedules, uploadHolidaySchedule } from './admin-api';
import { chinaDateTime, chinaToday } from './admin-format';
import { AdminField } from './AdminField';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { readHolidayNotice, type NoticeProblem } from './holiday-notice';
import { useServerData } from './use-server-data';

type Mode = 'notice' | 'json';
type Preview =
  | { ok: true; schedule: HolidaySchedule; notes: string[] }
  | { ok: false; issues: readonly HolidayScheduleIssue[]; notes: string[] };

function noticeProblemText(problem: NoticeProblem, t: Translate): string {
  switch (problem.kind) {
    case 'noSections':
      return t('admin.holidays.problem.noSections');
    case 'noHolidayDates':
      return t('admin.holidays.problem.noDates', { name: problem.name });
    case 'badDate':
      return t('admin.holidays.problem.badDate', { name: problem.name, text: problem.text });
    case 'dayCount':
      return t('admin.holidays.problem.dayCount', {
        name: problem.name,
        stated: problem.stated,
        counted: problem.counted,
      });
  }
}

/** 节假日安排: the years loaded, and loading next year's schedule from the notice text or a JSON file. */
export function HolidaysScreen() {
  const t = useT();
  const ids = useId();
  const stored = useServerData((signal) => fetchHolidaySchedules(signal), []);
  const nextYear = Number(chinaToday().slice(0, 4)) + 1;
  const [mode, setMode] = useState<Mode>('notice');
  const [year, setYear] = useState(String(nextYear));
  const [source, setSource] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [isLoading, setLoading] = useState(false);
  const [result, setResult] = useState<{ year: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [yearProblem, setYearProblem] = useState<string | null>(null);
  const outcome = useRef<HTMLDivElement>(null);

  // A preview (or the problems) appears below the text: bring it into view and give it the focus.
  useEffect(() => {
    if (!preview || !outcome.current) return;
    outcome.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    outcome.current.focus({ preventScroll: true });
  }, [preview]);

  const years = (stored.data ?? []).map((s) => s.year);
  const isNextYearMissing = stored.data !== null && !years.includes(nextYear);

  function makePreview() {
    setResult(null);
    setError(null);
    if (mode === 'json') {
      const parsed = parseHolidayScheduleJson(text);
      setPreview(
        parsed.ok
          ? { ok: true, schedule: parsed.schedule, notes: [] }
          : { ok: false, issues: parsed.issues, notes: [] },
      );
      return;
    }
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim())) {
      setYearProblem(t('admin.holidays.problem.year'));
      setPreview(null);
      return;
    }
    setYearProblem(null);
    const reading = readHolidayNotice(text, y);
    const filledSource = source.trim() || reading.title || '';
    const filledDate = publishedAt || reading.publishedAt || '';
    if (!source.trim() && reading.title) setSource(reading.title);
    if (!publishedAt && reading.publishedAt) setPublishedAt(reading.publishedAt);
    const notes = reading.problems.map((p) => noticeProblemText(p, t));
    const parsed = parseHolidaySchedule({
      year: y,
      source: filledSource,
      publishedAt: filledDate,
      holidays: reading.holidays,
      workdays: reading.workdays,
    });
    if (parsed.ok && notes.length === 0) setPreview({ ok: true, schedule: parsed.schedule, notes });
    else setPreview({ ok: false, issues: parsed.ok ? [] : parsed.issues, notes });
  }

  async function load(schedule: HolidaySchedule) {
    setLoading(true);
    setError(null);
    try {
      const saved = await uploadHolidaySchedule(schedule);
      setResult({ year: saved.year });
      setPreview(null);
      stored.reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    setText(await file.text());
    setPreview(null);
  }

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.holidays.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.holidays.intro')}</p>
        </div>
      </header>

      {isNextYearMissing ? (
        <AdminNotice tone="info">{t('admin.holidays.missing', { year: nextYear })}</AdminNotice>
      ) : null}

      <div className="db-admin-split">
        <div className="db-admin-panel">
          <h2 className="db-admin-subheading">{t('admin.holidays.loaded')}</h2>
          {stored.error ? <ApiErrorNotice error={stored.error} prefix={t('admin.loadFailed')} /> : null}
          {stored.isLoading && !stored.data ? <LoadingState label={t('admin.loading')} /> : null}
          <ul className="db-admin-years">
            {(stored.data ?? []).map((s) => (
              <li key={s.year}>
                <span className="db-admin-years__year">{t('admin.holidays.yearN', { year: s.year })}</span>
                <span>{s.schedule.source}</span>
                <span className="db-admin-table__sub">
                  {t('admin.holidays.yearDetail', {
                    holidays: s.schedule.holidays.length,
                    workdays: s.schedule.workdays.length,
                    time: chinaDateTime(s.updatedAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </div>

        <div className="db-admin-panel">
          <h2 className="db-admin-subheading">{t('admin.holidays.load')}</h2>
          <fieldset className="db-admin-modes">
            <legend className="db-field__label">{t('admin.holidays.mode')}</legend>
            {(['notice', 'json'] as const).map((m) => (
              <label key={m} className="db-admin-check">
                <input
                  type="radio"
                  name={`${ids}-mode`}
                  checked={mode === m}
                  onChange={() => {
                    setMode(m);
                    setPreview(null);
                  }}
                />
                {t(`admin.holidays.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'notice' ? (
            <div className="db-admin-form">
              <AdminField
                id={`${ids}-year`}
                label={t('admin.holidays.year')}
                error={yearProblem}
                isRequired
                requiredMark={t('admin.requiredMark')}
                render={(a) => (
                  <input
                    {...a}
                    className="db-input"
                    inputMode="numeric"
                    maxLength={4}
                    value={year}
                    onChange={(e) => setYear(e.target.value)}
                  />
                )}
              />
              <AdminField
                id={`${ids}-published`}
                label={t('admin.holidays.publishedAt')}
                hint={t('admin.holidays.autoHint')}
                render={(a) => (
                  <input
                    {...a}
                    className="db-input"
                    type="date"
                    value={publishedAt}
                    onChange={(e) => setPublishedAt(e.target.value)}
                  />
                )}
              />
              <AdminField
                id={`${ids}-source`}
                label={t('admin.holidays.source')}
                hint={t('admin.holidays.autoHint')}
                className="db-admin-form__wide"
                render={(a) => (
                  <input
                    {...a}
                    className="db-input"
                    value={source}
                    onChange={(e) => setSource(e.target.value)}
                  />
                )}
              />
            </div>
          ) : null}
          <AdminField
            id={`${ids}-text`}
            label={mode === 'notice' ? t('admin.holidays.noticeText') : t('admin.holidays.jsonText')}
            hint={mode === 'notice' ? t('admin.holidays.noticeHint') : t('admin.holidays.jsonHint')}
            render={(a) => (
              <textarea
                {...a}
                className="db-input db-admin-textarea"
                rows={10}
                spellCheck={false}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setPreview(null);
                }}
              />
            )}
          />
          {mode === 'json' ? (
            <div className="db-field">
              <label className="db-field__label" htmlFor={`${ids}-file`}>
                {t('admin.holidays.jsonFile')}
              </label>
              <input
                id={`${ids}-file`}
                className="db-input db-admin-file"
                type="file"
                accept=".json,application/json"
                onChange={(event) => void readFile(event.target.files?.[0])}
              />
            </div>
          ) : null}
          <div className="db-admin-page__actions">
            <Button color="primary" fill="outline" onClick={makePreview} disabled={text.trim() === ''}>
              {t('admin.holidays.preview')}
            </Button>
          </div>

          {result ? (
            <AdminNotice tone="success">{t('admin.holidays.loadedYear', { year: result.year })}</AdminNotice>
          ) : null}
          {error ? <ApiErrorNotice error={error} prefix={t('admin.holidays.loadFailed')} /> : null}
          <div ref={outcome} tabIndex={-1} className="db-admin-outcome">
            {preview && !preview.ok ? (
              <div className="db-admin-problems" role="alert">
                <p className="db-admin-problems__title">
                  {t('admin.holidays.invalid', { count: preview.issues.length + preview.notes.length })}
                </p>
                <ul>
                  {preview.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                  {preview.issues.map((issue, index) => (
                    <li key={index}>{issue.path ? `${issue.path}：${issue.message}` : issue.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {preview?.ok ? (
              <SchedulePreview
                schedule={preview.schedule}
                replaces={years.includes(preview.schedule.year)}
                isLoading={isLoading}
                onLoad={() => void load(preview.schedule)}
              />
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}

function SchedulePreview({
  schedule,
  replaces,
  isLoading,
  onLoad,
}: {
  schedule: HolidaySchedule;
  replaces: boolean;
  isLoading: boolean;
  onLoad(): void;
}) {
  const t = useT();
  return (
    <div className="db-admin-preview" aria-labelledby="db-admin-holiday-preview">
      <h3 id="db-admin-holiday-preview" className="db-admin-subheading">
        {t('admin.holidays.previewHeading', { year: schedule.year })}
      </h3>
      <p>
        {schedule.source} · {schedule.publishedAt}
      </p>
      <div className="db-admin-table-wrap">
        <table className="db-admin-table db-admin-table--compact">
          <caption className="db-admin-table__caption">{t('admin.holidays.blocks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.holidays.name')}</th>
              <th scope="col">{t('admin.holidays.dates')}</th>
              <th scope="col">{t('admin.holidays.days')}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.holidays.map((h) => (
              <tr key={h.name + h.from}>
                <th scope="row" data-label={t('admin.holidays.name')}>
                  {h.name}
                </th>
                <td data-label={t('admin.holidays.dates')}>
                  {h.from === h.to ? h.from : `${h.from} – ${h.to}`}
                </td>
                <td data-label={t('admin.holidays.days')}>
                  {t('admin.holidays.daysN', { days: epochDayOf(h.to) - epochDayOf(h.from) + 1 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="db-admin-workdays">
        <strong>{t('admin.holidays.workdays')}</strong>{' '}
        {schedule.workdays.length === 0
          ? t('admin.holidays.noWorkdays')
          : schedule.workdays.map((d) => `${d}（${t(`admin.weekday.${weekdayOf(d)}`)}）`).join('、')}
      </p>
      {replaces ? (
        <AdminNotice tone="info">{t('admin.holidays.replaces', { year: schedule.year })}</AdminNotice>
      ) : null}
      <div className="db-admin-page__actions">
        <Button color="primary" loading={isLoading} onClick={onLoad}>
          {t('admin.holidays.loadYear', { year: schedule.year })}
        </Button>
      </div>
    </div>
  );
}
