/**
 * 差评 follow-up: every named 差评 gets a return visit (回访, 100%), then a fix (整改) within a locally set
 * number of working days, then the follow-up is closed (办结).
 *
 *   awaiting_visit --recordReturnVisit--> awaiting_rectification --recordRectification--> rectified
 *   rectified --closeFollowUp--> closed
 *
 * Both due dates count working days strictly after the evaluation date (the day after is day 1).
 * Transitions are pure: they return a new FollowUp or a typed rejection with a Chinese reason.
 */
import { z } from 'zod';
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import { isIsoDate, isoDateSchema } from '../calendar/iso-date';
import type { SupervisionThresholds } from '../supervision/supervision-thresholds';
import { stepTiming, type StepTiming } from '../supervision/step-timing';

export const FOLLOW_UP_STATUSES = [
  'awaiting_visit',
  'awaiting_rectification',
  'rectified',
  'closed',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = {
  awaiting_visit: '待回访',
  awaiting_rectification: '待整改',
  rectified: '已整改',
  closed: '已办结',
};

const stepBase = { on: isoDateSchema, by: z.string().min(1).max(64) };

/** Stored form of a follow-up (for the sync layer); the status always matches the recorded steps. */
export const followUpSchema = z
  .object({
    evaluatedOn: isoDateSchema,
    returnVisitDue: isoDateSchema,
    rectificationDue: isoDateSchema,
    status: z.enum(FOLLOW_UP_STATUSES),
    /** 回访: when, by whom, what the applicant said */
    returnVisit: z.object({ ...stepBase, summary: z.string().max(2000) }).nullable(),
    /** 整改: when, by whom, the measures taken */
    rectification: z.object({ ...stepBase, measures: z.string().max(2000) }).nullable(),
    /** 办结 of the follow-up */
    closure: z.object({ ...stepBase, note: z.string().max(2000) }).nullable(),
  })
  .refine(
    (f) =>
      (f.returnVisit !== null) === (f.status !== 'awaiting_visit') &&
      (f.rectification !== null) === (f.status === 'rectified' || f.status === 'closed') &&
      (f.closure !== null) === (f.status === 'closed'),
    { error: '回访整改记录与状态不一致' },
  );
export type FollowUp = z.infer<typeof followUpSchema>;

export type FollowUpRejectionCode = 'illegal_order' | 'invalid_date' | 'missing_text';
export type FollowUpResult =
  { ok: true; followUp: FollowUp } | { ok: false; code: FollowUpRejectionCode; reason: string };

/** Starts the follow-up of a 差评 evaluated on `evaluatedOn` (the evaluation's date in China). */
export function createFollowUp(input: {
  evaluatedOn: IsoDate;
  thresholds: Pick<SupervisionThresholds, 'returnVisitWorkingDays' | 'rectificationWorkingDays'>;
  calendar: WorkingDayCalendar;
}): FollowUp {
  const { evaluatedOn, thresholds, calendar } = input;
  return {
    evaluatedOn,
    returnVisitDue: calendar.addWorkingDays(evaluatedOn, thresholds.returnVisitWorkingDays),
    rectificationDue: calendar.addWorkingDays(evaluatedOn, thresholds.rectificationWorkingDays),
    status: 'awaiting_visit',
    returnVisit: null,
    rectification: null,
    closure: null,
  };
}

const reject = (code: FollowUpRejectionCode, reason: string): FollowUpResult => ({ ok: false, code, reason });

/** Common checks of a step: valid date not before the previous step, a named person, a text of ≥ minChars. */
function checkStep(
  step: { on: IsoDate; by: string; text: string },
  previous: { on: IsoDate; name: string },
  what: { stepName: string; textName: string; minChars: number },
): FollowUpResult | null {
  if (!isIsoDate(step.on))
    return reject('invalid_date', `${what.stepName}日期格式不正确：${String(step.on)}`);
  if (step.on < previous.on) {
    return reject(
      'invalid_date',
      `${what.stepName}日期 ${step.on} 不能早于${previous.name}日期 ${previous.on}`,
    );
  }
  if (step.by.trim().length === 0) return reject('missing_text', `请填写${what.stepName}人`);
  if (Array.from(step.text.trim()).length < what.minChars) {
    return reject('missing_text', `请填写${what.textName}，至少${what.minChars}个字`);
  }
  return null;
}

const ORDER_REASONS: Readonly<
  Record<'visit' | 'rectify' | 'close', Partial<Record<FollowUpStatus, string>>>
> = {
  visit: {
    awaiting_rectification: '已登记回访，不能重复回访',
    rectified: '已登记回访和整改，不能再登记回访',
    closed: '该差评回访整改已办结',
  },
  rectify: {
    awaiting_visit: '尚未回访：须先回访，再登记整改',
    rectified: '已登记整改，不能重复登记',
    closed: '该差评回访整改已办结',
  },
  close: {
    awaiting_visit: '尚未回访，不能办结',
    awaiting_rectification: '尚未整改，不能办结',
    closed: '该差评回访整改已办结，不能重复办结',
  },
};

/** 回访: the applicant was contacted; `summary` is what they said. */
export function recordReturnVisit(
  followUp: FollowUp,
  visit: { on: IsoDate; by: string; summary: string },
): FollowUpResult {
  if (followUp.status !== 'awaiting_visit')
    return reject('illegal_order', ORDER_REASONS.visit[followUp.status] ?? '');
  const problem = checkStep(
    { on: visit.on, by: visit.by, text: visit.summary },
    { on: followUp.evaluatedOn, name: '评价' },
    { stepName: '回访', textName: '回访情况', minChars: 2 },
  );
  if (problem) return problem;
  const returnVisit = { on: visit.on, by: visit.by.trim(), summary: visit.summary.trim() };
  return { ok: true, followUp: { ...followUp, status: 'awaiting_rectification', returnVisit } };
}

/** 整改: the measures taken after the visit. */
export function recordRectification(
  followUp: FollowUp,
  fix: { on: IsoDate; by: string; measures: string },
): FollowUpResult {
  if (followUp.status !== 'awaiting_rectification' || followUp.returnVisit === null) {
    return reject(
      'illegal_order',
      ORDER_REASONS.rectify[followUp.status] ?? '尚未回访：须先回访，再登记整改',
    );
  }
  const problem = checkStep(
    { on: fix.on, by: fix.by, text: fix.measures },
    { on: followUp.returnVisit.on, name: '回访' },
    { stepName: '整改', textName: '整改措施', minChars: 2 },
  );
  if (problem) return problem;
  const rectification = { on: fix.on, by: fix.by.trim(), measures: fix.measures.trim() };
  return { ok: true, followUp: { ...followUp, status: 'rectified', rectification } };
}

/** 办结: the follow-up is closed after the 整改; `note` is optional. */
export function closeFollowUp(
  followUp: FollowUp,
  close: { on: IsoDate; by: string; note?: string },
): FollowUpResult {
  if (followUp.status !== 'rectified' || followUp.rectification === null) {
    return reject('illegal_order', ORDER_REASONS.close[followUp.status] ?? '尚未整改，不能办结');
  }
  const problem = checkStep(
    { on: close.on, by: close.by, text: close.note ?? '' },
    { on: followUp.rectification.on, name: '整改' },
    { stepName: '办结', textName: '办结说明', minChars: 0 },
  );
  if (problem) return problem;
  const closure = { on: close.on, by: close.by.trim(), note: (close.note ?? '').trim() };
  return { ok: true, followUp: { ...followUp, status: 'closed', closure } };
}

export interface FollowUpOverdue {
  returnVisit: StepTiming;
  rectification: StepTiming;
  /** Some step is past its due date and still not done (needs action now). */
  overdue: boolean;
  /** Some step was done after its due date (for 电子监察 statistics). */
  late: boolean;
}

/** Whether 回访 and 整改 are (or were) on time on `today`. */
export function followUpOverdue(
  followUp: FollowUp,
  today: IsoDate,
  calendar: WorkingDayCalendar,
): FollowUpOverdue {
  const returnVisit = stepTiming({
    due: followUp.returnVisitDue,
    doneOn: followUp.returnVisit?.on ?? null,
    today,
    calendar,
  });
  const rectification = stepTiming({
    due: followUp.rectificationDue,
    doneOn: followUp.rectification?.on ?? null,
    today,
    calendar,
  });
  const steps = [returnVisit, rectification];
  return {
    returnVisit,
    rectification,
    overdue: steps.some((s) => s.state === 'overdue'),
    late: steps.some((s) => s.state === 'done_late'),
  };
}
