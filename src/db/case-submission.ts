/**
 * A submitted intake on the device: the `submit` action (sealed, status 'pending', so the sync engine
 * pushes it), the optimistic case head (replaced by the head the server sends back), the receipt's extras
 * (station name and 容缺 notes, which the payload does not carry; sealed in `meta`) and the case's files
 * marked as waiting to upload.
 */
import type { CaseAction, CaseHead } from '../domain/case/case-types';
import { decryptJson, encryptJson, type DataKeys } from './crypto/field-cipher';
import type { DaibanDatabase } from './daiban-database';
import { createFileStore } from './file-store';
import { openAction, sealAction, sealCaseHead, type WireAction } from './record-sealing';

export type SubmitAction = Extract<CaseAction, { type: 'submit' }>;

/** What the receipt needs besides the payload. */
export interface ReceiptExtras {
  stationName: string;
  deferred: Array<{ materialId: string; note: string }>;
}

export interface Submission {
  action: SubmitAction;
  /** The head the reducer makes of the action on the device, or null when it refused it. */
  optimisticHead: CaseHead | null;
  fileHashes: readonly string[];
  extras: ReceiptExtras;
}

const receiptMetaId = (receiptNo: string) => `receipt:${receiptNo}`;

export async function recordSubmission(db: DaibanDatabase, keys: DataKeys, submission: Submission) {
  const { action, optimisticHead, fileHashes, extras } = submission;
  await db.meta.upsert({
    id: receiptMetaId(action.payload.receiptNo),
    value: { caseId: action.caseId, sealed: await encryptJson(keys.dataKey, extras) },
  });
  const wire: WireAction = { ...action, status: 'pending', rejection: null, serverTime: null };
  await db.actions.insert(await sealAction(keys, wire));
  if (optimisticHead && !(await db.caseHeads.findOne(optimisticHead.id).exec())) {
    // Local only (caseHeads are pull-only): the server's head for the same id replaces it.
    await db.caseHeads.insert(await sealCaseHead(keys, optimisticHead)).catch(() => undefined);
  }
  await createFileStore(db, keys).markWaiting(fileHashes, action.caseId);
}

export interface StoredSubmission {
  action: WireAction & { type: 'submit' };
  extras: ReceiptExtras | null;
}

async function caseIdOf(db: DaibanDatabase, keys: DataKeys, receiptNo: string) {
  const meta = await db.meta.findOne(receiptMetaId(receiptNo)).exec();
  const value = meta?.toJSON().value as { caseId?: unknown; sealed?: unknown } | undefined;
  if (typeof value?.caseId === 'string' && typeof value.sealed === 'string') {
    const extras = await decryptJson<ReceiptExtras>(keys.dataKey, value.sealed).catch(() => null);
    return { caseId: value.caseId, extras };
  }
  const head = await db.caseHeads.findOne({ selector: { receiptNo } }).exec();
  return head ? { caseId: head.id, extras: null } : null;
}

/** The submit action (opened) of the case with that receipt number, or null when it is not on the device. */
export async function loadSubmission(
  db: DaibanDatabase,
  keys: DataKeys,
  receiptNo: string,
): Promise<StoredSubmission | null> {
  const found = await caseIdOf(db, keys, receiptNo);
  if (!found) return null;
  const doc = await db.actions.findOne({ selector: { caseId: found.caseId, type: 'submit' } }).exec();
  if (!doc) return null;
  const action = await openAction(keys, doc.toJSON());
  return action.type === 'submit' ? { action, extras: found.extras } : null;
}

export interface SubmittedCaseLine {
  caseId: string;
  receiptNo: string;
  applicantName: string;
  itemName: string;
  clientTime: string;
  status: WireAction['status'];
}

/** The cases submitted from this station on this device, newest first (for the station's home). */
export async function listSubmissions(
  db: DaibanDatabase,
  keys: DataKeys,
  options: { regionCode: string; deviceId: string; limit?: number },
): Promise<SubmittedCaseLine[]> {
  const { regionCode, deviceId, limit = 20 } = options;
  const docs = (await db.actions.find({ selector: { regionCode, type: 'submit' } }).exec())
    .map((doc) => doc.toJSON())
    .filter((doc) => doc.deviceId === deviceId)
    .sort((a, b) => b.clientTime.localeCompare(a.clientTime))
    .slice(0, limit);
  const lines = await Promise.all(
    docs.map(async (doc) => {
      const action = await openAction(keys, doc).catch(() => null);
      if (action?.type !== 'submit') return null;
      return {
        caseId: action.caseId,
        receiptNo: action.payload.receiptNo,
        applicantName: action.payload.applicant.name,
        itemName: action.payload.item.name,
        clientTime: action.clientTime,
        status: action.status,
      };
    }),
  );
  return lines.filter((line) => line !== null);
}
