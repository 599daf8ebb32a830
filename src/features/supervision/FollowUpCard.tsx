/**
 * One 差评 and its follow-up: the evaluation (level, reason, date), the three steps with their due dates and
 * timing (按期 / 超期), and — while open — the form of the next step (回访 → 整改 → 办结), sent to
 * POST /api/supervision/follow-ups/:caseId. The server applies the domain's order and date rules and answers
 * its Chinese reason when it refuses.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import type { StepTimingState } from '../../domain/supervision/step-timing';
import type { MessageKey } from '../../ui/i18n/i18n';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { checkStepForm, type StepFormProblems } from './follow-up-form-check';
import { nextStepOf, regionLabel, type FollowUpStepName } from './supervision-format';
import { followUpRowSchema, type FollowUpRow } from './use-supervision-data';

const STEP_KEYS: Readonly<
  Record<FollowUpStepName, { action: MessageKey; text: MessageKey; by: MessageKey }>
> = {
  visit: {
    action: 'supervision.followUps.step.visit',
    text: 'supervision.followUps.text.visit',
    by: 'supervision.followUps.by.visit',
  },
  rectification: {
    action: 'supervision.followUps.step.rectification',
    text: 'supervision.followUps.text.rectification',
    by: 'supervision.followUps.by.rectification',
  },
  close: {
    action: 'supervision.followUps.step.close',
    text: 'supervision.followUps.text.close',
    by: 'supervision.followUps.by.close',
  },
};

function TimingBadge({ state, days }: { state: StepTimingState; days: number }) {
  const t = useT();
  return (
    <span className={`db-sup__timing db-sup__timing--${state}`}>
      {t(`supervision.timing.${state}`, { days })}
    </span>
  );
}

export function FollowUpCard({
  row,
  names,
  today,
  userName,
  onChanged,
}: {
  row: FollowUpRow;
  names: ReadonlyMap<string, string>;
  today: string;
  userName: string;
  onChanged: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const { followUp, timing } = row;
  const next = nextStepOf(followUp.status);
  const [isOpen, setOpen] = useState(false);
  const [on, setOn] = useState(today);
  const [by, setBy] = useState(userName);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<StepFormProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (next === null || isSaving) return;
    const found = checkStepForm({ step: next, on, by, text, today, notBefore: followUp.evaluatedOn });
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await api.post(
        `/api/supervision/follow-ups/${encodeURIComponent(row.caseId)}`,
        { step: next, on, by: by.trim(), text: text.trim() },
        { schema: followUpRowSchema },
      );
      setOpen(false);
      setText('');
      onChanged();
    } catch (error) {
      setFailure(apiErrorText(error, t, language));
    } finally {
      setSaving(false);
    }
  }

  const headingId = `${ids}-heading`;
  return (
    <li
      className={`db-sup__card${timing.overdue ? ' db-sup__card--overdue' : ''}`}
      aria-labelledby={headingId}
      data-case={row.caseId}
    >
      <div className="db-sup__card-head">
        <h3 id={headingId}>
          <span className="db-sup__level">{row.level}</span> {row.itemName}
        </h3>
        <span className={`db-sup__status db-sup__status--${followUp.status}`}>
          {t(`supervision.followUps.status.${followUp.status}`)}
        </span>
      </div>
      <p className="db-sup__meta">
        {t('supervision.followUps.meta', {
          receipt: row.receiptNo,
          region: regionLabel(row.regionCode, names),
          date: followUp.evaluatedOn,
        })}
      </p>
      <p className="db-sup__reason">{t('supervision.followUps.reason', { reason: row.reason })}</p>
      <ol className="db-sup__steps">
        <li>
          <span className="db-sup__step-name">{t('supervision.followUps.stepName.visit')}</span>
          <span>{t('supervision.followUps.due', { date: followUp.returnVisitDue })}</span>
          <TimingBadge state={timing.returnVisit.state} days={timing.returnVisit.overdueWorkingDays} />
          {followUp.returnVisit ? (
            <span className="db-sup__done">
              {t('supervision.followUps.doneBy', {
                date: followUp.returnVisit.on,
                by: followUp.returnVisit.by,
              })}
              {followUp.returnVisit.summary}
            </span>
          ) : null}
        </li>
        <li>
          <span className="db-sup__step-name">{t('supervision.followUps.stepName.rectification')}</span>
          <span>{t('supervision.followUps.due', { date: followUp.rectificationDue })}</span>
          <TimingBadge state={timing.rectification.state} days={timing.rectification.overdueWorkingDays} />
          {followUp.rectification ? (
            <span className="db-sup__done">
              {t('supervision.followUps.doneBy', {
                date: followUp.rectification.on,
                by: followUp.rectification.by,
              })}
              {followUp.rectification.measures}
            </span>
          ) : null}
        </li>
        <li>
          <span className="db-sup__step-name">{t('supervision.followUps.stepName.close')}</span>
          {followUp.closure ? (
            <span className="db-sup__done">
              {t('supervision.followUps.doneBy', { date: followUp.closure.on, by: followUp.closure.by })}
              {followUp.closure.note}
            </span>
          ) : (
            <span>{t('supervision.followUps.notYet')}</span>
          )}
        </li>
      </ol>
      {next !== null && !isOpen ? (
        <button type="button" className="db-sup__action" onClick={() => setOpen(true)}>
          {t(STEP_KEYS[next].action)}
        </button>
      ) : null}
      {next !== null && isOpen ? (
        <form className="db-sup__step-form" noValidate onSubmit={(event) => void submit(event)}>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-on`}>
              {t('supervision.followUps.date')}
            </label>
            <input
              id={`${ids}-on`}
              className="db-input"
              type="date"
              value={on}
              max={today}
              aria-invalid={problems.on ? true : undefined}
              aria-describedby={problems.on ? `${ids}-on-error` : undefined}
              onChange={(event) => {
                setOn(event.target.value);
                setProblems(({ on: _fixed, ...rest }) => rest);
              }}
            />
            {problems.on ? (
              <p id={`${ids}-on-error`} className="db-field__error">
                {t(problems.on)}
              </p>
            ) : null}
          </div>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-by`}>
              {t(STEP_KEYS[next].by)}
            </label>
            <input
              id={`${ids}-by`}
              className="db-input"
              value={by}
              maxLength={64}
              aria-invalid={problems.by ? true : undefined}
              aria-describedby={problems.by ? `${ids}-by-error` : undefined}
              onChange={(event) => {
                setBy(event.target.value);
                setProblems(({ by: _fixed, ...rest }) => rest);
              }}
            />
            {problems.by ? (
              <p id={`${ids}-by-error`} className="db-field__error">
                {t(problems.by)}
              </p>
            ) : null}
          </div>
          <div className="db-field db-sup__step-text">
            <label className="db-field__label" htmlFor={`${ids}-text`}>
              {t(STEP_KEYS[next].text)}
            </label>
            <textarea
              id={`${ids}-text`}
              className="db-input"
              rows={3}
              maxLength={2000}
              value={text}
              aria-invalid={problems.text ? true : undefined}
              aria-describedby={problems.text ? `${ids}-text-error` : undefined}
              onChange={(event) => {
                setText(event.target.value);
                setProblems(({ text: _fixed, ...rest }) => rest);
              }}
            />
            {problems.text ? (
              <p id={`${ids}-text-error`} className="db-field__error">
                {t(problems.text)}
              </p>
            ) : null}
          </div>
          {failure !== null ? (
            <p className="db-field__error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="db-sup__form-actions">
            <button type="submit" className="db-sup__action db-sup__action--primary" disabled={isSaving}>
              {isSaving ? t('supervision.saving') : t('supervision.followUps.save')}
            </button>
            <button type="button" className="db-sup__action" onClick={() => setOpen(false)}>
              {t('supervision.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
