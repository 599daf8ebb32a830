/**
 * Item-specific fields (事项个性化字段, ServiceItem.fields): the check of a typed value and its
 * conversion for the submit payload. Values are kept as strings in the draft.
 */
import { isIsoDate } from '../../domain/calendar';
import type { ItemField } from '../../domain/catalogue/service-item';
import { keyProblem, type IntakeProblem } from './intake-problem';

const NUMBER = /^-?\d+(\.\d+)?$/;
export const MAX_TEXT = { text: 200, textarea: 2000 } as const;

function toHalfWidth(value: string): string {
  return value.replace(/[\uFF0D\uFF0E\uFF10-\uFF19]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** The problem with a typed value, or null. */
export function checkItemField(field: ItemField, raw: string): IntakeProblem | null {
  const value = raw.trim();
  if (value === '')
    return field.required ? keyProblem('intake.error.fieldRequired', { label: field.label }) : null;
  switch (field.type) {
    case 'number': {
      const text = toHalfWidth(value);
      if (!NUMBER.test(text)) return keyProblem('intake.error.notNumber', { label: field.label });
      const number = Number(text);
      if (field.min !== undefined && number < field.min)
        return keyProblem('intake.error.tooSmall', { label: field.label, min: field.min });
      if (field.max !== undefined && number > field.max)
        return keyProblem('intake.error.tooLarge', { label: field.label, max: field.max });
      return null;
    }
    case 'date':
      return isIsoDate(value) ? null : keyProblem('intake.error.notDate', { label: field.label });
    case 'select':
      return (field.options ?? []).includes(value)
        ? null
        : keyProblem('intake.error.notOption', { label: field.label });
    case 'text':
    case 'textarea':
      return value.length > MAX_TEXT[field.type]
        ? keyProblem('intake.error.tooLong', { label: field.label, max: MAX_TEXT[field.type] })
        : null;
  }
}

/** Problems of every field, by key. */
export function checkItemFields(
  fields: readonly ItemField[],
  values: Readonly<Record<string, string>>,
): Record<string, IntakeProblem> {
  const problems: Record<string, IntakeProblem> = {};
  for (const field of fields) {
    const problem = checkItemField(field, values[field.key] ?? '');
    if (problem) problems[field.key] = problem;
  }
  return problems;
}

/** The payload value of a checked field: a number for numbers, trimmed text otherwise; undefined when empty. */
export function itemFieldValue(field: ItemField, raw: string): string | number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  return field.type === 'number' ? Number(toHalfWidth(value)) : value;
}
