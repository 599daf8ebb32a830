import type { ReactNode } from 'react';

/**
 * A labelled form control with its hint and its error, wired with aria-describedby / aria-invalid.
 * `render` receives the attributes the control needs.
 */
export function AdminField({
  id,
  label,
  hint,
  error,
  isRequired = false,
  requiredMark,
  className,
  render,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  isRequired?: boolean;
  /** e.g. （必填） */
  requiredMark?: string;
  className?: string;
  render(attributes: {
    id: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
    'aria-required': boolean | undefined;
  }): ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`db-field${className ? ` ${className}` : ''}`}>
      <label className="db-field__label" htmlFor={id}>
        {label}
        {isRequired && requiredMark ? <span className="db-admin-required"> {requiredMark}</span> : null}
      </label>
      {render({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': isRequired || undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="db-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="db-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
