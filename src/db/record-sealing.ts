/**
 * Converts between the records on the wire (plain, as the server sends and receives them) and the
 * records in IndexedDB (personal data sealed with the data key, ID numbers as keyed hashes).
 * The replication handlers call these on every pulled and pushed document.
 */
import type { Applicant, CaseAction, CaseHead } from '../domain/case/case-types';
import type { Consultation, SyncedCollection } from '../domain/wire/replication-messages';
import { decryptJson, encryptJson, keyedHash, type DataKeys } from './crypto/field-cipher';
import {
  deadlineKeyOf,
  type ActionDocType,
  type CaseHeadDocType,
  type DraftDocType,
} from './schemas/case-schemas';
import type { ReferenceDocType } from './schemas/reference-schemas';

/** An action as replicated: the CaseAction plus the server's verdict. */
export type WireAction = CaseAction & {
  status: ActionDocType['status'];
  rejection: ActionDocType['rejection'];
  serverTime: string | null;
};

/** The ID number (居民身份证号码 or 统一社会信用代码) that identifies an applicant. */
export function applicantIdentifier(applicant: Applicant): string {
  return applicant.kind === 'person' ? applicant.idNumber : applicant.creditCode;
}

type CaseParty = Pick<CaseHead, 'applicant' | 'proxy' | 'fields'>;

export async function sealCaseHead(keys: DataKeys, head: CaseHead): Promise<CaseHeadDocType> {
  const { applicant, proxy, fields, ...rest } = head;
  const party: CaseParty = { applicant, proxy, fields };
  return {
    id: head.id,
    receiptNo: head.receiptNo,
    regionCode: head.regionCode,
    status: head.status,
    deadlineKey: deadlineKeyOf(head.deadline),
    applicantIdHash: await keyedHash(keys.hashKey, applicantIdentifier(applicant)),
    updatedAt: head.updatedAt,
    head: rest,
    partyCipher: await encryptJson(keys.dataKey, party),
  };
}

export async function openCaseHead(keys: DataKeys, doc: CaseHeadDocType): Promise<CaseHead> {
  const party = await decryptJson<CaseParty>(keys.dataKey, doc.partyCipher);
  return { ...(doc.head as Omit<CaseHead, keyof CaseParty>), ...party };
}

export async function sealAction(keys: DataKeys, action: WireAction): Promise<ActionDocType> {
  const hash =
    action.type === 'submit'
      ? await keyedHash(keys.hashKey, applicantIdentifier(action.payload.applicant))
      : '';
  return {
    id: action.id,
    caseId: action.caseId,
    regionCode: action.regionCode,
    type: action.type,
    actorId: action.actorId,
    actorName: action.actorName,
    actorRole: action.actorRole,
    deviceId: action.deviceId,
    clientTime: action.clientTime,
    status: action.status,
    rejection: action.rejection,
    serverTime: action.serverTime,
    applicantIdHash: hash,
    payloadCipher: await encryptJson(keys.dataKey, action.payload),
  };
}

export async function openAction(keys: DataKeys, doc: ActionDocType): Promise<WireAction> {
  const payload = await decryptJson<CaseAction['payload']>(keys.dataKey, doc.payloadCipher);
  return {
    id: doc.id,
    caseId: doc.caseId,
    regionCode: doc.regionCode,
    type: doc.type,
    actorId: doc.actorId,
    actorName: doc.actorName,
    actorRole: doc.actorRole,
    deviceId: doc.deviceId,
    clientTime: doc.clientTime,
    status: doc.status,
    rejection: doc.rejection,
    serverTime: doc.serverTime,
    payload,
  } as WireAction;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A reference record (region, user, catalogue item, holiday schedule) with its local id. */
export function toReferenceDoc(
  collection: Exclude<SyncedCollection, 'caseHeads' | 'actions' | 'consultations'>,
  data: Record<string, unknown>,
): ReferenceDocType {
  const { _deleted: _ignored, ...record } = data;
  switch (collection) {
    case 'regions':
      return { id: text(record.id ?? record.code), regionCode: text(record.code), data: record };
    case 'users':
      return { id: text(record.id), regionCode: text(record.scope), data: record };
    case 'catalogue':
      return {
        id: text(record.id ?? `${text(record.code)}@${text(record.version)}`),
        regionCode: '',
        data: record,
      };
    case 'holidays':
      return { id: text(record.id ?? record.year), regionCode: '', data: record };
  }
}

/** A consultation as the server sent it, without RxDB's fields. */
export function toConsultationDoc(data: Record<string, unknown>): Consultation {
  const { _deleted: _ignored, ...record } = data;
  return record as Consultation;
}

/** A draft as the intake keeps it (opaque here: the intake's schema checks it when read). */
export interface DraftRecord {
  id: string;
  /** The village station it was taken at. */
  regionCode: string;
  itemCode: string;
  updatedAt: string;
  /** The applicant's ID number so far ('' when not typed yet): only its keyed hash is stored. */
  applicantId: string;
  data: unknown;
}

export async function sealDraft(keys: DataKeys, draft: DraftRecord): Promise<DraftDocType> {
  return {
    id: draft.id,
    regionCode: draft.regionCode,
    itemCode: draft.itemCode,
    updatedAt: draft.updatedAt,
    applicantIdHash: draft.applicantId.trim() ? await keyedHash(keys.hashKey, draft.applicantId) : '',
    dataCipher: await encryptJson(keys.dataKey, draft.data),
  };
}

/** The draft's data (throws when it was not sealed with these keys). */
export function openDraft(keys: DataKeys, doc: DraftDocType): Promise<unknown> {
  return decryptJson<unknown>(keys.dataKey, doc.dataCipher);
}
