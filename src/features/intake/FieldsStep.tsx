import { useState } from 'react';
import type { ItemField, ServiceItem } from '../../domain/catalogue/service-item';
import { useT } from '../../ui/i18n/use-t';
import { IntakeField, type FieldControlProps } from './IntakeField';
import { checkItemFields, MAX_TEXT } from './item-fields';
import type { StepProps } from './step-props';

/** Step 3 — the item's own fields (事项信息), generated from ServiceItem.fields. */
export function FieldsStep({
  draft,
  item,
  change,
  persist,
  showAllProblems,
}: StepProps & { item: ServiceItem }) {
  const t = useT();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const problems = checkItemFields(item.fields, draft.fields);

  if (item.fields.length === 0) return <p className="db-intake__empty">{t('intake.fields.none')}</p>;

  const setValue = (key: string, value: string, shouldPersist = false) =>
    change((d) => ({ ...d, fields: { ...d.fields, [key]: value } }), shouldPersist);
  const leave = (key: string) => () => {
    setTouched((current) => new Set(current).add(key));
    void persist();
  };

  return (
    <div className="db-intake__form">
      {item.fields.map((field) => (
        <IntakeField
          key={field.key}
          label={field.label}
          isRequired={field.required}
          {...(hintOf(field, t) ? { hint: hintOf(field, t) } : {})}
          problem={showAllProblems || touched.has(field.key) ? (problems[field.key] ?? null) : null}
        >
          {(control) => (
            <FieldControl
              field={field}
              control={control}
              value={draft.fields[field.key] ?? ''}
              onChange={(value, isChoice) => setValue(field.key, value, isChoice)}
              onBlur={leave(field.key)}
              placeholder={t('intake.fields.choose')}
            />
          )}
        </IntakeField>
      ))}
    </div>
  );
}

function hintOf(field: ItemField, t: ReturnType<typeof useT>): string {
  const parts = [field.hint ?? ''];
  if (field.type === 'number' && field.min !== undefined && field.max !== undefined)
    parts.push(t('intake.fields.range', { min: field.min, max: field.max }));
  return parts.filter(Boolean).join(' · ');
}

function FieldControl({
  field,
  control,
  value,
  onChange,
  onBlur,
  placeholder,
}: {
  field: ItemField;
  control: FieldControlProps;
  value: string;
  onChange: (value: string, isChoice: boolean) => void;
  onBlur: () => void;
  placeholder: string;
}) {
  switch (field.type) {
    case 'textarea':
      return (
        <textarea
          {...control}
          className="db-input db-intake__textarea"
          rows={4}
          maxLength={MAX_TEXT.textarea}
          value={value}
          onChange={(event) => onChange(event.target.value, false)}
          onBlur={onBlur}
        />
      );
    case 'select':
      return (
        <select
          {...control}
          className="db-input"
          value={value}
          onChange={(event) => onChange(event.target.value, true)}
          onBlur={onBlur}
        >
          <option value="">{placeholder}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'date':
      return (
        <input
          {...control}
          className="db-input"
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value, false)}
          onBlur={onBlur}
        />
      );
    case 'number':
    case 'text':
      return (
        <input
          {...control}
          className="db-input"
          type="text"
          inputMode={field.type === 'number' ? 'decimal' : 'text'}
          autoComplete="off"
          maxLength={MAX_TEXT.text}
          value={value}
          onChange={(event) => onChange(event.target.value, false)}
          onBlur={onBlur}
        />
      );
  }
}
