/**
 * The 事项 editor's form model (text for what the admin types, so a half-typed number is kept), its conversion
 * to the body of POST /api/admin/catalogue, and the check with the domain's serviceItemSchema: every problem
 * is mapped to the field it belongs to and to a catalogue message. Pure: no React, no I/O.
 */
import { z } from 'zod';
import {
  serviceItemSchema,
  type ItemField,
  type Material,
  type ServiceItem,
} from '../../domain/catalogue/service-item';
import type { MessageKey, MessageParams } from '../../ui/i18n/i18n';

export interface MaterialForm {
  /** React key: stable while the row exists. */
  rowKey: string;
  /** 材料编号: kept across versions (一次性告知 points at it); a new material gets a fresh one. */
  id: string;
  name: string;
  form: Material['form'];
  originals: string;
  copies: string;
  necessity: Material['necessity'];
  source: Material['source'];
  note: string;
}

export interface FeeForm {
  rowKey: string;
  name: string;
  standard: string;
  basis: string;
  isReducible: boolean;
}

export interface FieldForm {
  rowKey: string;
  key: string;
  label: string;
  type: ItemField['type'];
  isRequired: boolean;
  /** 可选项, one per line (an option may contain 、) */
  options: string;
  min: string;
  max: string;
  hint: string;
}

export interface ItemForm {
  code: string;
  baseCode: string;
  name: string;
  category: string;
  itemType: string;
  exerciseLevel: string;
  serviceObjects: string[];
  caseKind: string;
  legalDays: string;
  promisedDays: string;
  visits: string;
  handledAt: string;
  department: string;
  conditions: string;
  legalBasis: string;
  process: string;
  consultPhone: string;
  supervisePhone: string;
  isActive: boolean;
  materials: MaterialForm[];
  fees: FeeForm[];
  fields: FieldForm[];
}

/** What the server publishes: a ServiceItem without version and publication time. */
export type ItemBody = Omit<ServiceItem, 'version' | 'publishedAt'>;

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** A material number not used in the item yet: material-1, material-2, … */
export function nextMaterialId(materials: readonly { id: string }[]): string {
  const used = new Set(materials.map((m) => m.id));
  let n = 1;
  while (used.has(`material-${n}`)) n += 1;
  return `material-${n}`;
}

export function emptyMaterial(materials: readonly { id: string }[]): MaterialForm {
  return {
    rowKey: newRowKey(),
    id: nextMaterialId(materials),
    name: '',
    form: '纸质',
    originals: '1',
    copies: '0',
    necessity: '必要',
    source: '申请人自备',
    note: '',
  };
}

export function emptyFee(): FeeForm {
  return { rowKey: newRowKey(), name: '', standard: '', basis: '', isReducible: false };
}

export function emptyField(): FieldForm {
  return {
    rowKey: newRowKey(),
    key: '',
    label: '',
    type: 'text',
    isRequired: false,
    options: '',
    min: '',
    max: '',
    hint: '',
  };
}

export function emptyItemForm(): ItemForm {
  return {
    code: '',
    baseCode: '',
    name: '',
    category: '',
    itemType: '',
    exerciseLevel: '',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: '',
    promisedDays: '',
    visits: '1',
    handledAt: 'township',
    department: '',
    conditions: '',
    legalBasis: '',
    process: '',
    consultPhone: '',
    supervisePhone: '12345',
    isActive: true,
    materials: [],
    fees: [],
    fields: [],
  };
}

export function formOfItem(item: ServiceItem): ItemForm {
  return {
    code: item.code,
    baseCode: item.baseCode,
    name: item.name,
    category: item.category,
    itemType: item.itemType,
    exerciseLevel: item.exerciseLevel,
    serviceObjects: [...item.serviceObjects],
    caseKind: item.caseKind,
    legalDays: String(item.legalDays),
    promisedDays: String(item.promisedDays),
    visits: String(item.visits),
    handledAt: item.handledAt,
    department: item.department,
    conditions: item.conditions,
    legalBasis: item.legalBasis,
    process: item.process,
    consultPhone: item.consultPhone,
    supervisePhone: item.supervisePhone,
    isActive: item.isActive,
    materials: item.materials.map((m) => ({
      rowKey: newRowKey(),
      id: m.id,
      name: m.name,
      form: m.form,
      originals: String(m.originals),
      copies: String(m.copies),
      necessity: m.necessity,
      source: m.source,
      note: m.note,
    })),
    fees: item.fees.map((f) => ({
      rowKey: newRowKey(),
      name: f.name,
      standard: f.standard,
      basis: f.basis,
      isReducible: f.reducible,
    })),
    fields: item.fields.map((f) => ({
      rowKey: newRowKey(),
      key: f.key,
      label: f.label,
      type: f.type,
      isRequired: f.required,
      options: (f.options ?? []).join('\n'),
      min: f.min === undefined ? '' : String(f.min),
      max: f.max === undefined ? '' : String(f.max),
      hint: f.hint ?? '',
    })),
  };
}

/** A whole number typed by a person (full-width digits accepted); NaN when it is not one. */
export function wholeNumberOf(text: string): number {
  const digits = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

function optionalNumberOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Options one per line (or separated by ；): an option may itself contain 、 or ，. */
export function splitOptions(text: string): string[] {
  return text
    .split(/[；;\n]+/)
    .map((o) => o.trim())
    .filter((o) => o !== '');
}

/** The body as typed (trimmed); numbers that are not numbers stay NaN for the schema to refuse. */
export function bodyOfForm(form: ItemForm): Record<string, unknown> {
  return {
    code: form.code.trim(),
    baseCode: form.baseCode.trim(),
    name: form.name.trim(),
    category: form.category.trim(),
    itemType: form.itemType,
    exerciseLevel: form.exerciseLevel,
    serviceObjects: form.serviceObjects,
    caseKind: form.caseKind,
    legalDays: wholeNumberOf(form.legalDays),
    promisedDays: wholeNumberOf(form.promisedDays),
    visits: wholeNumberOf(form.visits),
    handledAt: form.handledAt,
    department: form.department.trim(),
    conditions: form.conditions.trim(),
    legalBasis: form.legalBasis.trim(),
    process: form.process.trim(),
    fees: form.fees.map((f) => ({
      name: f.name.trim(),
      standard: f.standard.trim(),
      basis: f.basis.trim(),
      reducible: f.isReducible,
    })),
    materials: form.materials.map((m) => ({
      id: m.id,
      name: m.name.trim(),
      form: m.form,
      originals: wholeNumberOf(m.originals),
      copies: wholeNumberOf(m.copies),
      necessity: m.necessity,
      source: m.source,
      note: m.note.trim(),
    })),
    fields: form.fields.map((f) => {
      const field: Record<string, unknown> = {
        key: f.key.trim(),
        label: f.label.trim(),
        type: f.type,
        required: f.isRequired,
      };
      if (f.type === 'select') field.options = splitOptions(f.options);
      const min = optionalNumberOf(f.min);
      const max = optionalNumberOf(f.max);
      if (f.type === 'number' && min !== undefined) field.min = min;
      if (f.type === 'number' && max !== undefined) field.max = max;
      if (f.hint.trim() !== '') field.hint = f.hint.trim();
      return field;
    }),
    consultPhone: form.consultPhone.trim(),
    supervisePhone: form.supervisePhone.trim(),
    isActive: form.isActive,
  };
}

/** A problem of the form: the field's path (e.g. 'materials.2.name') and the message to show there. */
export interface FormProblem {
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

const WHOLE_NUMBER_BOUNDS: Record<string, [number, number]> = {
  legalDays: [0, 365],
  promisedDays: [0, 365],
  visits: [0, 10],
  originals: [0, 20],
  copies: [0, 20],
};

const zhCN = z.locales.zhCN();

function problemOf(issue: z.core.$ZodIssue): FormProblem {
  const path = issue.path.map(String).join('.');
  const last = String(issue.path[issue.path.length - 1] ?? '');
  const bounds = WHOLE_NUMBER_BOUNDS[last];
  if (bounds) return { path, key: 'admin.problem.wholeNumber', params: { min: bounds[0], max: bounds[1] } };
  if (issue.code === 'custom' && last === 'promisedDays')
    return { path, key: 'admin.problem.promisedOverLegal' };
  if (issue.code === 'too_small' && issue.origin === 'string') return { path, key: 'admin.problem.required' };
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { path, key: 'admin.problem.chooseAtLeastOne' };
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { path, key: 'admin.problem.tooLong', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { path, key: 'admin.problem.tooMany', params: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { path, key: 'admin.problem.choose' };
  if (issue.code === 'invalid_format' && last === 'key') return { path, key: 'admin.problem.fieldKey' };
  return { path, key: 'admin.problem.invalid', params: { reason: issue.message } };
}

/** The rules the schema does not state: unique field keys, options for 选项, min ≤ max. */
function extraProblems(form: ItemForm): FormProblem[] {
  const problems: FormProblem[] = [];
  // The schema checks 承诺 ≤ 法定 only once every other field is valid; say it at once.
  const legal = wholeNumberOf(form.legalDays);
  const promised = wholeNumberOf(form.promisedDays);
  if (promised > legal) problems.push({ path: 'promisedDays', key: 'admin.problem.promisedOverLegal' });
  const seen = new Set<string>();
  form.fields.forEach((f, i) => {
    const key = f.key.trim();
    if (key !== '' && seen.has(key))
      problems.push({ path: `fields.${i}.key`, key: 'admin.problem.duplicateKey' });
    seen.add(key);
    if (f.type === 'select' && splitOptions(f.options).length === 0)
      problems.push({ path: `fields.${i}.options`, key: 'admin.problem.optionsRequired' });
    const min = optionalNumberOf(f.min);
    const max = optionalNumberOf(f.max);
    if (f.type === 'number') {
      if (Number.isNaN(min)) problems.push({ path: `fields.${i}.min`, key: 'admin.problem.number' });
      if (Number.isNaN(max)) problems.push({ path: `fields.${i}.max`, key: 'admin.problem.number' });
      if (min !== undefined && max !== undefined && min > max)
        problems.push({ path: `fields.${i}.max`, key: 'admin.problem.minOverMax' });
    }
  });
  return problems;
}

export type ItemFormCheck = { ok: true; body: ItemBody } | { ok: false; problems: FormProblem[] };

/** Checks the form with the domain schema (as the server will); `takenCodes` are codes a new item may not use. */
export function checkItemForm(form: ItemForm, takenCodes: ReadonlySet<string> = new Set()): ItemFormCheck {
  const candidate = { ...bodyOfForm(form), version: 1, publishedAt: new Date(0).toISOString() };
  const parsed = serviceItemSchema.safeParse(candidate, { error: zhCN.localeError });
  const problems = parsed.success ? [] : parsed.error.issues.map(problemOf);
  problems.push(...extraProblems(form));
  if (takenCodes.has(form.code.trim())) problems.push({ path: 'code', key: 'admin.problem.codeTaken' });
  // One message per field is enough.
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path) === i);
  if (!parsed.success || unique.length > 0) return { ok: false, problems: unique };
  const { version: _version, publishedAt: _publishedAt, ...body } = parsed.data;
  return { ok: true, body };
}

/** JSON with sorted keys, for comparing values. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields whose value differs from the latest version (all of them for a new item). */
export function changedFieldsOf(body: ItemBody, latest: ServiceItem | undefined): (keyof ItemBody)[] {
  const keys = Object.keys(body) as (keyof ItemBody)[];
  if (!latest) return keys;
  return keys.filter((key) => stableJson(body[key]) !== stableJson(latest[key]));
}

/** The DOM id of a field of the editor ('materials.2.name' → 'item-materials-2-name'). */
export function fieldIdOf(path: string): string {
  return `item-${path.replace(/\./g, '-')}`;
}

/** Moves a row up (-1) or down (+1); out of range leaves the list as it is. */
export function moveRow<T>(rows: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** The editor's label of each field of an item (for problem lists and change summaries). */
export const ITEM_FIELD_LABEL_KEYS: Readonly<Record<keyof ItemBody, MessageKey>> = {
  code: 'admin.item.code',
  baseCode: 'admin.item.baseCode',
  name: 'admin.item.name',
  category: 'admin.item.category',
  itemType: 'admin.item.itemType',
  exerciseLevel: 'admin.item.exerciseLevel',
  serviceObjects: 'admin.item.serviceObjects',
  caseKind: 'admin.item.caseKind',
  legalDays: 'admin.item.legalDays',
  promisedDays: 'admin.item.promisedDays',
  visits: 'admin.item.visits',
  handledAt: 'admin.item.handledAt',
  department: 'admin.item.department',
  conditions: 'admin.item.conditions',
  legalBasis: 'admin.item.legalBasis',
  process: 'admin.item.process',
  fees: 'admin.item.fees',
  materials: 'admin.item.materials',
  fields: 'admin.item.fields',
  consultPhone: 'admin.item.consultPhone',
  supervisePhone: 'admin.item.supervisePhone',
  isActive: 'admin.item.isActive',
};

export function itemFieldLabelKey(field: string): MessageKey | undefined {
  return Object.hasOwn(ITEM_FIELD_LABEL_KEYS, field)
    ? ITEM_FIELD_LABEL_KEYS[field as keyof ItemBody]
    : undefined;
}
