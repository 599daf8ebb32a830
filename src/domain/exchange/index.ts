/** 数据共享: case export in the GB/T 39046-2020 field layout, JSON and CSV. */
export { CSV_BOM, csvField, neutraliseFormula, toCsv, type CsvCell } from './csv-text';
export {
  CASE_FIELDS,
  chinaDateTimeOf,
  EVALUATION_FIELDS,
  RESULT_FIELDS,
  STEP_FIELDS,
  type ExchangeField,
  type ExchangeOptions,
  type StepSource,
} from './exchange-fields';
export {
  EXCHANGE_STANDARD,
  EXCHANGE_TABLES,
  exportCasesCsv,
  exportCasesJson,
  exportCaseTables,
  type ExchangeRecord,
  type ExchangeTable,
} from './export-cases';
