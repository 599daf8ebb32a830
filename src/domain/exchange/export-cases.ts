/**
 * 数据共享 export of cases in the GB/T 39046-2020 field layout (exchange-fields.ts), as JSON (one record per
 * case with its 办理过程, 办理结果 and 评价) or as four CSV tables. ID numbers are masked unless revealed.
 */
import type { CaseHead } from '../case/case-types';
import { toCsv, type CsvCell } from './csv-text';
import {
  CASE_FIELDS,
  EVALUATION_FIELDS,
  RESULT_FIELDS,
  STEP_FIELDS,
  type ExchangeField,
  type ExchangeOptions,
  type StepSource,
} from './exchange-fields';

/** The standard this layout follows, written into the JSON export. */
export const EXCHANGE_STANDARD = 'GB/T 39046-2020';

export const EXCHANGE_TABLES = {
  cases: { nameZh: '办件基本信息', fileName: '办件基本信息.csv' },
  steps: { nameZh: '办理过程', fileName: '办理过程.csv' },
  results: { nameZh: '办理结果', fileName: '办理结果.csv' },
  evaluations: { nameZh: '评价', fileName: '评价.csv' },
} as const;
export type ExchangeTable = keyof typeof EXCHANGE_TABLES;

export type ExchangeRecord = Record<string, CsvCell>;

/** One exported record, keyed by the Chinese element names. */
function recordOf<S>(
  fields: readonly ExchangeField<S>[],
  source: S,
  options: ExchangeOptions,
): ExchangeRecord {
  const record: ExchangeRecord = {};
  for (const field of fields) record[field.nameZh] = field.from(source, options);
  return record;
}

function stepsOf(head: CaseHead): StepSource[] {
  return head.timeline.map((entry, i) => ({ head, entry, index: i + 1 }));
}

/** The rows of the four tables: one per case, one per action, one per decided case, one per evaluated case. */
export function exportCaseTables(
  heads: readonly CaseHead[],
  options: ExchangeOptions,
): Record<ExchangeTable, ExchangeRecord[]> {
  return {
    cases: heads.map((h) => recordOf(CASE_FIELDS, h, options)),
    steps: heads.flatMap((h) => stepsOf(h).map((s) => recordOf(STEP_FIELDS, s, options))),
    results: heads.filter((h) => h.decision !== null).map((h) => recordOf(RESULT_FIELDS, h, options)),
    evaluations: heads
      .filter((h) => h.evaluation !== null)
      .map((h) => recordOf(EVALUATION_FIELDS, h, options)),
  };
}

/**
 * JSON text: `{ "标准": "GB/T 39046-2020", "办件": [ { …办件基本信息, "办理过程": [...], "办理结果": {...} | null,
 * "评价": {...} | null } ] }`.
 */
export function exportCasesJson(heads: readonly CaseHead[], options: ExchangeOptions): string {
  const cases = heads.map((h) => ({
    ...recordOf(CASE_FIELDS, h, options),
    [EXCHANGE_TABLES.steps.nameZh]: stepsOf(h).map((s) => recordOf(STEP_FIELDS, s, options)),
    [EXCHANGE_TABLES.results.nameZh]: h.decision === null ? null : recordOf(RESULT_FIELDS, h, options),
    [EXCHANGE_TABLES.evaluations.nameZh]:
      h.evaluation === null ? null : recordOf(EVALUATION_FIELDS, h, options),
  }));
  return JSON.stringify({ 标准: EXCHANGE_STANDARD, 办件: cases }, null, 2);
}

function csvOf<S>(
  fields: readonly ExchangeField<S>[],
  sources: readonly S[],
  options: ExchangeOptions,
): string {
  return toCsv(
    fields.map((f) => f.nameZh),
    sources.map((s) => fields.map((f) => f.from(s, options))),
  );
}

/** The four tables as CSV text (UTF-8 BOM, RFC 4180, formula injection neutralised); file names in EXCHANGE_TABLES. */
export function exportCasesCsv(
  heads: readonly CaseHead[],
  options: ExchangeOptions,
): Record<ExchangeTable, string> {
  return {
    cases: csvOf(CASE_FIELDS, heads, options),
    steps: csvOf(STEP_FIELDS, heads.flatMap(stepsOf), options),
    results: csvOf(
      RESULT_FIELDS,
      heads.filter((h) => h.decision !== null),
      options,
    ),
    evaluations: csvOf(
      EVALUATION_FIELDS,
      heads.filter((h) => h.evaluation !== null),
      options,
    ),
  };
}
