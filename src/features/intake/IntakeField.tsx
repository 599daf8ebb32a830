import { useId, type ReactNode } from 'react';
import { useT } from '../../ui/i18n/use-t';
import { problemText, type IntakeProblem } from './intake-problem';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/**
 * A labelled field: the label, the control (rendered by `children` with the ids it needs), a hint, a
 * live status (e.g. the sex and birth date read from an ID number) and the error, all tied to the
 * control with aria-describedby.
 */
export function IntakeField({
  label,
  isRequired = false,
  hint,
  status,
  problem,
  children,
}: {
  label: string;
  isRequired?: boolean;
  hint?: string;
  /** A live, polite line under the field (derived facts, not errors). */
  status?: string;
  /** Shown when set (the caller decides when: after blur or after 下一步). */
  problem?: IntakeProblem | null;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const t = useT();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', status ? `${id}-status` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const isWarning = problem?.isWarning === true;
  return (
    <div className="db-field db-intake__field">
      <label className="db-field__label" htmlFor={id}>
        {label}
        {isRequired ? <span className="db-intake__required"> {t('intake.required')}</span> : null}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(problem && !isWarning ? { 'aria-invalid': true } : {}),
        ...(isRequired ? { 'aria-required': true } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="db-field__hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-status`} className="db-intake__status" aria-live="polite">
        {status}
      </p>
      {problem ? (
        <p id={`${id}-error`} className={isWarning ? 'db-intake__warning' : 'db-field__error'}>
          {isWarning ? `${t('intake.warning')}${problemText(problem, t)}` : problemText(problem, t)}
        </p>
      ) : null}
    </div>
  );
}
