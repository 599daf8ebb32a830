/**
 * The intake draft (代办登记草稿): everything the wizard has collected so far, saved on every step change
 * and field blur through `DraftRepository`. Values are kept as typed (strings), so a half-typed ID
 * number survives a reload; `buildSubmitPayload` checks and converts them once, at the end.
 */
import { z } from 'zod';
import { fileRefSchema } from '../../domain/case/case-types';

/** The wizard's steps, in order. */
export const INTAKE_STEPS = ['item', 'applicant', 'fields', 'materials', 'authorisation', 'review'] as const;
export const intakeStepSchema = z.enum(INTAKE_STEPS);
export type IntakeStep = z.infer<typeof intakeStepSchema>;

/** 原件 / 复印件 / 电子: how a material was actually received. */
export const RECEIVED_FORMS = ['原件', '复印件', '电子'] as const;
export const receivedFormSchema = z.enum(RECEIVED_FORMS);
export type ReceivedForm = z.infer<typeof receivedFormSchema>;

const isoTime = z.string().datetime({ offset: true });
const short = (max: number) => z.string().max(max).default('');

export const draftApplicantSchema = z.object({
  /** 自然人 (person) or 法人 (legal). */
  kind: z.enum(['person', 'legal']).default('person'),
  /** 姓名 (person) or 单位名称 (legal). */
  name: short(200),
  /** 居民身份证号码 (person). */
  idNumber: short(40),
  /** 统一社会信用代码 (legal). */
  creditCode: short(40),
  /** The agent checked the licence and continues despite a check-digit warning. */
  isCreditCodeWarningAccepted: z.boolean().default(false),
  /** 法定代表人 (legal). */
  representative: short(50),
  phone: short(40),
  address: short(200),
});
export type DraftApplicant = z.infer<typeof draftApplicantSchema>;

/** Someone applies on the applicant's behalf (a relative): 代为申请人. */
export const draftProxySchema = z.object({
  isProxy: z.boolean().default(false),
  relationship: short(20),
  name: short(50),
  idNumber: short(40),
  phone: short(40),
});
export type DraftProxy = z.infer<typeof draftProxySchema>;

/** One line of the materials checklist. */
export const draftMaterialSchema = z.object({
  form: receivedFormSchema.nullable().default(null),
  /** SHA-256 of each photographed page, in page order (FileRepository). */
  files: z.array(fileRefSchema).max(20).default([]),
  /** 容缺: the applicant supplies it later (a note says what was agreed). */
  isDeferred: z.boolean().default(false),
  note: short(500),
});
export type DraftMaterial = z.infer<typeof draftMaterialSchema>;

export const intakeDraftSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  step: intakeStepSchema.default('item'),
  /** The item chosen (实施编码 + version); the submit payload keeps a snapshot of that version. */
  item: z
    .object({ code: z.string().min(1).max(64), version: z.number().int().min(1) })
    .nullable()
    .default(null),
  applicant: draftApplicantSchema.default(() => draftApplicantSchema.parse({})),
  proxy: draftProxySchema.default(() => draftProxySchema.parse({})),
  /** Item-specific field values as typed, by ItemField.key. */
  fields: z.record(z.string().max(40), z.string().max(2000)).default({}),
  /** Checklist state by Material.id. */
  materials: z.record(z.string().max(64), draftMaterialSchema).default({}),
  /** PNG of the 代办委托书 signature (FileRepository), and when it was given. */
  signature: fileRefSchema.nullable().default(null),
  signedAt: isoTime.nullable().default(null),
  /** What the signature was given for (signatureSubject): a later change of these facts needs a new signature. */
  signedFor: z.string().max(2000).nullable().default(null),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;

/** A fresh draft; `now` is an ISO time (the device clock: shown, never used for order). */
export function newIntakeDraft(id: string, now: string): IntakeDraft {
  return intakeDraftSchema.parse({ id, createdAt: now, updatedAt: now });
}

/** Parses stored data as a draft (null when it is not one, e.g. written by an incompatible version). */
export function parseIntakeDraft(value: unknown): IntakeDraft | null {
  const result = intakeDraftSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** The checklist line of a material, with defaults when the agent has not touched it yet. */
export function draftMaterialOf(draft: IntakeDraft, materialId: string): DraftMaterial {
  return draft.materials[materialId] ?? draftMaterialSchema.parse({});
}

/**
 * The facts the 代办委托书 names: who authorises, who comes on their behalf, for which item. A signature
 * counts only while these are unchanged (a corrected phone or address does not need a new signature).
 */
export function signatureSubject(draft: IntakeDraft): string {
  const { applicant, proxy } = draft;
  const normalise = (value: string) => value.replace(/\s+/g, '').toUpperCase();
  return JSON.stringify([
    draft.item?.code ?? '',
    applicant.kind,
    applicant.name.trim(),
    applicant.kind === 'person' ? normalise(applicant.idNumber) : normalise(applicant.creditCode),
    applicant.kind === 'legal' ? applicant.representative.trim() : '',
    applicant.kind === 'person' && proxy.isProxy
      ? [proxy.name.trim(), normalise(proxy.idNumber), proxy.relationship.trim()]
      : null,
  ]);
}

/** True when the draft has a signature given for its current facts. */
export function hasValidSignature(draft: IntakeDraft): boolean {
  return draft.signature !== null && draft.signedFor === signatureSubject(draft);
}
