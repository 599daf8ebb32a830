import { useId } from 'react';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';

/**
 * A labelled text input or textarea of the review forms: the label (with 必填), a hint and the error, tied
 * to the control with aria-describedby; the error marks it aria-invalid.
 */
export function ReviewField({
  label,
  value,
  onChange,
  isRequired = false,
  isMultiline = false,
  hint,
  problem,
  maxLength,
  inputMode,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  isMultiline?: boolean;
  hint?: string;
  problem?: MessageKey | null;
  maxLength?: number;
  inputMode?: 'numeric' | 'text';
  /** Names the control for tests and autofill-free forms. */
  name?: string;
}) {
  const t = useT();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control = {
    id,
    name,
    className: isMultiline ? 'db-input db-review-form__textarea' : 'db-input',
    value,
    maxLength,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
    'aria-required': isRequired || undefined,
  };
  return (
    <div className="db-field">
      <label className="db-field__label" htmlFor={id}>
        {label}
        {isRequired ? <span className="db-review-form__required"> {t('review.form.required')}</span> : null}
      </label>
      {isMultiline ? (
        <textarea {...control} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...control}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="db-field__hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-error`} className="db-field__error">
          {t(problem)}
        </p>
      ) : null}
    </div>
  );
}
