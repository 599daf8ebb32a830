/**
 * 今日待办 on the station's home: the cases that wait for the agent — 待补正 (the township's 一次性告知),
 * 待送达 (decided, result to hand back), 临近期限 (黄灯 / 红灯 while still open: chase the township) and
 * 待评价 (handed back, not rated yet). Pure; the lights come with the cases (features/cases/case-light).
 */
import { isNearOrOverdue } from '../cases/case-light';
import { isAwaitingRating, type ListedCase } from '../cases/case-list-filter';

export interface TodaysWork {
  corrections: ListedCase[];
  toDeliver: ListedCase[];
  nearDeadline: ListedCase[];
  toEvaluate: ListedCase[];
}

const oldestFirst = (at: (c: ListedCase) => string) => (a: ListedCase, b: ListedCase) =>
  at(a).localeCompare(at(b)) || a.head.id.localeCompare(b.head.id);

/** Remaining working days, red (overdue) first: the most urgent on top. */
function urgency(c: ListedCase): number {
  return c.light.light === 'red' ? -1 - c.light.overdueWorkingDays : (c.light.remainingWorkingDays ?? 99);
}

export function todaysWorkOf(cases: readonly ListedCase[]): TodaysWork {
  const corrections = cases
    .filter((c) => c.head.status === 'correction')
    .sort(oldestFirst((c) => c.head.correctionNotice?.issuedAt ?? c.head.updatedAt));
  const toDeliver = cases
    .filter((c) => c.head.status === 'decided')
    .sort(oldestFirst((c) => c.head.decision?.decidedAt ?? c.head.updatedAt));
  const nearDeadline = cases
    .filter((c) => c.head.status !== 'decided' && isNearOrOverdue(c.light))
    .sort((a, b) => urgency(a) - urgency(b) || a.head.id.localeCompare(b.head.id));
  const toEvaluate = cases
    .filter((c) => isAwaitingRating(c.head))
    .sort(oldestFirst((c) => c.head.delivery?.deliveredAt ?? c.head.updatedAt));
  return { corrections, toDeliver, nearDeadline, toEvaluate };
}
