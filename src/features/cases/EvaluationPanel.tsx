import { Button } from 'antd-mobile';
import { useId, useState } from 'react';
import type { CaseHead } from '../../domain/case/case-types';
import {
  requiresReason,
  SATISFACTION_LEVELS,
  type SatisfactionLevel,
} from '../../domain/evaluation/satisfaction';
import {
  MAX_REASON_CHARS,
  validateEvaluation,
  type EvaluationIssueCode,
} from '../../domain/evaluation/validate-evaluation';
import { useT } from '../../ui/i18n/use-t';
import { LEVEL_KEYS } from './case-labels';
import { useCaseAct } from './use-case-act';

const ISSUE_KEYS = {
  invalid_level: 'cases.evaluation.invalidLevel',
  reason_required: 'cases.evaluation.reasonRequired',
  reason_too_short: 'cases.evaluation.reasonTooShort',
  reason_too_long: 'cases.evaluation.reasonTooLong',
} as const satisfies Record<EvaluationIssueCode, string>;

/**
 * 好差评 on the tablet: the applicant chooses one of the five levels; 不满意 and 非常不满意 need a reason
 * (the domain's rule, `validateEvaluation`). Stored offline as an `evaluate` action and synced.
 */
export function EvaluationPanel({ head }: { head: CaseHead }) {
  const t = useT();
  const ids = useId();
  const { state, act } = useCaseAct(head);
  const [level, setLevel] = useState<SatisfactionLevel | null>(null);
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<EvaluationIssueCode | null>(null);
  const isReasonRequired = level !== null && requiresReason(level);

  const send = async () => {
    const checked = validateEvaluation({ level, reason });
    if (!checked.ok) {
      setIssue(checked.code);
      return;
    }
    setIssue(null);
    await act('evaluate', { ...checked.evaluation, channel: 'tablet' });
  };

  return (
    <section className="db-case-panel" aria-labelledby={`${ids}-heading`} data-testid="evaluation-panel">
      <h2 id={`${ids}-heading`} className="db-case-panel__heading">
        {t('cases.evaluation.heading')}
      </h2>
      <p className="db-case-panel__intro">{t('cases.evaluation.hint')}</p>
      <fieldset
        className="db-case-levels"
        aria-describedby={issue === 'invalid_level' ? `${ids}-issue` : undefined}
      >
        <legend className="db-field__label">{t('cases.evaluation.level')}</legend>
        {SATISFACTION_LEVELS.map((option) => (
          <label key={option} className={`db-case-level${level === option ? ' db-case-level--chosen' : ''}`}>
            <input
              type="radio"
              name={`${ids}-level`}
              checked={level === option}
              onChange={() => {
                setLevel(option);
                setIssue(null);
              }}
            />
            {t(LEVEL_KEYS[option])}
          </label>
        ))}
      </fieldset>
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-reason`}>
          {t(isReasonRequired ? 'cases.evaluation.reason' : 'cases.evaluation.reasonOptional')}
        </label>
        <textarea
          id={`${ids}-reason`}
          className="db-input db-case-panel__textarea"
          rows={3}
          maxLength={MAX_REASON_CHARS}
          aria-required={isReasonRequired || undefined}
          aria-invalid={issue !== null && issue !== 'invalid_level' ? true : undefined}
          aria-describedby={issue !== null && issue !== 'invalid_level' ? `${ids}-issue` : undefined}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {issue ? (
        <p id={`${ids}-issue`} className="db-field__error" role="alert">
          {t(ISSUE_KEYS[issue], { level: level ? t(LEVEL_KEYS[level]) : '' })}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="db-field__error" role="alert">
          {t('cases.action.failed', { reason: state.reason })}
        </p>
      ) : null}
      <Button
        color="primary"
        size="large"
        loading={state.kind === 'busy'}
        disabled={state.kind === 'busy'}
        onClick={() => void send()}
      >
        {t('cases.evaluation.submit')}
      </Button>
    </section>
  );
}
