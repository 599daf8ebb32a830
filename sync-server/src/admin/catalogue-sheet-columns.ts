/**
 * The columns of the 事项目录 import template (one table per sheet) and how each cell is read and written.
 * The template writer (catalogue-template.ts) and the reader (catalogue-sheet-rows.ts) both use these, so a
 * template downloaded from the server always imports back unchanged.
 *
 * Each reader returns the value or a Chinese problem ("应为 0 到 20 之间的整数"); the caller prefixes the
 * sheet, row and column.
 */
import {
  caseKindSchema,
  EXERCISE_LEVELS,
  ITEM_TYPES,
  SERVICE_OBJECTS,
  type ExerciseLevelCode,
  type HandlingLevel,
  type ItemField,
  type ItemTypeCode,
  type ServiceObject,
} from '../../../src/domain/catalogue/service-item';

export type CellRead<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const bad = <T>(problem: string): CellRead<T> => ({ ok: false, problem });

/** A column: its header in the template, whether a value is required, how to read and write it. */
export interface SheetColumn<T = unknown> {
  header: string;
  /** Shown in the 填写说明 sheet. */
  hint: string;
  isRequired: boolean;
  read(text: string): CellRead<T>;
  write(value: T): string | number;
}

function column<T>(spec: SheetColumn<T>): SheetColumn<T> {
  return spec;
}

function text(header: string, max: number, isRequired: boolean, hint: string): SheetColumn<string> {
  return column({
    header,
    hint,
    isRequired,
    read: (value) =>
      value.length > max ? bad(`不能超过 ${max} 个字（现为 ${value.length} 个字）`) : ok(value),
    write: (value) => value,
  });
}

/** Optional text whose empty cell means "not set" (undefined) rather than an empty string. */
function optionalText(header: string, max: number, hint: string): SheetColumn<string | undefined> {
  return column({
    header,
    hint,
    isRequired: false,
    read: (value) =>
      value === ''
        ? ok(undefined)
        : value.length > max
          ? bad(`不能超过 ${max} 个字（现为 ${value.length} 个字）`)
          : ok(value),
    write: (value) => value ?? '',
  });
}

function integer(header: string, min: number, max: number, hint: string): SheetColumn<number> {
  return column({
    header,
    hint,
    isRequired: true,
    read: (value) => {
      const normalised = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      if (!/^\d+$/.test(normalised)) return bad(`应为 ${min} 到 ${max} 之间的整数，现为「${value}」`);
      const n = Number(normalised);
      return n < min || n > max ? bad(`应为 ${min} 到 ${max} 之间的整数，现为 ${n}`) : ok(n);
    },
    write: (value) => value,
  });
}

function optionalNumber(header: string, hint: string): SheetColumn<number | undefined> {
  return column({
    header,
    hint,
    isRequired: false,
    read: (value) => {
      if (value === '') return ok(undefined);
      const n = Number(value);
      return Number.isFinite(n) ? ok(n) : bad(`应为数字，现为「${value}」`);
    },
    write: (value) => (value === undefined ? '' : value),
  });
}

/** One of a fixed set of words (the GB/T 39046 wording). */
function choice<T extends string>(
  header: string,
  words: readonly T[],
  isRequired: boolean,
  hint: string,
): SheetColumn<T> {
  return column({
    header,
    hint,
    isRequired,
    read: (value) =>
      (words as readonly string[]).includes(value)
        ? ok(value as T)
        : bad(`应为「${words.join('」「')}」之一，现为「${value}」`),
    write: (value) => value,
  });
}

function yesNo(header: string, fallback: boolean, hint: string): SheetColumn<boolean> {
  return column({
    header,
    hint,
    isRequired: false,
    read: (value) => {
      if (value === '') return ok(fallback);
      if (['是', 'Y', 'y', 'TRUE', 'true', '1'].includes(value)) return ok(true);
      if (['否', 'N', 'n', 'FALSE', 'false', '0'].includes(value)) return ok(false);
      return bad(`应为「是」或「否」，现为「${value}」`);
    },
    write: (value) => (value ? '是' : '否'),
  });
}

/** A coded value written as "05 行政给付"; the code alone or the name alone is read too. */
function codedChoice<C extends string>(
  header: string,
  names: Readonly<Record<C, string>>,
  hint: string,
): SheetColumn<C> {
  const entries = Object.entries(names) as [C, string][];
  return column({
    header,
    hint,
    isRequired: true,
    read: (value) => {
      const compact = value.replace(/\s+/g, ' ');
      for (const [code, name] of entries) {
        if (compact === code || compact === name || compact === `${code} ${name}`) return ok(code);
      }
      return bad(`应为以下之一：${entries.map(([c, n]) => `${c} ${n}`).join('、')}；现为「${value}」`);
    },
    write: (code) => `${code} ${names[code]}`,
  });
}

/** Words separated by 、，,；; or new lines. */
export function splitList(value: string): string[] {
  return value
    .split(/[、，,；;\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const HANDLED_AT_WORDS: Record<string, HandlingLevel> = {
  乡镇: 'township',
  '乡镇（街道）': 'township',
  街道: 'township',
  township: 'township',
  区: 'district',
  '区（县）': 'district',
  县: 'district',
  district: 'district',
};
const HANDLED_AT_NAMES: Record<HandlingLevel, string> = { township: '乡镇（街道）', district: '区（县）' };

export const FIELD_TYPE_NAMES: Record<ItemField['type'], string> = {
  text: '文本',
  number: '数字',
  date: '日期',
  select: '选项',
  textarea: '多行文本',
};

/** 事项 sheet: one row per item. */
export const ITEM_COLUMNS = {
  code: text('实施编码', 64, true, '事项在本区的唯一编码；与已有事项相同则发布该事项的新版本'),
  baseCode: text('基本编码', 64, true, 'GB/T 39046 基本编码'),
  name: text('事项名称', 200, true, ''),
  category: text('事项分类', 40, true, '如 社会保障、社会救助、残疾人服务'),
  itemType: codedChoice<ItemTypeCode>('事项类型', ITEM_TYPES, '如「05 行政给付」，也可只填代码或名称'),
  exerciseLevel: codedChoice<ExerciseLevelCode>('行使层级', EXERCISE_LEVELS, '如「4 县级」'),
  serviceObjects: column<ServiceObject[]>({
    header: '服务对象',
    hint: `可填多个，用顿号分隔：${SERVICE_OBJECTS.join('、')}`,
    isRequired: true,
    read: (value) => {
      const words = splitList(value);
      const unknown = words.filter((w) => !(SERVICE_OBJECTS as readonly string[]).includes(w));
      if (unknown.length > 0)
        return bad(`「${unknown.join('、')}」不是服务对象，应为：${SERVICE_OBJECTS.join('、')}`);
      return ok([...new Set(words)] as ServiceObject[]);
    },
    write: (value) => value.join('、'),
  }),
  caseKind: choice('办件类型', caseKindSchema.options, true, '即办件或承诺件'),
  legalDays: integer('法定办结时限（工作日）', 0, 365, '0–365 个工作日'),
  promisedDays: integer('承诺办结时限（工作日）', 0, 365, '不能超过法定办结时限'),
  visits: integer('到办事现场次数', 0, 10, '0 = 不用跑，1 = 最多跑一次'),
  handledAt: column<HandlingLevel>({
    header: '办理层级',
    hint: '乡镇（街道）或 区（县）：代办员把办件报送到哪一级',
    isRequired: true,
    read: (value) => {
      const level = HANDLED_AT_WORDS[value.replace(/\(/g, '（').replace(/\)/g, '）')];
      return level ? ok(level) : bad(`应为「乡镇（街道）」或「区（县）」，现为「${value}」`);
    },
    write: (value) => HANDLED_AT_NAMES[value],
  }),
  department: text('实施主体', 100, true, '作出决定的部门'),
  conditions: text('受理条件', 4000, true, ''),
  legalBasis: text('设定依据', 4000, false, ''),
  process: text('办理流程', 4000, false, ''),
  consultPhone: text('咨询电话', 40, false, ''),
  supervisePhone: text('监督电话', 40, false, ''),
  isActive: yesNo('是否在办', true, '否 = 停办（已有办件不受影响）；不填为 是'),
} as const;

/** 申请材料 sheet: one row per material, in the order the checklist shows them. */
export const MATERIAL_COLUMNS = {
  itemCode: text('实施编码', 64, true, '材料所属事项的实施编码'),
  id: column<string>({
    header: '材料编号',
    hint: '同一事项内唯一（一次性告知按编号指向材料）；不填时沿用上一版同名材料的编号，新材料自动编号',
    isRequired: false,
    read: (value) =>
      value.length > 64
        ? bad('不能超过 64 个字符')
        : /^[A-Za-z0-9_.-]*$/.test(value)
          ? ok(value)
          : bad(`只能包含字母、数字、下划线、点和连字符，现为「${value}」`),
    write: (value) => value,
  }),
  name: text('材料名称', 200, true, ''),
  form: choice('材料形式', ['纸质', '电子', '纸质或电子'] as const, true, '纸质、电子 或 纸质或电子'),
  originals: integer('原件份数', 0, 20, '0–20'),
  copies: integer('复印件份数', 0, 20, '0–20'),
  necessity: choice('必要性', ['必要', '非必要', '容缺'] as const, true, '容缺 = 可先受理后补交'),
  source: choice(
    '来源渠道',
    ['申请人自备', '政府部门核发', '其他'] as const,
    true,
    '申请人自备、政府部门核发 或 其他',
  ),
  note: text('填报须知', 1000, false, ''),
} as const;

/** 收费项目 sheet: one row per fee; an item without rows here is free of charge. */
export const FEE_COLUMNS = {
  itemCode: text('实施编码', 64, true, '收费所属事项的实施编码'),
  name: text('收费项目名称', 200, true, ''),
  standard: text('收费标准', 200, true, '如 免费、每证 10 元'),
  basis: text('收费依据', 500, false, ''),
  reducible: yesNo('是否可减免', false, '是 或 否；不填为 否'),
} as const;

/** 填报字段 sheet: the item-specific questions of the intake wizard (e.g. 家庭人口数 for 低保). */
export const FIELD_COLUMNS = {
  itemCode: text('实施编码', 64, true, '字段所属事项的实施编码'),
  key: column<string>({
    header: '字段标识',
    hint: '英文字母开头，字母、数字或下划线，最多 40 位，如 familySize',
    isRequired: true,
    read: (value) =>
      /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/.test(value)
        ? ok(value)
        : bad(`应以英文字母开头，只含字母、数字或下划线，最多 40 位，现为「${value}」`),
    write: (value) => value,
  }),
  label: text('字段名称', 60, true, '代办登记时显示的问题'),
  type: column<ItemField['type']>({
    header: '字段类型',
    hint: Object.values(FIELD_TYPE_NAMES).join('、'),
    isRequired: true,
    read: (value) => {
      const found = (Object.entries(FIELD_TYPE_NAMES) as [ItemField['type'], string][]).find(
        ([key, name]) => value === name || value === key,
      );
      return found
        ? ok(found[0])
        : bad(`应为「${Object.values(FIELD_TYPE_NAMES).join('」「')}」之一，现为「${value}」`);
    },
    write: (value) => FIELD_TYPE_NAMES[value],
  }),
  required: yesNo('是否必填', false, '是 或 否；不填为 否'),
  options: column<string[] | undefined>({
    header: '可选项',
    hint: '字段类型为「选项」时填写，用分号（；）或换行分隔（选项中可以有顿号），如 城市低保；农村低保',
    isRequired: false,
    read: (value) => {
      if (value === '') return ok(undefined);
      const options = value
        .split(/[；;\n]+/)
        .map((o) => o.trim())
        .filter((o) => o !== '');
      if (options.length > 30) return bad(`最多 30 个可选项，现为 ${options.length} 个`);
      const long = options.find((o) => o.length > 60);
      return long ? bad(`可选项「${long.slice(0, 20)}…」超过 60 个字`) : ok(options);
    },
    write: (value) => (value ?? []).join('；'),
  }),
  min: optionalNumber('最小值', '字段类型为「数字」时可填'),
  max: optionalNumber('最大值', '字段类型为「数字」时可填'),
  hint: optionalText('填写提示', 200, ''),
} as const;

/** Any column, whatever its value type (for code that walks the columns of a sheet). */
export interface AnyColumn {
  header: string;
  hint: string;
  isRequired: boolean;
  read(text: string): CellRead<unknown>;
  write(value: never): string | number;
}

/** The sheets of the template, in order. */
export const CATALOGUE_SHEETS = {
  items: { name: '事项', columns: ITEM_COLUMNS },
  materials: { name: '申请材料', columns: MATERIAL_COLUMNS },
  fees: { name: '收费项目', columns: FEE_COLUMNS },
  fields: { name: '填报字段', columns: FIELD_COLUMNS },
} as const;
export type SheetKey = keyof typeof CATALOGUE_SHEETS;
export const SHEET_KEYS = Object.keys(CATALOGUE_SHEETS) as SheetKey[];

/** The instructions sheet of the workbook (ignored on import). */
export const INSTRUCTIONS_SHEET_NAME = '填写说明';
/** The CSV template is one table: this first column names the sheet a row belongs to. */
export const CSV_SHEET_COLUMN = '表';

/** Header text compared without spaces, without a bracketed note and without a required-mark asterisk. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊]/g, '')
    .trim();
}
