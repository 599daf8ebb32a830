/**
 * Schemas of the case records on the device. Personal data never reaches IndexedDB in the clear:
 * - caseHeads keep the non-personal part of the head in `head`, and the applicant, proxy and form fields
 *   sealed in `partyCipher`; `applicantIdHash` (HMAC-SHA256 with the device's hash key) finds a case
 *   by ID number.
 * - actions keep their whole `payload` sealed in `payloadCipher` (a submit carries the applicant).
 * - drafts are sealed whole.
 *
 * caseHeads version 1 adds `deadlineKey`: RxDB cannot index the nullable `deadline`, and the
 * "due soonest" list needs that index. `migrateCaseHeadToV1` fills it for version-0 documents.
 */
import type { RxJsonSchema } from 'rxdb';

const ID = { type: 'string', maxLength: 64 } as const;
const REGION = { type: 'string', maxLength: 12 } as const;

/** Sort key for a case without a deadline (not yet accepted): after every real date. */
export const NO_DEADLINE_KEY = '9999-12-31';

export interface CaseHeadDocTypeV0 {
  id: string;
  receiptNo: string;
  regionCode: string;
  status: string;
  applicantIdHash: string;
  updatedAt: string;
  /** The CaseHead without applicant, proxy and fields. */
  head: Record<string, unknown>;
  /** AES-GCM of `{ applicant, proxy, fields }`. */
  partyCipher: string;
}

export interface CaseHeadDocType extends CaseHeadDocTypeV0 {
  /** The deadline (YYYY-MM-DD) or NO_DEADLINE_KEY. */
  deadlineKey: string;
}

const caseHeadPropertiesV0 = {
  id: ID,
  receiptNo: { type: 'string', maxLength: 40 },
  regionCode: REGION,
  status: { type: 'string', maxLength: 20 },
  applicantIdHash: { type: 'string', maxLength: 64 },
  updatedAt: { type: 'string', maxLength: 40 },
  head: { type: 'object' },
  partyCipher: { type: 'string' },
} as const;

export const caseHeadSchemaV0: RxJsonSchema<CaseHeadDocTypeV0> = {
  title: 'caseHeads',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: caseHeadPropertiesV0,
  required: [
    'id',
    'receiptNo',
    'regionCode',
    'status',
    'applicantIdHash',
    'updatedAt',
    'head',
    'partyCipher',
  ],
  indexes: ['status', 'regionCode', 'receiptNo', 'applicantIdHash', ['regionCode', 'updatedAt']],
};

export const caseHeadSchema: RxJsonSchema<CaseHeadDocType> = {
  ...caseHeadSchemaV0,
  version: 1,
  properties: { ...caseHeadPropertiesV0, deadlineKey: { type: 'string', maxLength: 10 } },
  required: [...(caseHeadSchemaV0.required as string[]), 'deadlineKey'] as (keyof CaseHeadDocType)[],
  indexes: [...(caseHeadSchemaV0.indexes ?? []), 'deadlineKey', ['status', 'deadlineKey']],
};

export function deadlineKeyOf(deadline: unknown): string {
  return typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? deadline : NO_DEADLINE_KEY;
}

export function migrateCaseHeadToV1(doc: CaseHeadDocTypeV0): CaseHeadDocType {
  return { ...doc, deadlineKey: deadlineKeyOf(doc.head.deadline) };
}

export const caseHeadMigrationStrategies = {
  1: migrateCaseHeadToV1,
};

export interface ActionDocType {
  id: string;
  caseId: string;
  regionCode: string;
  type: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  deviceId: string;
  clientTime: string;
  /** 'pending' until the server answered, then 'accepted' or 'rejected'. */
  status: 'pending' | 'accepted' | 'rejected';
  rejection: { code: string; reason: string } | null;
  serverTime: string | null;
  /** Keyed hash of the applicant's ID number (submit only, '' otherwise). */
  applicantIdHash: string;
  /** AES-GCM of the action's payload. */
  payloadCipher: string;
}

export const actionSchema: RxJsonSchema<ActionDocType> = {
  title: 'actions',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: ID,
    caseId: ID,
    regionCode: REGION,
    type: { type: 'string', maxLength: 24 },
    actorId: { type: 'string', maxLength: 64 },
    actorName: { type: 'string' },
    actorRole: { type: 'string' },
    deviceId: { type: 'string' },
    clientTime: { type: 'string', maxLength: 40 },
    status: { type: 'string', maxLength: 10 },
    rejection: { type: ['object', 'null'] },
    serverTime: { type: ['string', 'null'] },
    applicantIdHash: { type: 'string', maxLength: 64 },
    payloadCipher: { type: 'string' },
  },
  required: [
    'id',
    'caseId',
    'regionCode',
    'type',
    'actorId',
    'actorName',
    'actorRole',
    'deviceId',
    'clientTime',
    'status',
    'rejection',
    'serverTime',
    'applicantIdHash',
    'payloadCipher',
  ],
  indexes: ['caseId', 'status', 'regionCode', 'applicantIdHash', ['caseId', 'clientTime']],
};

export interface DraftDocType {
  id: string;
  regionCode: string;
  itemCode: string;
  updatedAt: string;
  applicantIdHash: string;
  /** AES-GCM of the whole wizard state. */
  dataCipher: string;
}

export const draftSchema: RxJsonSchema<DraftDocType> = {
  title: 'drafts',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: ID,
    regionCode: REGION,
    itemCode: { type: 'string', maxLength: 64 },
    updatedAt: { type: 'string', maxLength: 40 },
    applicantIdHash: { type: 'string', maxLength: 64 },
    dataCipher: { type: 'string' },
  },
  required: ['id', 'regionCode', 'itemCode', 'updatedAt', 'applicantIdHash', 'dataCipher'],
  indexes: ['regionCode', 'updatedAt', 'applicantIdHash'],
};
