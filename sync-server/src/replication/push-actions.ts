/**
 * Pushed actions (办理环节): the server is the authority. Each row, in ONE transaction: lock the case head,
 * skip an id already stored (or answer the stored one as a conflict when the content differs), fold the
 * action through the shared reducer with the actor from the access token and server time, store it
 * (accepted, or rejected with its reason: never dropped) and upsert the head.
 */
import { z } from 'zod';
import { applyAction } from '../../../src/domain/case/case-reducer';
import {
  parseCaseAction,
  type CaseAction,
  type CaseHead,
  type Rejection,
} from '../../../src/domain/case/case-types';
import { isWithinJurisdiction } from '../../../src/domain/region/region-code';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { ActionRecord, NewActionRecord, Store, StoreOps } from '../store/store';
import { canonicalJson, withoutServerFields } from './canonical-json';
import type { PushContext, RowOutcome } from './push-context';
import { actionDocumentOf } from './replication-documents';

const SERVER_FIELDS = ['status', 'rejection', 'serverTime', 'seq'] as const;
const idPattern = /^[A-Za-z0-9_-]{8,64}$/;

/** What a row needs before anything is written: ids and the region it claims (checked against the scope). */
const actionEnvelopeSchema = z.looseObject({
  id: z.string().regex(idPattern),
  caseId: z.string().regex(idPattern),
  regionCode: z.string().regex(/^\d{12}$/),
});

export interface PreparedAction {
  id: string;
  caseId: string;
  regionCode: string;
  /** The record without server/RxDB fields, as pushed. */
  raw: Record<string, unknown>;
  /** The verdict the device holds for it ('pending' until it has heard the server's). */
  pushedStatus: unknown;
  parsed: { ok: true; action: CaseAction } | { ok: false; message: string };
}

/** The same 403 for every out-of-jurisdiction push, whether or not the case exists. */
export const outOfJurisdiction = () => new ApiHttpError(403, 'forbidden');

/** Validates the envelope and the jurisdiction of a row; throws 400 / 403 before anything is written. */
export function prepareAction(document: Record<string, unknown>, scope: string): PreparedAction {
  const raw = withoutServerFields(document, SERVER_FIELDS);
  const envelope = parseWith(actionEnvelopeSchema, raw);
  if (!isWithinJurisdiction(scope, envelope.regionCode)) throw outOfJurisdiction();
  return {
    id: envelope.id,
    caseId: envelope.caseId,
    regionCode: envelope.regionCode,
    raw,
    pushedStatus: document.status,
    parsed: parseCaseAction(raw),
  };
}

function sameContent(stored: ActionRecord, pushed: PreparedAction): boolean {
  const content = pushed.parsed.ok ? pushed.parsed.action : pushed.raw;
  return canonicalJson(stored.action) === canonicalJson(content);
}

/** The verdict on a new action; `head` is the case head the action applies to (null: none visible). */
function verdictOf(
  head: CaseHead | null,
  isHeadVisible: boolean,
  prepared: PreparedAction,
  ctx: PushContext,
): { head: CaseHead | null; rejection: Rejection | null } {
  if (!prepared.parsed.ok)
    return {
      head,
      rejection: { code: 'invalid_action', reason: `办理环节记录格式不正确（${prepared.parsed.message}）` },
    };
  if (head !== null && !isHeadVisible) {
    // A case id used outside the caller's jurisdiction: answer as if it did not exist.
    return prepared.parsed.action.type === 'submit'
      ? { head: null, rejection: { code: 'invalid_action', reason: '办件编号不可用，请重新登记' } }
      : { head: null, rejection: { code: 'case_not_found', reason: '办件不存在或尚未同步' } };
  }
  const { user } = ctx;
  const result = applyAction(head, prepared.parsed.action, {
    actor: { userId: user.id, name: user.name, role: user.role, scope: user.scope },
    now: ctx.now,
    calendar: ctx.calendar,
  });
  return result.ok ? { head: result.head, rejection: null } : { head, rejection: result.rejection };
}

/** Whether a stored action may be answered to this caller (its jurisdiction, or its own record). */
const isStoredVisible = (stored: ActionRecord, ctx: PushContext) =>
  isWithinJurisdiction(ctx.user.scope, stored.regionCode) || stored.authorId === ctx.user.id;

/**
 * Refuses (403, before any row of the batch is written) a row whose id is already stored with other content
 * outside the caller's jurisdiction. pushOne checks again inside its transaction.
 */
export async function checkActionId(store: Store, prepared: PreparedAction, ctx: PushContext): Promise<void> {
  const stored = await store.getAction(prepared.id);
  if (stored !== null && !sameContent(stored, prepared) && !isStoredVisible(stored, ctx))
    throw outOfJurisdiction();
}

async function pushOne(tx: StoreOps, prepared: PreparedAction, ctx: PushContext): Promise<RowOutcome> {
  const head = await tx.getCaseHeadForUpdate(prepared.caseId);
  const stored = await tx.getAction(prepared.id);
  if (stored !== null) {
    if (sameContent(stored, prepared)) {
      // A retry after a lost answer (or after the device skipped the streamed copy while its push was in
      // flight): the device still holds 'pending'. Answer the stored verdict, or it would never learn it —
      // its pull checkpoint may already be past this action's seq.
      return prepared.pushedStatus === stored.status
        ? { kind: 'unchanged' }
        : { kind: 'conflict', document: actionDocumentOf(stored) };
    }
    if (!isStoredVisible(stored, ctx)) throw outOfJurisdiction();
    return { kind: 'conflict', document: actionDocumentOf(stored) };
  }
  const isHeadVisible = head !== null && isWithinJurisdiction(ctx.user.scope, head.regionCode);
  const verdict = verdictOf(head, isHeadVisible, prepared, ctx);
  const action: CaseAction = prepared.parsed.ok
    ? prepared.parsed.action
    : // Kept as pushed so its author sees what was refused; never folded (status 'rejected').
      (prepared.raw as CaseAction);
  const record: NewActionRecord = {
    id: prepared.id,
    caseId: prepared.caseId,
    regionCode: prepared.regionCode,
    status: verdict.rejection === null ? 'accepted' : 'rejected',
    rejection: verdict.rejection,
    action,
    authorId: ctx.user.id,
    serverTime: ctx.now,
  };
  const inserted = await tx.insertAction(record);
  if (inserted.status === 'duplicate') return { kind: 'unchanged' };
  if (verdict.rejection === null && verdict.head !== null && verdict.head !== head) {
    await tx.upsertCaseHead({
      caseId: verdict.head.id,
      regionCode: verdict.head.regionCode,
      head: verdict.head,
      updatedAt: ctx.now,
    });
  }
  return {
    kind: 'inserted',
    rejected: verdict.rejection !== null,
    document: actionDocumentOf({ ...record, seq: inserted.seq }),
  };
}

/** Applies one prepared action in its own transaction. */
export function pushAction(store: Store, prepared: PreparedAction, ctx: PushContext): Promise<RowOutcome> {
  return store.transaction((tx) => pushOne(tx, prepared, ctx));
}
