/**
 * The effect of an accepted action on the case head. Called only after every check has passed; returns a
 * new head and never mutates the old one. Times come from the server clock (env.now), never the device's.
 */
import type { Actor } from '../roles';
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import { caseDeadlineOf } from './case-deadline';
import { statusAfter } from './case-transitions';
import type { ActionPayload, CaseAction, CaseHead, Pause } from './case-types';
import { timelineSummaryOf } from './timeline-summary';

export type ActionOf<T extends CaseAction['type']> = Extract<CaseAction, { type: T }>;

export interface NextHeadEnv {
  /** the authenticated actor */
  actor: Actor;
  /** server time (ISO) */
  now: string;
  /** China date of `now` */
  today: IsoDate;
  calendar: WorkingDayCalendar;
}

/** Closes every open pause on `today` (never before the day it began). */
function closePauses(pauses: readonly Pause[], today: IsoDate): Pause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: today < p.from ? p.from : today } : p));
}

/** 补正提交: a resupplied material replaces what was received for it before. */
function mergeMaterials(
  current: CaseHead['materials'],
  supplied: ActionPayload<'resubmit'>['materials'],
): CaseHead['materials'] {
  const replaced = new Set(supplied.map((m) => m.materialId));
  return [...current.filter((m) => !replaced.has(m.materialId)), ...supplied];
}

function createHead(action: ActionOf<'submit'>, env: NextHeadEnv): CaseHead {
  const p = action.payload;
  return {
    id: action.caseId,
    receiptNo: p.receiptNo,
    regionCode: action.regionCode,
    item: p.item,
    applicant: p.applicant,
    proxy: p.proxy,
    fields: p.fields,
    materials: p.materials,
    authorisationSignature: p.authorisationSignature,
    status: 'submitted',
    handlingLevel: 'township',
    createdBy: env.actor.userId,
    submittedAt: env.now,
    receivedAt: null,
    acceptedAt: null,
    deadline: null,
    statusBeforeSuspension: null,
    pauses: [],
    extensionDays: 0,
    correctionNotice: null,
    refusalReason: null,
    decision: null,
    delivery: null,
    evaluation: null,
    withdrawnReason: null,
    timeline: [],
    updatedAt: env.now,
  };
}

/** The fields an action changes (status and bookkeeping are added by nextHead). */
function changesOf(head: CaseHead, action: CaseAction, env: NextHeadEnv): Partial<CaseHead> {
  const { now, today, calendar } = env;
  switch (action.type) {
    case 'submit':
      return {};
    case 'receive':
      return { receivedAt: now };
    case 'request_correction': {
      const { items, note } = action.payload;
      // 补齐补正: the clock pauses from today until the materials arrive
      const pause: Pause = {
        kind: 'correction',
        from: today,
        to: null,
        reason: `一次性告知补正 ${items.length} 项`,
      };
      return {
        pauses: [...head.pauses, pause],
        correctionNotice: { items, note, issuedAt: now, issuedBy: env.actor.name },
      };
    }
    case 'resubmit':
      return {
        pauses: closePauses(head.pauses, today),
        materials: mergeMaterials(head.materials, action.payload.materials),
      };
    case 'refuse':
      return { pauses: closePauses(head.pauses, today), refusalReason: action.payload.reason };
    case 'accept': {
      const accepted = { ...head, acceptedAt: now };
      return { acceptedAt: now, deadline: caseDeadlineOf(accepted, calendar) };
    }
    case 'forward':
      // 转报: the district receives the case afresh
      return { handlingLevel: 'district', receivedAt: null };
    case 'review':
      return {};
    case 'suspend': {
      const pause: Pause = { kind: 'suspension', from: today, to: null, reason: action.payload.reason };
      // The deadline keeps its last value while the clock is stopped; 恢复 recomputes it.
      return { pauses: [...head.pauses, pause], statusBeforeSuspension: head.status };
    }
    case 'resume': {
      const pauses = closePauses(head.pauses, today);
      return {
        pauses,
        statusBeforeSuspension: null,
        deadline: caseDeadlineOf({ ...head, pauses }, calendar),
      };
    }
    case 'extend': {
      const extensionDays = head.extensionDays + action.payload.days;
      return { extensionDays, deadline: caseDeadlineOf({ ...head, extensionDays }, calendar) };
    }
    case 'decide': {
      const { outcome, documentNo, reason, file } = action.payload;
      return { decision: { outcome, documentNo, reason, file, decidedAt: now } };
    }
    case 'deliver': {
      const { method, signature } = action.payload;
      return { delivery: { method, signature, deliveredAt: now } };
    }
    case 'archive':
      return {};
    case 'withdraw':
      return {
        pauses: closePauses(head.pauses, today),
        statusBeforeSuspension: null,
        withdrawnReason: action.payload.reason,
      };
    case 'evaluate': {
      const { level, reason, channel } = action.payload;
      return { evaluation: { level, reason, channel, evaluatedAt: now } };
    }
  }
}

/** The head after an accepted action (null head: the action is a submit), with its timeline entry. */
export function nextHead(head: CaseHead | null, action: CaseAction, env: NextHeadEnv): CaseHead {
  const base = head ?? (action.type === 'submit' ? createHead(action, env) : null);
  if (base === null) throw new Error(`nextHead: no case for ${action.type}`);
  const changed: CaseHead = {
    ...base,
    ...changesOf(base, action, env),
    status: statusAfter(action.type, head),
    updatedAt: env.now,
  };
  const entry = {
    actionId: action.id,
    type: action.type,
    actorName: env.actor.name,
    actorRole: env.actor.role,
    at: env.now,
    summary: timelineSummaryOf(action, changed),
  };
  return { ...changed, timeline: [...base.timeline, entry] };
}
