/**
 * 电子监察 light of one case as the agent sees it, from the domain's `supervisionLight` with the same inputs
 * the statistics use (promised date, pauses, 办结 day). Public to the station's home (today's work).
 */
import { chinaDateOf } from '../../domain/calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import { promisedWorkingDaysOf } from '../../domain/case/case-deadline';
import type { CaseHead } from '../../domain/case/case-types';
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  type SupervisionThresholds,
} from '../../domain/supervision/supervision-thresholds';
import { supervisionLight, type SupervisionLightResult } from '../../domain/supervision/supervision-light';

const NOT_TIMED: SupervisionLightResult = {
  light: 'none',
  remainingWorkingDays: null,
  overdueWorkingDays: 0,
  paused: false,
  finished: false,
};

/**
 * The light of the case on `today` (China date). 未计时 before 受理 and for a case that ended without a
 * decision (不予受理, 撤回); a decided case is judged on its 办结 day and keeps that light.
 */
export function caseLightOf(
  head: CaseHead,
  today: IsoDate,
  calendar: WorkingDayCalendar,
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays'> = DEFAULT_SUPERVISION_THRESHOLDS,
): SupervisionLightResult {
  if (head.acceptedAt === null || head.status === 'withdrawn' || head.status === 'not_accepted')
    return NOT_TIMED;
  const acceptedOn = chinaDateOf(head.acceptedAt);
  return supervisionLight({
    deadline: head.deadline,
    promised: { acceptedOn, workingDays: promisedWorkingDaysOf(head.item) + head.extensionDays },
    today,
    finishedOn: head.decision === null ? null : chinaDateOf(head.decision.decidedAt),
    pauses: head.pauses,
    calendar,
    thresholds,
  });
}

/** Open (not yet decided) and yellow or red: the agent should chase the township. */
export function isNearOrOverdue(light: SupervisionLightResult): boolean {
  return !light.finished && (light.light === 'yellow' || light.light === 'red');
}
