/**
 * The case lifecycle (办件流程) as a declarative table: for each action (办理环节), who may take it at
 * each handling level, from which statuses, and the status it leads to.
 *
 * The handling level (办理层级) decides who the "staff" of a case are: a township reviewer (乡镇审核员)
 * while the township handles it, a district supervisor (区综合行政服务中心) after 转报. The village
 * agent (代办员) acts for the applicant at both levels. Admins take no case actions.
 */
import type { Role } from '../roles';
import type { ActionType, CaseHead, CaseStatus } from './case-types';

export type CaseHandlingLevel = CaseHead['handlingLevel'];

export interface CaseTransition {
  /** Roles that may take the action, by the level handling the case (a new case starts at the township). */
  readonly roles: Readonly<Record<CaseHandlingLevel, readonly Role[]>>;
  /** Statuses the action may be taken from; 'none' = the action creates the case. */
  readonly from: readonly CaseStatus[] | 'none';
  /** Status after the action: 'unchanged', or 'before_suspension' = the status the case had before 挂起. */
  readonly to: CaseStatus | 'unchanged' | 'before_suspension';
}

const AGENT_ONLY = { township: ['agent'], district: ['agent'] } as const;
const STAFF = { township: ['reviewer'], district: ['supervisor'] } as const;
const AGENT_OR_STAFF = { township: ['agent', 'reviewer'], district: ['agent', 'supervisor'] } as const;

/** Every status before 办结 that is not final: the applicant may still withdraw (撤回). */
const BEFORE_DECISION = [
  'submitted',
  'received',
  'correction',
  'accepted',
  'under_review',
  'suspended',
] as const;
const IN_REVIEW = ['accepted', 'under_review'] as const;

export const CASE_TRANSITIONS = {
  // 提交/报送: the agent sends the application from the village station to the township
  submit: { roles: AGENT_ONLY, from: 'none', to: 'submitted' },
  // 收件: the handling level acknowledges receipt and checks the materials
  receive: { roles: STAFF, from: ['submitted'], to: 'received' },
  // 补齐补正: 一次性告知 of all missing items at once (行政许可法 §32); the clock pauses
  request_correction: { roles: STAFF, from: ['received'], to: 'correction' },
  // 补正提交: the agent brings the missing materials; the pause ends
  resubmit: { roles: AGENT_ONLY, from: ['correction'], to: 'received' },
  // 不予受理 (final)
  refuse: { roles: STAFF, from: ['received', 'correction'], to: 'not_accepted' },
  // 受理: the clock starts the day after
  accept: { roles: STAFF, from: ['received'], to: 'accepted' },
  // 转报: the township passes a district item on; the district receives it again
  forward: { roles: { township: ['reviewer'], district: [] }, from: ['received'], to: 'submitted' },
  // 审查意见: one or more review steps
  review: { roles: STAFF, from: IN_REVIEW, to: 'under_review' },
  // 挂起/特别程序 (§45): the clock stops
  suspend: { roles: STAFF, from: IN_REVIEW, to: 'suspended' },
  // 恢复: back to the status before 挂起
  resume: { roles: STAFF, from: ['suspended'], to: 'before_suspension' },
  // 延长 (§42): adds working days to the deadline
  extend: { roles: STAFF, from: IN_REVIEW, to: 'unchanged' },
  // 办结: 准予 or 不予, with the 结果文书 number
  decide: { roles: STAFF, from: IN_REVIEW, to: 'decided' },
  // 送达: the result handed back at the station (§44)
  deliver: { roles: AGENT_ONLY, from: ['decided'], to: 'delivered' },
  // 归档: after 送达, and the 不予受理 file too (its 不予受理通知书 is a document to keep)
  archive: { roles: AGENT_OR_STAFF, from: ['delivered', 'not_accepted'], to: 'archived' },
  // 撤回: by the applicant through the agent, or recorded by the staff; any time before 办结
  withdraw: { roles: AGENT_OR_STAFF, from: BEFORE_DECISION, to: 'withdrawn' },
  // 好差评: once per case, after 送达 (or after 不予受理: 评价阶段 受理)
  evaluate: { roles: AGENT_ONLY, from: ['delivered', 'archived', 'not_accepted'], to: 'unchanged' },
} as const satisfies Record<ActionType, CaseTransition>;

/** Conditions beyond the status (still "not allowed now" → illegal_transition): the reason, or null. */
export const TRANSITION_GUARDS: Partial<Record<ActionType, (head: CaseHead) => string | null>> = {
  forward: (head) =>
    head.item.handledAt !== 'district'
      ? `事项「${head.item.name}」由乡镇办理，不需转报区级`
      : head.handlingLevel === 'district'
        ? '该办件已转报区级'
        : null,
  evaluate: (head) => (head.evaluation === null ? null : '该办件已评价，每件只评价一次'),
};

/** Level a case is handled at (a case not yet created starts at the township). */
export function handlingLevelOf(head: CaseHead | null): CaseHandlingLevel {
  return head?.handlingLevel ?? 'township';
}

export function rolesAllowed(type: ActionType, level: CaseHandlingLevel): readonly Role[] {
  return CASE_TRANSITIONS[type].roles[level];
}

/** Whether the status allows the action (the table only; guards are separate). */
export function isAllowedFrom(type: ActionType, status: CaseStatus | null): boolean {
  const { from } = CASE_TRANSITIONS[type];
  if (from === 'none') return status === null;
  return status !== null && from.some((s) => s === status);
}

/** The status after the action, given the current head (null for a new case). */
export function statusAfter(type: ActionType, head: CaseHead | null): CaseStatus {
  const { to }: CaseTransition = CASE_TRANSITIONS[type];
  if (to === 'before_suspension') return head?.statusBeforeSuspension ?? 'accepted';
  if (to === 'unchanged') return head?.status ?? 'submitted';
  return to;
}
