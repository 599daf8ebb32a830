/**
 * The township review queue (乡镇审核台 待办): which cases of the township's villages wait for the reviewer,
 * their 电子监察 light, what they are due by, and in which order to work through them. Pure: the cases, the
 * day and the calendar come in, nothing is read from a clock.
 */
import { chinaDateOf } from '../../domain/calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import { promisedWorkingDaysOf } from '../../domain/case/case-deadline';
import type { CaseHead, CaseStatus } from '../../domain/case/case-types';
import { correctionNoticeDue } from '../../domain/supervision/correction-notice-due';
import { supervisionLight, type SupervisionLightResult } from '../../domain/supervision/supervision-light';
import type { SupervisionThresholds } from '../../domain/supervision/supervision-thresholds';

/** A case as the device shows it (the store's LocalCase; repeated here so the helper stays pure). */
export interface QueueCase {
  head: CaseHead;
  pendingCount: number;
  rejectedCount: number;
}

/** The tabs of the queue: everything open, one per waiting status, and the cases the township is done with. */
export const QUEUE_FILTERS = [
  'open', // 全部待办
  'submitted', // 待收件
  'received', // 已收件，待受理或告知
  'correction', // 补正中
  'in_review', // 已受理 / 审查中
  'suspended', // 已挂起
  'done', // 已办结、不予受理、撤回、转报区级
] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

const FILTER_STATUSES: Readonly<Record<Exclude<QueueFilter, 'open' | 'done'>, readonly CaseStatus[]>> = {
  submitted: ['submitted'],
  received: ['received'],
  correction: ['correction'],
  in_review: ['accepted', 'under_review'],
  suspended: ['suspended'],
};

/** Statuses that wait for the township (while the township handles the case). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'submitted',
  'received',
  'correction',
  'accepted',
  'under_review',
  'suspended',
];

/** What the due date of a queue entry is. */
export type DueKind =
  | 'deadline' // 承诺办结日期 (after 受理)
  | 'notice' // 一次性告知 / 受理 answer due after 收件 (行政许可法 §32)
  | 'none';

export interface QueueEntry extends QueueCase {
  light: SupervisionLightResult;
  /** The date the township must act by, or null (waiting for 收件, or for the applicant's 补正). */
  due: IsoDate | null;
  dueKind: DueKind;
  /** The 收件 answer (告知 / 受理 / 不予受理) is late. */
  isNoticeOverdue: boolean;
  /** The township no longer acts on it (finished, withdrawn, or handed to the district by 转报). */
  isDone: boolean;
}

export interface QueueContext {
  today: IsoDate;
  calendar: WorkingDayCalendar;
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays' | 'correctionNoticeDays'>;
}

/** Whether the township still has work on the case. */
export function isOpenForTownship(head: CaseHead): boolean {
  return head.handlingLevel === 'township' && OPEN_STATUSES.includes(head.status);
}

/** The 电子监察 light of a case on `today` (judged on the 办结 day once decided; none before 受理). */
export function caseLightOf(head: CaseHead, ctx: QueueContext): SupervisionLightResult {
  const acceptedOn = head.acceptedAt === null ? null : chinaDateOf(head.acceptedAt);
  const withdrawn = head.status === 'withdrawn' || head.status === 'not_accepted';
  return supervisionLight({
    deadline: withdrawn ? null : head.deadline,
    promised:
      acceptedOn === null || withdrawn
        ? null
        : { acceptedOn, workingDays: promisedWorkingDaysOf(head.item) + head.extensionDays },
    today: ctx.today,
    finishedOn: head.decision === null ? null : chinaDateOf(head.decision.decidedAt),
    pauses: head.pauses,
    calendar: ctx.calendar,
    thresholds: ctx.thresholds,
  });
}

export function queueEntryOf(local: QueueCase, ctx: QueueContext): QueueEntry {
  const { head } = local;
  const light = caseLightOf(head, ctx);
  const isDone = !isOpenForTownship(head);
  if (!isDone && head.status === 'received' && head.receivedAt !== null) {
    const due = correctionNoticeDue({
      receivedOn: chinaDateOf(head.receivedAt),
      calendar: ctx.calendar,
      thresholds: ctx.thresholds,
    });
    return { ...local, light, due, dueKind: 'notice', isNoticeOverdue: ctx.today > due, isDone };
  }
  const isRunning = ['accepted', 'under_review', 'suspended'].includes(head.status);
  const due = isRunning ? (head.deadline ?? projectedDeadlineOf(head, ctx.calendar)) : null;
  return {
    ...local,
    light,
    due,
    dueKind: due === null ? 'none' : 'deadline',
    isNoticeOverdue: false,
    isDone,
  };
}

/** While 挂起 is open the head keeps no date: the date it would be, counting the closed pauses only. */
function projectedDeadlineOf(head: CaseHead, calendar: WorkingDayCalendar): IsoDate | null {
  if (head.acceptedAt === null) return null;
  const closed = head.pauses.filter((p) => p.to !== null);
  return calendar.addWorkingDays(
    chinaDateOf(head.acceptedAt),
    promisedWorkingDaysOf(head.item) + head.extensionDays,
    closed,
  );
}

export function matchesFilter(entry: QueueEntry, filter: QueueFilter): boolean {
  if (filter === 'done') return entry.isDone;
  if (entry.isDone) return false;
  return filter === 'open' || FILTER_STATUSES[filter].includes(entry.head.status);
}

/** Case-insensitive match on receipt number, item, applicant or village name (spaces ignored). */
export function matchesQuery(entry: QueueEntry, query: string, villageName: string): boolean {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (needle === '') return true;
  const { head } = entry;
  return [head.receiptNo, head.item.name, head.applicant.name, villageName].some((text) =>
    text.replace(/\s+/g, '').toLowerCase().includes(needle),
  );
}

const LIGHT_RANK = { red: 0, yellow: 1, green: 2, none: 3 } as const;

/**
 * Work order: open cases by the date they are due (soonest first; on the same date red before yellow before
 * green), then the ones with no date yet, oldest submission first. Done cases: most recently changed first.
 */
export function compareEntries(a: QueueEntry, b: QueueEntry): number {
  if (a.isDone !== b.isDone) return a.isDone ? 1 : -1;
  if (a.isDone) return b.head.updatedAt.localeCompare(a.head.updatedAt) || a.head.id.localeCompare(b.head.id);
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due.localeCompare(b.due);
  }
  return (
    LIGHT_RANK[a.light.light] - LIGHT_RANK[b.light.light] ||
    a.head.submittedAt.localeCompare(b.head.submittedAt) ||
    a.head.id.localeCompare(b.head.id)
  );
}

export interface ReviewQueue {
  /** The entries of the chosen tab matching the query, in work order. */
  entries: QueueEntry[];
  /** How many cases each tab holds (matching the query). */
  counts: Record<QueueFilter, number>;
}

export function buildReviewQueue(
  cases: readonly QueueCase[],
  options: QueueContext & {
    filter: QueueFilter;
    query?: string;
    villageNameOf?: (regionCode: string) => string;
  },
): ReviewQueue {
  const counts = Object.fromEntries(QUEUE_FILTERS.map((f) => [f, 0])) as Record<QueueFilter, number>;
  const entries: QueueEntry[] = [];
  for (const local of cases) {
    const entry = queueEntryOf(local, options);
    const village = options.villageNameOf?.(entry.head.regionCode) ?? '';
    if (!matchesQuery(entry, options.query ?? '', village)) continue;
    for (const filter of QUEUE_FILTERS) if (matchesFilter(entry, filter)) counts[filter] += 1;
    if (matchesFilter(entry, options.filter)) entries.push(entry);
  }
  entries.sort(compareEntries);
  return { entries, counts };
}
