/**
 * The case reducer: folds immutable action records (办理环节) into the case head (办件).
 *
 * The same function runs on the server (the authority, in server order, with server time) and on the
 * tablet (an optimistic view of its own not-yet-acknowledged actions). It never throws: every refusal is a
 * Rejection with a Chinese reason, kept and shown to the action's author.
 */
import { instantOf, chinaDateOf } from '../calendar/china-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import { isWithinJurisdiction } from '../region/region-code';
import { type Actor, actorSchema, ROLE_NAMES_ZH } from '../roles';
import { ACTION_NAMES_ZH, CASE_STATUS_NAMES_ZH } from './case-names';
import {
  ACTION_TYPES,
  type ActionType,
  type CaseAction,
  type CaseHead,
  parseCaseAction,
  type Rejection,
  type RejectionCode,
} from './case-types';
import {
  CASE_TRANSITIONS,
  handlingLevelOf,
  isAllowedFrom,
  rolesAllowed,
  TRANSITION_GUARDS,
} from './case-transitions';
import { nextHead } from './next-head';
import { payloadProblemOf } from './payload-problem';

export interface ReducerContext {
  /** The authenticated actor: on the server from the token, on the client from the session. */
  actor: Actor;
  /** ISO time with offset: server time on the server. Sets every time and date on the head. */
  now: string;
  calendar: WorkingDayCalendar;
}

export type ReduceResult = { ok: true; head: CaseHead } | { ok: false; rejection: Rejection };

/** Reason prefix of the rejection returned when the reducer itself fails (a bug; tests prove it never does). */
export const INTERNAL_ERROR_REASON = '系统内部错误，未能处理该办理环节';

function reject(code: RejectionCode, reason: string): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { code, reason } };
}

function roleListZh(type: ActionType, head: CaseHead | null): string {
  const roles = rolesAllowed(type, handlingLevelOf(head));
  return roles.length === 0 ? '无人' : roles.map((r) => ROLE_NAMES_ZH[r]).join('或');
}

/** Why the status (and guards) do not allow the action now, or null. */
function transitionProblemOf(head: CaseHead | null, type: ActionType): string | null {
  if (!isAllowedFrom(type, head?.status ?? null)) {
    const status = head === null ? '办件不存在' : CASE_STATUS_NAMES_ZH[head.status];
    return `「${status}」状态下不能「${ACTION_NAMES_ZH[type]}」`;
  }
  const guard = TRANSITION_GUARDS[type];
  return head !== null && guard !== undefined ? guard(head) : null;
}

function reduce(head: CaseHead | null, value: CaseAction, ctx: ReducerContext): ReduceResult {
  // 1. the record itself
  const parsed = parseCaseAction(value);
  if (!parsed.ok) return reject('invalid_action', `办理环节记录格式不正确（${parsed.message}）`);
  const action = parsed.action;
  const now = typeof ctx.now === 'string' && instantOf(ctx.now) !== null ? ctx.now : null;
  if (now === null) return reject('invalid_action', '服务器时间无效，无法记录办理时间');

  // 2. who: the record must name the authenticated actor
  const actorParsed = actorSchema.safeParse(ctx.actor);
  if (!actorParsed.success) return reject('forbidden_role', '无法确认当前登录用户的身份');
  const actor = actorParsed.data;
  if (action.actorId !== actor.userId || action.actorRole !== actor.role) {
    return reject('forbidden_role', '办理环节记录的操作人与当前登录用户不一致');
  }

  // 3. where: the case must lie inside the actor's jurisdiction (checked before revealing whether it exists)
  const regionCode = head?.regionCode ?? action.regionCode;
  if (!isWithinJurisdiction(actor.scope, regionCode)) {
    return reject('out_of_jurisdiction', '该办件不在您的管辖范围内');
  }

  // An action already on the timeline (a replay, or the tablet's pending copy of an acknowledged action) is a no-op.
  const applied = head?.timeline.find((e) => e.actionId === action.id);
  if (head !== null && applied !== undefined) {
    const isSame =
      applied.type === action.type && action.caseId === head.id && action.regionCode === head.regionCode;
    return isSame ? { ok: true, head } : reject('invalid_action', '办理环节编号重复');
  }

  // 4. which case
  if (action.type === 'submit' && head !== null) return reject('case_exists', '该办件已存在，不能重复提交');
  if (action.type !== 'submit' && head === null) return reject('case_not_found', '办件不存在或尚未同步');
  if (head !== null && (action.caseId !== head.id || action.regionCode !== head.regionCode)) {
    return reject('invalid_action', '办理环节记录的办件编号或行政区划与办件不符');
  }

  // 5. role at the level handling the case
  if (!rolesAllowed(action.type, handlingLevelOf(head)).includes(actor.role)) {
    return reject(
      'forbidden_role',
      `${ROLE_NAMES_ZH[actor.role]}不能「${ACTION_NAMES_ZH[action.type]}」（由${roleListZh(action.type, head)}办理）`,
    );
  }

  // 6. the lifecycle
  const transitionProblem = transitionProblemOf(head, action.type);
  if (transitionProblem !== null) return reject('illegal_transition', transitionProblem);

  // 7. the payload against the case
  const payloadProblem = payloadProblemOf(head, action);
  if (payloadProblem !== null) return reject('invalid_payload', payloadProblem);

  return {
    ok: true,
    head: nextHead(head, action, { actor, now, today: chinaDateOf(now), calendar: ctx.calendar }),
  };
}

function describeError(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 200);
  } catch {
    return '未知错误';
  }
}

/** Applies one action to a head (null: no case yet). Never throws. */
export function applyAction(head: CaseHead | null, action: CaseAction, ctx: ReducerContext): ReduceResult {
  try {
    return reduce(head, action, ctx);
  } catch (error) {
    return reject('invalid_action', `${INTERNAL_ERROR_REASON}（${describeError(error)}）`);
  }
}

export type FoldContext = Omit<ReducerContext, 'actor'> & {
  /** The authenticated author of each action (on the server: as recorded when it was pushed). */
  actorOf(action: CaseAction): Actor;
  /** Server time each action was received, when rebuilding a head from the log; defaults to `now`. */
  nowOf?: (action: CaseAction) => string;
};

export interface FoldResult {
  head: CaseHead | null;
  rejected: { action: CaseAction; rejection: Rejection }[];
}

/** Folds actions in order; a rejected action leaves the head unchanged and is reported. Never throws. */
export function foldActions(actions: readonly CaseAction[], ctx: FoldContext): FoldResult {
  let head: CaseHead | null = null;
  const rejected: FoldResult['rejected'] = [];
  for (const action of actions) {
    let result: ReduceResult;
    try {
      const now = ctx.nowOf?.(action) ?? ctx.now;
      result = applyAction(head, action, { actor: ctx.actorOf(action), now, calendar: ctx.calendar });
    } catch {
      result = reject('forbidden_role', '无法确认该办理环节的操作人');
    }
    if (result.ok) head = result.head;
    else rejected.push({ action, rejection: result.rejection });
  }
  return { head, rejected };
}

/**
 * The actions the actor may take on the case now (null: may start a case), for showing only legal
 * buttons. Considers role, jurisdiction, status and guards; the payload is checked when the action is applied.
 */
export function allowedActions(head: CaseHead | null, actor: Actor): ActionType[] {
  const parsed = actorSchema.safeParse(actor);
  if (!parsed.success) return [];
  const { role, scope } = parsed.data;
  if (head !== null && !isWithinJurisdiction(scope, head.regionCode)) return [];
  const level = handlingLevelOf(head);
  return ACTION_TYPES.filter(
    (type) =>
      CASE_TRANSITIONS[type].roles[level].some((r) => r === role) && transitionProblemOf(head, type) === null,
  );
}
