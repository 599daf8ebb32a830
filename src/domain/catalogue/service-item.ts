/**
 * Service catalogue item (政务服务事项), after GB/T 39046-2020《政务服务平台基础数据规范》.
 *
 * Codes are opaque strings: provinces use local formats and older lengths exist.
 * Items are versioned; a case keeps a snapshot of the version it was started with
 * (see `ServiceItemSnapshot`), so publishing a new version never changes a running case.
 */
import { z } from 'zod';

/** 事项类型 — item type, with the GB/T 39046 two-digit code. */
export const ITEM_TYPES = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
} as const;
export type ItemTypeCode = keyof typeof ITEM_TYPES;
export const itemTypeCodeSchema = z.enum(Object.keys(ITEM_TYPES) as [ItemTypeCode, ...ItemTypeCode[]]);

/** 行使层级 — the level that exercises the power. */
export const EXERCISE_LEVELS = {
  '1': '国家级',
  '2': '省级',
  '3': '市级',
  '4': '县级',
  '5': '镇(乡、街道)级',
  '6': '村(社区)级',
  '7': '分级管理',
} as const;
export type ExerciseLevelCode = keyof typeof EXERCISE_LEVELS;
export const exerciseLevelSchema = z.enum(
  Object.keys(EXERCISE_LEVELS) as [ExerciseLevelCode, ...ExerciseLevelCode[]],
);

/** 服务对象 — who may apply. */
export const SERVICE_OBJECTS = [
  '自然人',
  '企业法人',
  '事业法人',
  '社会组织法人',
  '行政机关',
  '其他组织',
] as const;
export const serviceObjectSchema = z.enum(SERVICE_OBJECTS);
export type ServiceObject = z.infer<typeof serviceObjectSchema>;

/** 办件类型 — 即办件 is decided on the spot, 承诺件 within the promised time. */
export const caseKindSchema = z.enum(['即办件', '承诺件']);
export type CaseKind = z.infer<typeof caseKindSchema>;

/** Where the case is decided; the village station proxies it (代办) to that level. */
export const handlingLevelSchema = z.enum(['township', 'district']);
export type HandlingLevel = z.infer<typeof handlingLevelSchema>;

/** 申请材料 — one required material. */
export const materialSchema = z.object({
  /** Stable within an item across versions (used by 一次性告知 to point at a material). */
  id: z.string().min(1).max(64),
  /** 材料名称 */
  name: z.string().min(1).max(200),
  /** 材料形式: 纸质 / 电子 / 纸质或电子 */
  form: z.enum(['纸质', '电子', '纸质或电子']),
  /** 原件份数 */
  originals: z.number().int().min(0).max(20),
  /** 复印件份数 */
  copies: z.number().int().min(0).max(20),
  /** 必要性: 必要 / 非必要 / 容缺 (may be supplied later) */
  necessity: z.enum(['必要', '非必要', '容缺']),
  /** 来源渠道 */
  source: z.enum(['申请人自备', '政府部门核发', '其他']),
  /** 来源与说明, 填报须知 */
  note: z.string().max(1000).default(''),
});
export type Material = z.infer<typeof materialSchema>;

/** 收费项目 */
export const feeSchema = z.object({
  name: z.string().min(1).max(200),
  /** 收费标准, e.g. "免费" or "每证 10 元" */
  standard: z.string().min(1).max(200),
  /** 收费依据 */
  basis: z.string().max(500).default(''),
  reducible: z.boolean().default(false),
});
export type Fee = z.infer<typeof feeSchema>;

/** An item-specific field the intake wizard asks for (e.g. 家庭人口数 for 低保). */
export const itemFieldSchema = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
  label: z.string().min(1).max(60),
  type: z.enum(['text', 'number', 'date', 'select', 'textarea']),
  required: z.boolean().default(false),
  options: z.array(z.string().min(1).max(60)).max(30).optional(),
  /** For numbers: inclusive bounds. */
  min: z.number().optional(),
  max: z.number().optional(),
  hint: z.string().max(200).optional(),
});
export type ItemField = z.infer<typeof itemFieldSchema>;

export const serviceItemSchema = z
  .object({
    /** 基本编码 (opaque) */
    baseCode: z.string().min(1).max(64),
    /** 实施编码 (opaque) — the identity of the item in this district. */
    code: z.string().min(1).max(64),
    /** Monotonic version, starting at 1; a published change creates a new version. */
    version: z.number().int().min(1),
    /** 事项名称 */
    name: z.string().min(1).max(200),
    /** Category for browsing (社会保障, 社会救助, 残疾人服务, 户籍与生育, 农业农村, 就业创业 …) */
    category: z.string().min(1).max(40),
    itemType: itemTypeCodeSchema,
    exerciseLevel: exerciseLevelSchema,
    serviceObjects: z.array(serviceObjectSchema).min(1),
    caseKind: caseKindSchema,
    /** 法定办结时限 in working days */
    legalDays: z.number().int().min(0).max(365),
    /** 承诺办结时限 in working days (≤ legalDays) */
    promisedDays: z.number().int().min(0).max(365),
    /** 到办事现场次数: 0 = no visit, 1 = 最多跑一次 */
    visits: z.number().int().min(0).max(10),
    handledAt: handlingLevelSchema,
    /** 实施主体 — the department that decides. */
    department: z.string().min(1).max(100),
    /** 受理条件 */
    conditions: z.string().min(1).max(4000),
    /** 设定依据 */
    legalBasis: z.string().max(4000).default(''),
    /** 办理流程 */
    process: z.string().max(4000).default(''),
    fees: z.array(feeSchema).default([]),
    materials: z.array(materialSchema).max(60),
    fields: z.array(itemFieldSchema).max(30).default([]),
    /** 咨询电话 */
    consultPhone: z.string().max(40).default(''),
    /** 监督电话 */
    supervisePhone: z.string().max(40).default(''),
    /** Whether the item is offered (a retired item stays for old cases). */
    isActive: z.boolean().default(true),
    /** ISO time the version was published. */
    publishedAt: z.string(),
  })
  .refine((item) => item.promisedDays <= item.legalDays, {
    message: '承诺办结时限不能超过法定办结时限',
    path: ['promisedDays'],
  });
export type ServiceItem = z.infer<typeof serviceItemSchema>;

/**
 * What a case keeps of the item it was started with: enough for the reducer
 * (time limits) and for the screens (name, materials) without the catalogue.
 */
export const serviceItemSnapshotSchema = z.object({
  code: z.string().min(1).max(64),
  version: z.number().int().min(1),
  name: z.string().min(1).max(200),
  caseKind: caseKindSchema,
  legalDays: z.number().int().min(0).max(365),
  promisedDays: z.number().int().min(0).max(365),
  handledAt: handlingLevelSchema,
  materials: z
    .array(
      materialSchema.pick({
        id: true,
        name: true,
        originals: true,
        copies: true,
        necessity: true,
        form: true,
      }),
    )
    .max(60),
});
export type ServiceItemSnapshot = z.infer<typeof serviceItemSnapshotSchema>;

export function snapshotOf(item: ServiceItem): ServiceItemSnapshot {
  return {
    code: item.code,
    version: item.version,
    name: item.name,
    caseKind: item.caseKind,
    legalDays: item.legalDays,
    promisedDays: item.promisedDays,
    handledAt: item.handledAt,
    materials: item.materials.map(({ id, name, originals, copies, necessity, form }) => ({
      id,
      name,
      originals,
      copies,
      necessity,
      form,
    })),
  };
}

/** 最多跑一次: the applicant needs to come at most once. */
export function isAtMostOneTrip(item: Pick<ServiceItem, 'visits'>): boolean {
  return item.visits <= 1;
}
