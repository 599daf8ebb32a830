/**
 * The case's 办理过程 as the reviewer sees it: the steps the server accepted, this device's steps still
 * waiting to upload (待上传), and the reviewer's own steps the server refused (未被采纳) with the reason and
 * what came first — so a refused action is explained and its content is never lost. Pure.
 */
import type { CaseAction, CaseHead, TimelineEntry } from '../../domain/case/case-types';
import { timelineSummaryOf } from '../../domain/case/timeline-summary';
import type { Role } from '../../domain/roles';

/** An action as the device holds it: the record and the server's verdict. */
export type LocalAction = CaseAction & {
  status: 'pending' | 'accepted' | 'rejected';
  rejection: { code: string; reason: string } | null;
  serverTime: string | null;
};

export interface TimelineItem {
  id: string;
  type: CaseAction['type'];
  actorName: string;
  actorRole: Role;
  /** Server time of an accepted step; the device's time of a pending or refused one. */
  at: string;
  summary: string;
  state: 'done' | 'pending' | 'refused';
  /** The server's reason, for a refused step. */
  reason: string | null;
}

export interface Refusal {
  action: LocalAction;
  reason: string;
  /** What the refused step would have recorded (its content, kept). */
  summary: string;
  /** The step by someone else that the server applied first (why the case had moved on), or null. */
  cause: { type: CaseAction['type']; actorName: string; at: string } | null;
}

/** Milliseconds of an ISO time (times from the server and the device may differ in offset). */
function msOf(time: string | null): number {
  const ms = time === null ? Number.NaN : Date.parse(time);
  return Number.isNaN(ms) ? 0 : ms;
}

function summaryOf(action: CaseAction, head: CaseHead): string {
  try {
    return timelineSummaryOf(action, head);
  } catch {
    return '';
  }
}

/** The user's own refused actions on the case, oldest first, each with the step that came first. */
export function refusalsOf(head: CaseHead, actions: readonly LocalAction[], userId: string): Refusal[] {
  const accepted = actions
    .filter((a) => a.status === 'accepted' && a.serverTime !== null)
    .sort((a, b) => msOf(a.serverTime) - msOf(b.serverTime));
  return actions
    .filter((a) => a.status === 'rejected' && a.actorId === userId)
    .sort((a, b) => msOf(a.serverTime ?? a.clientTime) - msOf(b.serverTime ?? b.clientTime))
    .map((action) => {
      const before = accepted.filter(
        (a) =>
          a.actorId !== userId &&
          (action.serverTime === null || msOf(a.serverTime) <= msOf(action.serverTime)),
      );
      const last = before.at(-1);
      return {
        action,
        reason: action.rejection?.reason ?? '',
        summary: summaryOf(action, head),
        cause:
          last === undefined
            ? null
            : { type: last.type, actorName: last.actorName, at: last.serverTime ?? '' },
      };
    });
}

/** The timeline: accepted and pending steps from the head as shown, plus the user's refused steps, by time. */
export function reviewTimelineOf(
  head: CaseHead,
  actions: readonly LocalAction[],
  userId: string,
): TimelineItem[] {
  const statusOf = new Map(actions.map((a) => [a.id, a.status]));
  const fromHead = head.timeline.map((entry: TimelineEntry): TimelineItem => ({
    id: entry.actionId,
    type: entry.type,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    at: entry.at,
    summary: entry.summary,
    state: statusOf.get(entry.actionId) === 'pending' ? 'pending' : 'done',
    reason: null,
  }));
  const refused = refusalsOf(head, actions, userId).map(({ action, reason, summary }): TimelineItem => ({
    id: action.id,
    type: action.type,
    actorName: action.actorName,
    actorRole: action.actorRole,
    at: action.serverTime ?? action.clientTime,
    summary,
    state: 'refused',
    reason,
  }));
  const byTime = (a: TimelineItem, b: TimelineItem) => msOf(a.at) - msOf(b.at);
  return [...fromHead, ...refused].sort(byTime);
}
