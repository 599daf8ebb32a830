import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { AdminField } from './AdminField';
import type { EditorSectionProps } from './ItemBasicsSection';
import {
  emptyFee,
  emptyField,
  emptyMaterial,
  fieldIdOf,
  moveRow,
  type FeeForm,
  type FieldForm,
  type ItemForm,
  type MaterialForm,
} from './item-form';

type RowsKey = 'materials' | 'fees' | 'fields';

/** 上移 / 下移 / 删除 for one row, each with the row's number in its accessible name. */
function RowControls({
  rowsKey,
  index,
  count,
  update,
}: {
  rowsKey: RowsKey;
  index: number;
  count: number;
  update: EditorSectionProps['update'];
}) {
  const t = useT();
  const n = index + 1;
  const move = (step: -1 | 1) =>
    update((f) => ({ ...f, [rowsKey]: moveRow(f[rowsKey] as unknown[], index, step) }) as ItemForm);
  return (
    <div className="db-admin-row__controls">
      <Button
        size="small"
        disabled={index === 0}
        onClick={() => move(-1)}
        aria-label={t(`admin.${rowsKey}.moveUp`, { n })}
      >
        {t('admin.moveUp')}
      </Button>
      <Button
        size="small"
        disabled={index === count - 1}
        onClick={() => move(1)}
        aria-label={t(`admin.${rowsKey}.moveDown`, { n })}
      >
        {t('admin.moveDown')}
      </Button>
      <Button
        size="small"
        color="danger"
        fill="outline"
        onClick={() =>
          update(
            (f) => ({ ...f, [rowsKey]: (f[rowsKey] as unknown[]).filter((_, i) => i !== index) }) as ItemForm,
          )
        }
        aria-label={t(`admin.${rowsKey}.remove`, { n })}
      >
        {t('admin.remove')}
      </Button>
    </div>
  );
}

function useRowField<R extends { rowKey: string }>(
  rowsKey: RowsKey,
  index: number,
  { update, errorOf }: Pick<EditorSectionProps, 'update' | 'errorOf'>,
) {
  const t = useT();
  const set = (patch: Partial<R>) =>
    update(
      (f) =>
        ({
          ...f,
          [rowsKey]: (f[rowsKey] as unknown as R[]).map((row, i) =>
            i === index ? { ...row, ...patch } : row,
          ),
        }) as ItemForm,
    );
  const field = (
    key: keyof R & string,
    labelKey: MessageKey,
    control: (attributes: Record<string, unknown>) => ReactNode,
    options: { isRequired?: boolean; isWide?: boolean; hint?: string } = {},
  ) => {
    const path = `${rowsKey}.${index}.${key === 'isRequired' ? 'required' : key === 'isReducible' ? 'reducible' : key}`;
    return (
      <AdminField
        id={fieldIdOf(path)}
        label={t(labelKey)}
        hint={options.hint}
        error={errorOf(path)}
        isRequired={options.isRequired}
        requiredMark={t('admin.requiredMark')}
        className={options.isWide ? 'db-admin-form__wide' : undefined}
        render={(attributes) => control(attributes)}
      />
    );
  };
  return { set, field };
}

function MaterialRow(props: EditorSectionProps & { row: MaterialForm; index: number }) {
  const t = useT();
  const { row, index, form } = props;
  const { set, field } = useRowField<MaterialForm>('materials', index, props);
  const select = <K extends 'form' | 'necessity' | 'source'>(key: K, words: readonly MaterialForm[K][]) =>
    field(key, `admin.material.${key}`, (attributes) => (
      <select
        {...attributes}
        className="db-input"
        value={row[key]}
        onChange={(e) => set({ [key]: e.target.value } as Partial<MaterialForm>)}
      >
        {words.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
      </select>
    ));
  const count = (key: 'originals' | 'copies') =>
    field(
      key,
      `admin.material.${key}`,
      (attributes) => (
        <input
          {...attributes}
          className="db-input"
          inputMode="numeric"
          value={row[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      ),
      { isRequired: true },
    );
  return (
    <fieldset className="db-admin-row">
      <legend>{t('admin.materials.legend', { n: index + 1, id: row.id })}</legend>
      <div className="db-admin-form db-admin-form--rows">
        {field(
          'name',
          'admin.material.name',
          (attributes) => (
            <input
              {...attributes}
              className="db-input"
              value={row.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          ),
          { isRequired: true, isWide: true },
        )}
        {select('form', ['纸质', '电子', '纸质或电子'])}
        {count('originals')}
        {count('copies')}
        {select('necessity', ['必要', '非必要', '容缺'])}
        {select('source', ['申请人自备', '政府部门核发', '其他'])}
        {field(
          'note',
          'admin.material.note',
          (attributes) => (
            <textarea
              {...attributes}
              className="db-input db-admin-textarea"
              rows={2}
              value={row.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          ),
          { isWide: true },
        )}
      </div>
      <RowControls rowsKey="materials" index={index} count={form.materials.length} update={props.update} />
    </fieldset>
  );
}

function FeeRow(props: EditorSectionProps & { row: FeeForm; index: number }) {
  const t = useT();
  const { row, index, form } = props;
  const { set, field } = useRowField<FeeForm>('fees', index, props);
  return (
    <fieldset className="db-admin-row">
      <legend>{t('admin.fees.legend', { n: index + 1 })}</legend>
      <div className="db-admin-form db-admin-form--rows">
        {field(
          'name',
          'admin.fee.name',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          ),
          { isRequired: true },
        )}
        {field(
          'standard',
          'admin.fee.standard',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.standard}
              onChange={(e) => set({ standard: e.target.value })}
            />
          ),
          { isRequired: true },
        )}
        {field(
          'basis',
          'admin.fee.basis',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.basis}
              onChange={(e) => set({ basis: e.target.value })}
            />
          ),
          { isWide: true },
        )}
        <label className="db-admin-check">
          <input
            type="checkbox"
            checked={row.isReducible}
            onChange={(e) => set({ isReducible: e.target.checked })}
          />
          {t('admin.fee.reducible')}
        </label>
      </div>
      <RowControls rowsKey="fees" index={index} count={form.fees.length} update={props.update} />
    </fieldset>
  );
}

const FIELD_TYPES: FieldForm['type'][] = ['text', 'number', 'date', 'select', 'textarea'];

function FieldRow(props: EditorSectionProps & { row: FieldForm; index: number }) {
  const t = useT();
  const { row, index, form } = props;
  const { set, field } = useRowField<FieldForm>('fields', index, props);
  return (
    <fieldset className="db-admin-row">
      <legend>{t('admin.fields.legend', { n: index + 1 })}</legend>
      <div className="db-admin-form db-admin-form--rows">
        {field(
          'label',
          'admin.field.label',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.label}
              onChange={(e) => set({ label: e.target.value })}
            />
          ),
          { isRequired: true },
        )}
        {field(
          'key',
          'admin.field.key',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.key}
              autoCapitalize="off"
              spellCheck={false}
              onChange={(e) => set({ key: e.target.value })}
            />
          ),
          { isRequired: true, hint: t('admin.field.keyHint') },
        )}
        {field('type', 'admin.field.type', (a) => (
          <select
            {...a}
            className="db-input"
            value={row.type}
            onChange={(e) => set({ type: e.target.value as FieldForm['type'] })}
          >
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`admin.fieldType.${type}`)}
              </option>
            ))}
          </select>
        ))}
        <label className="db-admin-check">
          <input
            type="checkbox"
            checked={row.isRequired}
            onChange={(e) => set({ isRequired: e.target.checked })}
          />
          {t('admin.field.required')}
        </label>
        {row.type === 'select'
          ? field(
              'options',
              'admin.field.options',
              (a) => (
                <textarea
                  {...a}
                  className="db-input db-admin-textarea"
                  rows={3}
                  value={row.options}
                  onChange={(e) => set({ options: e.target.value })}
                />
              ),
              { isRequired: true, isWide: true, hint: t('admin.field.optionsHint') },
            )
          : null}
        {row.type === 'number' ? (
          <>
            {field('min', 'admin.field.min', (a) => (
              <input
                {...a}
                className="db-input"
                inputMode="decimal"
                value={row.min}
                onChange={(e) => set({ min: e.target.value })}
              />
            ))}
            {field('max', 'admin.field.max', (a) => (
              <input
                {...a}
                className="db-input"
                inputMode="decimal"
                value={row.max}
                onChange={(e) => set({ max: e.target.value })}
              />
            ))}
          </>
        ) : null}
        {field(
          'hint',
          'admin.field.hint',
          (a) => (
            <input
              {...a}
              className="db-input"
              value={row.hint}
              onChange={(e) => set({ hint: e.target.value })}
            />
          ),
          { isWide: true },
        )}
      </div>
      <RowControls rowsKey="fields" index={index} count={form.fields.length} update={props.update} />
    </fieldset>
  );
}

/** 申请材料, 收费项目 and 填报字段: lists of rows, each editable, movable and removable. */
export function ItemRowsEditors(props: EditorSectionProps) {
  const t = useT();
  const { form, update, errorOf } = props;
  const listError = (key: RowsKey) => errorOf(key);
  return (
    <>
      <fieldset className="db-admin-fieldset" id={fieldIdOf('materials')} tabIndex={-1}>
        <legend>{t('admin.item.materials')}</legend>
        <p className="db-field__hint">{t('admin.materials.hint')}</p>
        {listError('materials') ? <p className="db-field__error">{listError('materials')}</p> : null}
        {form.materials.length === 0 ? <p>{t('admin.materials.none')}</p> : null}
        {form.materials.map((row, index) => (
          <MaterialRow key={row.rowKey} {...props} row={row} index={index} />
        ))}
        <Button
          onClick={() => update((f) => ({ ...f, materials: [...f.materials, emptyMaterial(f.materials)] }))}
        >
          {t('admin.materials.add')}
        </Button>
      </fieldset>

      <fieldset className="db-admin-fieldset" id={fieldIdOf('fees')} tabIndex={-1}>
        <legend>{t('admin.item.fees')}</legend>
        <p className="db-field__hint">{t('admin.fees.hint')}</p>
        {form.fees.map((row, index) => (
          <FeeRow key={row.rowKey} {...props} row={row} index={index} />
        ))}
        <Button onClick={() => update((f) => ({ ...f, fees: [...f.fees, emptyFee()] }))}>
          {t('admin.fees.add')}
        </Button>
      </fieldset>

      <fieldset className="db-admin-fieldset" id={fieldIdOf('fields')} tabIndex={-1}>
        <legend>{t('admin.item.fields')}</legend>
        <p className="db-field__hint">{t('admin.fields.hint')}</p>
        {listError('fields') ? <p className="db-field__error">{listError('fields')}</p> : null}
        {form.fields.map((row, index) => (
          <FieldRow key={row.rowKey} {...props} row={row} index={index} />
        ))}
        <Button onClick={() => update((f) => ({ ...f, fields: [...f.fields, emptyField()] }))}>
          {t('admin.fields.add')}
        </Button>
      </fieldset>
    </>
  );
}
