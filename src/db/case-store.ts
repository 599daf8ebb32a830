/**
 * The cases (办件) on the device, opened with the data key: the heads the server sent, folded with this
 * device's own actions not yet acknowledged (optimistic view), the actions of one case (its timeline), and
 * recording a new action as a pending sealed record that the sync engine pushes.
 *
 * The optimistic head is never written to `caseHeads` (pull-only, the server's word): it is computed when
 * read, from the server head and the pending actions. An action the server refuses therefore drops out of
 * the view by itself, and the refused action stays visible with its reason.
 */
import type { Observable } from 'rxjs';
import { combineLatest, map } from 'rxjs';
import type { WorkingDayCalendar } from '../domain/calendar/working-day-calendar-type';
import { applyAction } from '../domain/case/case-reducer';
import type { CaseAction, CaseHead, Rejection } from '../domain/case/case-types';
import type { Actor } from '../domain/roles';
import { keyedHash, type DataKeys } from './crypto/field-cipher';
import type { DaibanDatabase } from './daiban-database';
import { openAction, openCaseHead, sealAction, type WireAction } from './record-sealing';
import type { ActionDocType, CaseHeadDocType } from './schemas/case-schemas';

/** A case as shown: the head (with pending actions applied) and whether some of its actions await upload. */
export interface LocalCase {
  head: CaseHead;
  /** Number of this device's actions on the case not yet acknowledged by the server. */
  pendingCount: number;
  /** The signed-in user's actions on the case that the server refused (shown to their author with the reason). */
  rejectedCount: number;
}

export interface CaseStoreOptions {
  calendar: WorkingDayCalendar;
  /** The signed-in user as the reducer's actor (the optimistic fold runs as the author of the actions). */
  actor: Actor;
}

/** Heads opened per step of the background warm-up (a few milliseconds of work each). */
const WARM_UP_CHUNK = 200;

/** Open heads are cached by id + updatedAt: decrypting thousands of heads on every change is the slow part. */
type HeadCache = Map<string, { updatedAt: string; head: CaseHead }>;

function byActionOrder(a: WireAction, b: WireAction): number {
  // Acknowledged actions in server order first; pending ones after them in the device's order.
  if (a.serverTime && b.serverTime)
    return a.serverTime.localeCompare(b.serverTime) || a.id.localeCompare(b.id);
  if (a.serverTime) return -1;
  if (b.serverTime) return 1;
  return a.clientTime.localeCompare(b.clientTime) || a.id.localeCompare(b.id);
}

/** The action record itself, without the server's verdict (status, rejection, serverTime). */
function caseActionOf(wire: WireAction): CaseAction {
  const { status: _status, rejection: _rejection, serverTime: _serverTime, ...action } = wire;
  // Removing the three verdict fields from a WireAction leaves the CaseAction it was built from.
  return action as CaseAction;
}

export function createCaseStore(db: DaibanDatabase, keys: DataKeys, options: CaseStoreOptions) {
  const cache: HeadCache = new Map();

  async function openHead(doc: CaseHeadDocType): Promise<CaseHead | null> {
    const cached = cache.get(doc.id);
    if (cached && cached.updatedAt === doc.updatedAt) return cached.head;
    const head = await openCaseHead(keys, doc).catch(() => null);
    if (head) cache.set(doc.id, { updatedAt: doc.updatedAt, head });
    return head;
  }

  /** Folds the pending actions (device order) onto the server head; an action the reducer refuses is skipped. */
  function foldPending(head: CaseHead | null, pending: readonly WireAction[]): CaseHead | null {
    let current = head;
    for (const wire of pending) {
      if (wire.type === 'submit' && current) continue; // the server already holds the case
      // The reducer parses the record strictly: the replication's verdict fields are not part of it.
      const action = caseActionOf(wire);
      const result = applyAction(current, action, {
        actor: { ...options.actor, userId: action.actorId, name: action.actorName, role: action.actorRole },
        now: action.clientTime,
        calendar: options.calendar,
      });
      if (result.ok) current = result.head;
    }
    return current;
  }

  async function openActions(docs: readonly ActionDocType[]): Promise<WireAction[]> {
    const opened = await Promise.all(docs.map((doc) => openAction(keys, doc).catch(() => null)));
    return opened.filter((action): action is WireAction => action !== null).sort(byActionOrder);
  }

  async function assemble(
    headDocs: readonly CaseHeadDocType[],
    unsettledDocs: readonly ActionDocType[],
  ): Promise<LocalCase[]> {
    const unsettled = await openActions(unsettledDocs);
    const pendingByCase = new Map<string, WireAction[]>();
    const rejectedByCase = new Map<string, number>();
    for (const action of unsettled) {
      if (action.status === 'rejected') {
        // A refusal is its author's to see: a colleague's refused action (pulled with the township) is not counted.
        if (action.actorId === options.actor.userId)
          rejectedByCase.set(action.caseId, (rejectedByCase.get(action.caseId) ?? 0) + 1);
      } else {
        pendingByCase.set(action.caseId, [...(pendingByCase.get(action.caseId) ?? []), action]);
      }
    }
    const heads = await Promise.all(headDocs.map(openHead));
    const cases: LocalCase[] = [];
    const seen = new Set<string>();
    for (const serverHead of heads) {
      if (!serverHead) continue;
      seen.add(serverHead.id);
      const pending = pendingByCase.get(serverHead.id) ?? [];
      const head = foldPending(serverHead, pending) ?? serverHead;
      cases.push({ head, pendingCount: pending.length, rejectedCount: rejectedByCase.get(head.id) ?? 0 });
    }
    // A case submitted on this device that has no head yet (its optimistic head was not stored).
    for (const [caseId, pending] of pendingByCase) {
      if (seen.has(caseId)) continue;
      const head = foldPending(null, pending);
      if (head)
        cases.push({ head, pendingCount: pending.length, rejectedCount: rejectedByCase.get(caseId) ?? 0 });
    }
    return cases;
  }

  const unsettledSelector = { status: { $in: ['pending', 'rejected'] } };

  return {
    /** Every case on the device, live (re-emitted on any change of heads or unsettled actions). */
    watchCases(): Observable<Promise<LocalCase[]>> {
      const heads$ = db.caseHeads.find().$;
      const unsettled$ = db.actions.find({ selector: unsettledSelector }).$;
      return combineLatest([heads$, unsettled$]).pipe(
        map(([heads, unsettled]) =>
          assemble(
            heads.map((doc) => doc.toJSON() as CaseHeadDocType),
            unsettled.map((doc) => doc.toJSON() as ActionDocType),
          ),
        ),
      );
    },

    /**
     * Opens every head on the device into the cache, a chunk at a time with a pause between chunks, so the
     * first list a user opens after unlock does not pay for decrypting thousands of heads (about 1 s at
     * 10,000). Stops when `shouldStop` says so (the vault locked) or the database closed.
     */
    async warmUp(shouldStop: () => boolean = () => false): Promise<number> {
      const docs = await db.caseHeads.find().exec();
      let opened = 0;
      for (let start = 0; start < docs.length; start += WARM_UP_CHUNK) {
        if (shouldStop() || db.closed) break;
        const chunk = docs.slice(start, start + WARM_UP_CHUNK);
        const heads = await Promise.all(chunk.map((doc) => openHead(doc.toJSON() as CaseHeadDocType)));
        opened += heads.filter((head) => head !== null).length;
        await new Promise<void>((resolve) => setTimeout(resolve, 0)); // let input and rendering through
      }
      return opened;
    },

    async listCases(): Promise<LocalCase[]> {
      const [heads, unsettled] = await Promise.all([
        db.caseHeads.find().exec(),
        db.actions.find({ selector: unsettledSelector }).exec(),
      ]);
      return assemble(
        heads.map((doc) => doc.toJSON() as CaseHeadDocType),
        unsettled.map((doc) => doc.toJSON() as ActionDocType),
      );
    },

    /** One case: the head as shown and every action of it on the device (timeline order), or null. */
    async loadCase(caseId: string): Promise<{ local: LocalCase; actions: WireAction[] } | null> {
      const [headDoc, actionDocs] = await Promise.all([
        db.caseHeads.findOne(caseId).exec(),
        db.actions.find({ selector: { caseId } }).exec(),
      ]);
      const actions = await openActions(actionDocs.map((doc) => doc.toJSON() as ActionDocType));
      const [local] = await assemble(
        headDoc ? [headDoc.toJSON() as CaseHeadDocType] : [],
        actionDocs.map((doc) => doc.toJSON() as ActionDocType).filter((doc) => doc.status !== 'accepted'),
      );
      return local ? { local, actions } : null;
    },

    /** Emits whenever the case's head or actions change (the screen calls loadCase again). */
    watchCaseChanges(caseId: string): Observable<unknown> {
      return combineLatest([db.caseHeads.findOne(caseId).$, db.actions.find({ selector: { caseId } }).$]);
    },

    /** Ids of the cases whose applicant has this ID number (居民身份证号码 or 统一社会信用代码). */
    async caseIdsByIdNumber(idNumber: string): Promise<Set<string>> {
      const hash = await keyedHash(keys.hashKey, idNumber.trim().toUpperCase());
      const [heads, submits] = await Promise.all([
        db.caseHeads.find({ selector: { applicantIdHash: hash } }).exec(),
        db.actions.find({ selector: { applicantIdHash: hash } }).exec(),
      ]);
      return new Set([...heads.map((doc) => doc.id), ...submits.map((doc) => doc.caseId)]);
    },

    /**
     * Checks the action against the case as shown (same reducer as the server) and stores it as pending.
     * Returns the refusal when the reducer refuses it: nothing is stored then.
     */
    async recordAction(
      action: CaseAction,
    ): Promise<{ ok: true; head: CaseHead } | { ok: false; rejection: Rejection }> {
      const current = await this.loadCase(action.caseId);
      const result = applyAction(current?.local.head ?? null, action, {
        actor: options.actor,
        now: action.clientTime,
        calendar: options.calendar,
      });
      if (!result.ok) return result;
      const wire: WireAction = { ...action, status: 'pending', rejection: null, serverTime: null };
      await db.actions.insert(await sealAction(keys, wire));
      return result;
    },
  };
}

export type CaseStore = ReturnType<typeof createCaseStore>;
