/**
 * 监察设置: the district's 电子监察 thresholds — 黄灯预警, 一次性告知, 差评回访, 差评整改 (working days) — with who
 * set them and the earlier settings. Supervisors and admins change them (PUT /api/supervision/thresholds,
 * checked first with the domain's own rules); reviewers read them. A change applies to lights from now on
 * and to 差评 given from now on (earlier 差评 keep their due dates).
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { parseSupervisionThresholds } from '../../domain/supervision/supervision-thresholds';
import type { SessionUser } from '../../domain/wire/auth-messages';
import type { MessageKey } from '../../ui/i18n/i18n';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { ErrorState, LoadingState } from '../../ui/PageState';
import { chinaTimeText } from './supervision-format';
import { thresholdsAnswerSchema, useLoaded, type Thresholds } from './use-supervision-data';

const FIELDS: readonly { key: keyof Thresholds; label: MessageKey; hint: MessageKey }[] = [
  {
    key: 'yellowWorkingDays',
    label: 'supervision.thresholds.yellow',
    hint: 'supervision.thresholds.yellowHint',
  },
  {
    key: 'correctionNoticeDays',
    label: 'supervision.thresholds.notice',
    hint: 'supervision.thresholds.noticeHint',
  },
  {
    key: 'returnVisitWorkingDays',
    label: 'supervision.thresholds.visit',
    hint: 'supervision.thresholds.visitHint',
  },
  {
    key: 'rectificationWorkingDays',
    label: 'supervision.thresholds.rectification',
    hint: 'supervision.thresholds.rectificationHint',
  },
];

type Draft = Record<keyof Thresholds, string>;

function draftOf(thresholds: Thresholds): Draft {
  return {
    yellowWorkingDays: String(thresholds.yellowWorkingDays),
    correctionNoticeDays: String(thresholds.correctionNoticeDays),
    returnVisitWorkingDays: String(thresholds.returnVisitWorkingDays),
    rectificationWorkingDays: String(thresholds.rectificationWorkingDays),
  };
}

/** The draft as numbers ('' and non-numbers stay as they are, so the domain's check names them). */
function valuesOf(draft: Draft): Record<keyof Thresholds, unknown> {
  const value = (text: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);
  return {
    yellowWorkingDays: value(draft.yellowWorkingDays),
    correctionNoticeDays: value(draft.correctionNoticeDays),
    returnVisitWorkingDays: value(draft.returnVisitWorkingDays),
    rectificationWorkingDays: value(draft.rectificationWorkingDays),
  };
}

export function ThresholdsView({ user }: { user: SessionUser }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const answer = useLoaded('/api/supervision/thresholds', thresholdsAnswerSchema);
  const mayEdit = user.role === 'supervisor' || user.role === 'admin';
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof Thresholds, string>>>({});
  const [notice, setNotice] = useState<{ isError: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  // what the user typed, else the thresholds in force
  const shown = draft ?? (answer.data === null ? null : draftOf(answer.data.thresholds));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (shown === null || isSaving) return;
    setNotice(null);
    const parsed = parseSupervisionThresholds(valuesOf(shown));
    if (!parsed.ok) {
      const found: Partial<Record<keyof Thresholds, string>> = {};
      for (const issue of parsed.issues) found[issue.path as keyof Thresholds] ??= issue.message;
      setProblems(found);
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      await api.request('PUT', '/api/supervision/thresholds', {
        body: parsed.thresholds,
        schema: thresholdsAnswerSchema,
      });
      setNotice({ isError: false, text: t('supervision.thresholds.saved') });
      setDraft(null);
      answer.reload();
    } catch (error) {
      setNotice({ isError: true, text: apiErrorText(error, t, language) });
    } finally {
      setSaving(false);
    }
  }

  if (answer.error !== null)
    return (
      <ErrorState
        title={t('supervision.loadFailed')}
        detail={`${apiErrorText(answer.error, t, language)} ${t('supervision.needsServer')}`}
        retryLabel={t('supervision.retry')}
        onRetry={answer.reload}
      />
    );
  if (answer.data === null || shown === null)
    return <LoadingState label={t('supervision.thresholds.loading')} />;
  const data = answer.data;
  return (
    <div className="db-sup__body">
      <section className="db-sup__panel" aria-labelledby={`${ids}-current`}>
        <h2 id={`${ids}-current`}>{t('supervision.thresholds.heading')}</h2>
        <p className="db-field__hint">
          {data.isDefault || data.setAt === null
            ? t('supervision.thresholds.defaultNote')
            : t('supervision.thresholds.setNote', {
                name: data.setByName ?? '',
                at: chinaTimeText(data.setAt),
              })}
        </p>
        {mayEdit ? (
          <form className="db-sup__thresholds" noValidate onSubmit={(event) => void save(event)}>
            {FIELDS.map((field) => (
              <div key={field.key} className="db-field">
                <label className="db-field__label" htmlFor={`${ids}-${field.key}`}>
                  {t(field.label)}
                </label>
                <input
                  id={`${ids}-${field.key}`}
                  className="db-input db-sup__days"
                  inputMode="numeric"
                  value={shown[field.key]}
                  aria-invalid={problems[field.key] ? true : undefined}
                  aria-describedby={`${ids}-${field.key}-hint${problems[field.key] ? ` ${ids}-${field.key}-error` : ''}`}
                  onChange={(event) => {
                    setDraft({ ...shown, [field.key]: event.target.value });
                    setNotice(null);
                  }}
                />
                <p id={`${ids}-${field.key}-hint`} className="db-field__hint">
                  {t(field.hint, { value: data.defaults[field.key] })}
                </p>
                {problems[field.key] ? (
                  <p id={`${ids}-${field.key}-error`} className="db-field__error">
                    {problems[field.key]}
                  </p>
                ) : null}
              </div>
            ))}
            <p className="db-field__hint db-sup__wide">{t('supervision.thresholds.effect')}</p>
            <div className="db-sup__form-actions db-sup__wide">
              <button type="submit" className="db-sup__action db-sup__action--primary" disabled={isSaving}>
                {isSaving ? t('supervision.saving') : t('supervision.thresholds.save')}
              </button>
            </div>
            {notice !== null ? (
              <p
                className={`db-sup__wide ${notice.isError ? 'db-field__error' : 'db-sup__saved'}`}
                role={notice.isError ? 'alert' : 'status'}
              >
                {notice.text}
              </p>
            ) : null}
          </form>
        ) : (
          <dl className="db-sup__readonly">
            {FIELDS.map((field) => (
              <div key={field.key}>
                <dt>{t(field.label)}</dt>
                <dd>{t('supervision.thresholds.days', { days: data.thresholds[field.key] })}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {data.history.length > 0 ? (
        <section className="db-sup__panel" aria-labelledby={`${ids}-history`}>
          <h2 id={`${ids}-history`}>{t('supervision.thresholds.history')}</h2>
          <div className="db-sup__table-wrap">
            <table className="db-sup__table">
              <thead>
                <tr>
                  <th scope="col">{t('supervision.thresholds.setAt')}</th>
                  <th scope="col">{t('supervision.thresholds.setBy')}</th>
                  {FIELDS.map((field) => (
                    <th key={field.key} scope="col" className="db-sup__num">
                      {t(field.label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.history.map((entry) => (
                  <tr key={entry.setAt}>
                    <td className="db-sup__mono">{chinaTimeText(entry.setAt)}</td>
                    <td>{entry.setByName}</td>
                    {FIELDS.map((field) => (
                      <td key={field.key} className="db-sup__num">
                        {entry.thresholds[field.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
