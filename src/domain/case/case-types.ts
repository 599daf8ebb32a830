/**
 * Case (办件) records: the immutable action records (办理环节) and the case head derived from them.
 *
 * Actions are created on a device (often offline) with a client-generated id and pushed insert-only.
 * The server folds them, in server order, through `applyAction` (case-reducer.ts) into the head.
 */
import { z } from 'zod';
import { roleSchema } from '../roles';
import { serviceItemSnapshotSchema } from '../catalogue/service-item';
import { satisfactionLevelSchema } from '../evaluation/satisfaction';

/** 办件状态 */
export const CASE_STATUSES = [
  'submitted', // 已报送: the agent has sent the case to the township (or district)
  'received', // 已收件: the township acknowledged receipt, checking materials
  'correction', // 补齐补正: 一次性告知 issued, waiting for materials (clock paused)
  'not_accepted', // 不予受理 (final)
  'accepted', // 已受理: the clock runs
  'under_review', // 审查中
  'suspended', // 挂起/特别程序: the clock stops
  'decided', // 已办结 (准予 / 不予)
  'delivered', // 已送达: the result was handed back through the station
  'archived', // 已归档 (final)
  'withdrawn', // 已撤回 by the applicant (final)
] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const FINAL_STATUSES: readonly CaseStatus[] = ['not_accepted', 'archived', 'withdrawn'];

/** Action types (办理环节) */
export const ACTION_TYPES = [
  'submit', // 提交/报送 (creates the case)
  'receive', // 收件
  'request_correction', // 补齐补正 with 一次性告知
  'resubmit', // 补正提交: the agent supplies the missing materials
  'refuse', // 不予受理
  'accept', // 受理
  'forward', // 转报 to the district
  'review', // 审查意见
  'suspend', // 挂起/特别程序
  'resume', // 恢复
  'extend', // 延长 (行政许可法 §42)
  'decide', // 办结 准予/不予
  'deliver', // 送达
  'archive', // 归档
  'withdraw', // 撤回
  'evaluate', // 好差评
] as const;
export const actionTypeSchema = z.enum(ACTION_TYPES);
export type ActionType = z.infer<typeof actionTypeSchema>;

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '编号格式不正确');
const regionCode12 = z.string().regex(/^\d{12}$/, '行政区划代码应为12位数字');
const isoTime = z.string().datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
/** SHA-256 hex of a stored file (photo of a material, a signature, a result document). */
export const fileRefSchema = z.string().regex(/^[a-f0-9]{64}$/, '文件摘要应为64位十六进制');

/** 申请人 — a natural person or a legal person. */
export const applicantSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('person'),
    name: text(50),
    /** 居民身份证号码, validated by validateResidentId */
    idNumber: z.string().length(18),
    phone: z.string().max(20).default(''),
    address: z.string().max(200).default(''),
  }),
  z.object({
    kind: z.literal('legal'),
    name: text(200),
    /** 统一社会信用代码 */
    creditCode: z.string().length(18),
    /** 法定代表人 */
    representative: text(50),
    phone: z.string().max(20).default(''),
    address: z.string().max(200).default(''),
  }),
]);
export type Applicant = z.infer<typeof applicantSchema>;

/** When a relative applies on someone's behalf (代理人与申请人关系). */
export const proxySchema = z.object({
  name: text(50),
  idNumber: z.string().length(18),
  relationship: text(20),
  phone: z.string().max(20).default(''),
});

/** A material as received: how it was supplied and the photos of it. */
export const receivedMaterialSchema = z.object({
  materialId: z.string().min(1).max(64),
  /** 原件 / 复印件 / 电子 */
  form: z.enum(['原件', '复印件', '电子']),
  files: z.array(fileRefSchema).max(20),
});
export type ReceivedMaterial = z.infer<typeof receivedMaterialSchema>;

/** 一次性告知: one item of the notice. */
export const correctionItemSchema = z.object({
  materialId: z.string().min(1).max(64).nullable(),
  /** 缺失 (missing) or 有误 (defective) */
  problem: z.enum(['missing', 'defective']),
  note: z.string().max(500).default(''),
});

const payloads = {
  submit: z.object({
    receiptNo: z.string().regex(/^[A-Z0-9-]{8,40}$/),
    item: serviceItemSnapshotSchema,
    applicant: applicantSchema,
    proxy: proxySchema.nullable().default(null),
    fields: z.record(z.string().max(40), z.union([z.string().max(2000), z.number()])).default({}),
    materials: z.array(receivedMaterialSchema).max(60),
    /** 代办委托书 signed on screen */
    authorisationSignature: fileRefSchema,
  }),
  receive: z.object({ note: z.string().max(500).default('') }),
  request_correction: z.object({
    items: z.array(correctionItemSchema).min(1).max(60),
    note: z.string().max(2000).default(''),
  }),
  resubmit: z.object({
    materials: z.array(receivedMaterialSchema).min(1).max(60),
    note: z.string().max(500).default(''),
  }),
  refuse: z.object({ reason: text(1000) }),
  accept: z.object({ note: z.string().max(500).default('') }),
  forward: z.object({ note: z.string().max(500).default('') }),
  review: z.object({ opinion: text(2000) }),
  suspend: z.object({
    kind: z.enum(['hearing', 'inspection', 'appraisal', 'expert_review', 'other']),
    reason: text(1000),
  }),
  resume: z.object({ note: z.string().max(500).default('') }),
  extend: z.object({ days: z.number().int().min(1).max(30), reason: text(1000) }),
  decide: z.object({
    outcome: z.enum(['approved', 'denied']),
    /** 结果文书编号 */
    documentNo: text(60),
    reason: z.string().max(1000).default(''),
    file: fileRefSchema.nullable().default(null),
  }),
  deliver: z.object({
    method: z.enum(['in_person', 'post', 'collected']),
    signature: fileRefSchema.nullable().default(null),
    note: z.string().max(500).default(''),
  }),
  archive: z.object({ note: z.string().max(500).default('') }),
  withdraw: z.object({ reason: text(1000) }),
  evaluate: z.object({
    level: satisfactionLevelSchema,
    reason: z.string().max(1000).default(''),
    channel: z.enum(['tablet', 'paper', 'phone']).default('tablet'),
  }),
} satisfies Record<ActionType, z.ZodType>;

export const ACTION_PAYLOAD_SCHEMAS = payloads;
export type ActionPayload<T extends ActionType> = z.infer<(typeof payloads)[T]>;

const actionBase = {
  /** client-generated id (uuid v4 or ulid) */
  id,
  caseId: id,
  /** 12-digit region code of the village station the case belongs to */
  regionCode: regionCode12,
  actorId: z.string().min(1).max(64),
  actorName: z.string().min(1).max(64),
  actorRole: roleSchema,
  deviceId: z.string().max(64).default(''),
  /** Device clock at creation: shown, never used for order or deadlines. */
  clientTime: isoTime,
};

function buildCaseActionSchema<T extends ActionType>(type: T) {
  return z.object({ ...actionBase, type: z.literal(type), payload: payloads[type] }).strict();
}
type CaseActionSchema<T extends ActionType> = ReturnType<typeof buildCaseActionSchema<T>>;
/** Built once per type: building a zod object costs ~50× a parse, and the server folds many actions. */
const caseActionSchemaCache = new Map<ActionType, CaseActionSchema<ActionType>>();

/** Schema of one action type (used by parseCaseAction and by the OpenAPI document). */
export function caseActionSchemaOf<T extends ActionType>(type: T): CaseActionSchema<T> {
  const cached = caseActionSchemaCache.get(type) ?? buildCaseActionSchema(type);
  caseActionSchemaCache.set(type, cached);
  // The cache is keyed by type, so the entry for T was built by buildCaseActionSchema(T).
  return cached as CaseActionSchema<T>;
}

/** An action record as created on a device. */
export type CaseAction = {
  [T in ActionType]: {
    id: string;
    caseId: string;
    regionCode: string;
    actorId: string;
    actorName: string;
    actorRole: z.infer<typeof roleSchema>;
    deviceId: string;
    clientTime: string;
    type: T;
    payload: ActionPayload<T>;
  };
}[ActionType];

/** Parse any value as an action; returns typed issues rather than throwing. */
export function parseCaseAction(
  value: unknown,
): { ok: true; action: CaseAction } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || !('type' in value)) {
    return { ok: false, message: '办理环节记录格式不正确' };
  }
  const type = (value as { type: unknown }).type;
  const parsedType = actionTypeSchema.safeParse(type);
  if (!parsedType.success) return { ok: false, message: `未知的办理环节类型: ${String(type).slice(0, 40)}` };
  const result = caseActionSchemaOf(parsedType.data).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? '格式不正确'}` };
  }
  return { ok: true, action: result.data as CaseAction };
}

/** A pause of the clock (补齐补正 or 挂起): from and to are ISO dates (YYYY-MM-DD). */
export const pauseSchema = z.object({
  kind: z.enum(['correction', 'suspension']),
  from: z.string(),
  to: z.string().nullable(),
  reason: z.string().max(1000),
});
export type Pause = z.infer<typeof pauseSchema>;

/** Summary of an action on the head's timeline (who, when, what). */
export const timelineEntrySchema = z.object({
  actionId: z.string(),
  type: actionTypeSchema,
  actorName: z.string(),
  actorRole: roleSchema,
  /** server time the action was applied */
  at: z.string(),
  summary: z.string().max(2000),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** 办件 head: derived from the actions, replicated down to tablets (pull-only). */
export const caseHeadSchema = z.object({
  id,
  receiptNo: z.string(),
  regionCode: regionCode12,
  item: serviceItemSnapshotSchema,
  applicant: applicantSchema,
  proxy: proxySchema.nullable(),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
  materials: z.array(receivedMaterialSchema),
  authorisationSignature: fileRefSchema,
  status: caseStatusSchema,
  /** Level that currently handles the case (转报 moves it to the district). */
  handlingLevel: z.enum(['township', 'district']),
  createdBy: z.string(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  /** Promised date (ISO date): 受理 date + 承诺时限 working days + paused working days + extensions. */
  deadline: z.string().nullable(),
  /** Status to return to after 恢复. */
  statusBeforeSuspension: caseStatusSchema.nullable(),
  pauses: z.array(pauseSchema),
  extensionDays: z.number().int().min(0),
  /** The open (or last) 一次性告知. */
  correctionNotice: z
    .object({
      items: z.array(correctionItemSchema),
      note: z.string(),
      issuedAt: z.string(),
      issuedBy: z.string(),
    })
    .nullable(),
  refusalReason: z.string().nullable(),
  decision: z
    .object({
      outcome: z.enum(['approved', 'denied']),
      documentNo: z.string(),
      reason: z.string(),
      file: fileRefSchema.nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
  delivery: z
    .object({
      method: z.enum(['in_person', 'post', 'collected']),
      signature: fileRefSchema.nullable(),
      deliveredAt: z.string(),
    })
    .nullable(),
  evaluation: z
    .object({
      level: satisfactionLevelSchema,
      reason: z.string(),
      channel: z.string(),
      evaluatedAt: z.string(),
    })
    .nullable(),
  withdrawnReason: z.string().nullable(),
  timeline: z.array(timelineEntrySchema),
  updatedAt: z.string(),
});
export type CaseHead = z.infer<typeof caseHeadSchema>;

/** Why an action was refused (by the reducer or by the server). */
export const REJECTION_CODES = [
  'invalid_action', // schema
  'forbidden_role', // the actor's role may not take this action
  'out_of_jurisdiction', // the case lies outside the actor's scope
  'illegal_transition', // not allowed from the case's current state
  'case_not_found', // the action refers to a case that does not exist
  'case_exists', // submit for a case id that already exists
  'invalid_payload', // payload inconsistent with the case (unknown material, missing reason…)
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export interface Rejection {
  code: RejectionCode;
  /** Chinese, shown to the author of the action. */
  reason: string;
}
