import type { ReactNode } from 'react';
import {
  caseKindSchema,
  EXERCISE_LEVELS,
  ITEM_TYPES,
  SERVICE_OBJECTS,
} from '../../domain/catalogue/service-item';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { AdminField } from './AdminField';
import { fieldIdOf, type ItemForm } from './item-form';

export interface EditorSectionProps {
  form: ItemForm;
  update(change: (form: ItemForm) => ItemForm): void;
  errorOf(path: string): string | null;
}

type TextKey =
  | 'code'
  | 'baseCode'
  | 'name'
  | 'category'
  | 'department'
  | 'legalDays'
  | 'promisedDays'
  | 'visits'
  | 'conditions'
  | 'legalBasis'
  | 'process'
  | 'consultPhone'
  | 'supervisePhone';

/** The item's own fields: identity, kind, time limits and the 办事指南 texts. */
export function ItemBasicsSection({
  form,
  update,
  errorOf,
  isNew,
  categories,
}: EditorSectionProps & { isNew: boolean; categories: readonly string[] }) {
  const t = useT();
  const required = t('admin.requiredMark');

  const text = (
    key: TextKey,
    options: {
      isRequired?: boolean;
      hint?: MessageKey;
      rows?: number;
      inputMode?: 'numeric' | 'tel';
      readOnly?: boolean;
      list?: string;
    } = {},
  ) => (
    <AdminField
      id={fieldIdOf(key)}
      label={t(`admin.item.${key}`)}
      hint={options.hint ? t(options.hint) : undefined}
      error={errorOf(key)}
      isRequired={options.isRequired}
      requiredMark={required}
      className={options.rows ? 'db-admin-form__wide' : undefined}
      render={(attributes) =>
        options.rows ? (
          <textarea
            {...attributes}
            className="db-input db-admin-textarea"
            rows={options.rows}
            value={form[key]}
            onChange={(event) => update((f) => ({ ...f, [key]: event.target.value }))}
          />
        ) : (
          <input
            {...attributes}
            className="db-input"
            value={form[key]}
            inputMode={options.inputMode}
            readOnly={options.readOnly}
            list={options.list}
            onChange={(event) => update((f) => ({ ...f, [key]: event.target.value }))}
          />
        )
      }
    />
  );

  const select = (
    key: 'itemType' | 'exerciseLevel' | 'caseKind' | 'handledAt',
    choices: readonly [string, string][],
  ): ReactNode => (
    <AdminField
      id={fieldIdOf(key)}
      label={t(`admin.item.${key}`)}
      error={errorOf(key)}
      isRequired
      requiredMark={required}
      render={(attributes) => (
        <select
          {...attributes}
          className="db-input"
          value={form[key]}
          onChange={(event) => update((f) => ({ ...f, [key]: event.target.value }))}
        >
          <option value="">{t('admin.choosePlaceholder')}</option>
          {choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    />
  );

  return (
    <>
      <fieldset className="db-admin-fieldset">
        <legend>{t('admin.item.basics')}</legend>
        <div className="db-admin-form">
          {text('name', { isRequired: true })}
          {text('code', {
            isRequired: true,
            readOnly: !isNew,
            hint: isNew ? 'admin.item.codeHint' : 'admin.item.codeFixed',
          })}
          {text('baseCode', { isRequired: true })}
          {text('category', { isRequired: true, list: 'db-admin-categories' })}
          <datalist id="db-admin-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {select(
            'itemType',
            Object.entries(ITEM_TYPES).map(([code, name]) => [code, `${code} ${name}`]),
          )}
          {select(
            'exerciseLevel',
            Object.entries(EXERCISE_LEVELS).map(([code, name]) => [code, `${code} ${name}`]),
          )}
          {text('department', { isRequired: true })}
          {select('handledAt', [
            ['township', t('admin.handledAt.township')],
            ['district', t('admin.handledAt.district')],
          ])}
          <fieldset
            className="db-admin-checks db-admin-form__wide"
            aria-describedby={errorOf('serviceObjects') ? `${fieldIdOf('serviceObjects')}-error` : undefined}
          >
            <legend className="db-field__label">
              {t('admin.item.serviceObjects')}
              <span className="db-admin-required"> {required}</span>
            </legend>
            <div className="db-admin-checks__list" id={fieldIdOf('serviceObjects')} tabIndex={-1}>
              {SERVICE_OBJECTS.map((object) => (
                <label key={object} className="db-admin-check">
                  <input
                    type="checkbox"
                    checked={form.serviceObjects.includes(object)}
                    onChange={(event) =>
                      update((f) => ({
                        ...f,
                        serviceObjects: event.target.checked
                          ? SERVICE_OBJECTS.filter((o) => o === object || f.serviceObjects.includes(o))
                          : f.serviceObjects.filter((o) => o !== object),
                      }))
                    }
                  />
                  {object}
                </label>
              ))}
            </div>
            {errorOf('serviceObjects') ? (
              <p id={`${fieldIdOf('serviceObjects')}-error`} className="db-field__error">
                {errorOf('serviceObjects')}
              </p>
            ) : null}
          </fieldset>
          <label className="db-admin-check db-admin-form__wide">
            <input
              type="checkbox"
              checked={form.isActive}
              onChange={(event) => update((f) => ({ ...f, isActive: event.target.checked }))}
            />
            {t('admin.item.isActive')}
          </label>
        </div>
      </fieldset>

      <fieldset className="db-admin-fieldset">
        <legend>{t('admin.item.limits')}</legend>
        <div className="db-admin-form">
          {select(
            'caseKind',
            caseKindSchema.options.map((kind) => [kind, kind]),
          )}
          {text('legalDays', { isRequired: true, inputMode: 'numeric' })}
          {text('promisedDays', { isRequired: true, inputMode: 'numeric', hint: 'admin.item.promisedHint' })}
          {text('visits', { isRequired: true, inputMode: 'numeric', hint: 'admin.item.visitsHint' })}
        </div>
      </fieldset>

      <fieldset className="db-admin-fieldset">
        <legend>{t('admin.item.guide')}</legend>
        <div className="db-admin-form">
          {text('conditions', { isRequired: true, rows: 4 })}
          {text('legalBasis', { rows: 3 })}
          {text('process', { rows: 3 })}
          {text('consultPhone', { inputMode: 'tel' })}
          {text('supervisePhone', { inputMode: 'tel' })}
        </div>
      </fieldset>
    </>
  );
}
