/**
 * 电子监察 lights for a case's promised date (承诺办结时限):
 * 绿灯 正常 → 黄灯 预警 (deadline near) → 红灯 超期 (deadline missed); 未计时 before 受理.
 *
 * The count is in working days and paused days (补齐补正, 挂起) do not count down:
 * - `deadline` is the promised date as the case head keeps it: it already includes every ended pause
 *   (受理 date + 承诺时限 + paused working days + 延长), so ended pauses are only excluded from the counts;
 * - while a pause is running (open, or containing the day looked at), the clock stands still on the day
 *   before the pause began: the remaining days stay as they were, and a case cannot turn red while paused.
 *   The case head has no deadline while a pause is open (case-deadline.ts): pass `promised` then.
 */
import type { IsoDate, PauseInterval, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import { addCalendarDays } from '../calendar/iso-date';
import type { SupervisionThresholds } from './supervision-thresholds';

export const SUPERVISION_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type SupervisionLight = (typeof SUPERVISION_LIGHTS)[number];

export interface SupervisionLightLabel {
  /** 绿灯 / 黄灯 / 红灯 */
  name: string;
  /** 正常 / 预警 / 超期 */
  meaning: string;
  /** both, as shown: '黄灯 预警' */
  label: string;
}

export const SUPERVISION_LIGHT_LABELS: Readonly<Record<SupervisionLight, SupervisionLightLabel>> = {
  green: { name: '绿灯', meaning: '正常', label: '绿灯 正常' },
  yellow: { name: '黄灯', meaning: '预警', label: '黄灯 预警' },
  red: { name: '红灯', meaning: '超期', label: '红灯 超期' },
  none: { name: '未计时', meaning: '尚未受理', label: '未计时' },
};

export interface SupervisionLightInput {
  /** 承诺办结日期, null before 受理 (and, on the case head, while a pause is open: see `promised`) */
  deadline: IsoDate | null;
  /**
   * What was promised at 受理: the date and the working days (承诺时限 + 延长). Used only when `deadline` is
   * null, to judge a case whose head has no date because a pause is open: the deadline is then counted over
   * the closed pauses and the open one freezes the clock.
   */
  promised?: { acceptedOn: IsoDate; workingDays: number } | null;
  /** today in China (todayInChina) */
  today: IsoDate;
  /** 办结 date of a finished case: the light is then judged on that day and stays fixed */
  finishedOn?: IsoDate | null;
  /** 补齐补正 / 挂起 intervals; `to` null while running */
  pauses?: readonly PauseInterval[];
  calendar: WorkingDayCalendar;
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays'>;
}

export interface SupervisionLightResult {
  light: SupervisionLight;
  /** Working days left after the day the clock stands on (0 on the due date and when red); null: no deadline. */
  remainingWorkingDays: number | null;
  /** Working days past the deadline (0 unless red; 0 too on the non-working days right after the deadline). */
  overdueWorkingDays: number;
  /** A pause is running on the day looked at: the clock stands still. */
  paused: boolean;
  /** Judged on finishedOn rather than today. */
  finished: boolean;
}

/** The day the clock stands on: `day`, or the day before the (chain of) pause(s) covering it. */
function clockDay(day: IsoDate, pauses: readonly PauseInterval[]): IsoDate {
  let clock = day;
  for (;;) {
    const covering = pauses.filter((p) => p.from <= clock && (p.to === null || clock <= p.to));
    if (covering.length === 0) return clock;
    const earliest = covering.reduce((min, p) => (p.from < min ? p.from : min), clock);
    clock = addCalendarDays(earliest, -1);
  }
}

export function supervisionLight(input: SupervisionLightInput): SupervisionLightResult {
  const { today, calendar, thresholds, promised } = input;
  const pauses = input.pauses ?? [];
  const closed = pauses.filter((p) => p.to !== null);
  const deadline =
    input.deadline ??
    (promised ? calendar.addWorkingDays(promised.acceptedOn, promised.workingDays, closed) : null);
  const finished = input.finishedOn !== undefined && input.finishedOn !== null;
  const day = input.finishedOn ?? today;
  const clock = clockDay(day, pauses);
  const paused = clock !== day;
  if (deadline === null) {
    return { light: 'none', remainingWorkingDays: null, overdueWorkingDays: 0, paused, finished };
  }
  // Closed pauses are inside the deadline already, so their days are skipped in both counts; a running (open)
  // pause is handled by the clock standing still, so it must not be skipped after the clock.
  if (clock > deadline) {
    const overdueWorkingDays = calendar.workingDaysBetween(deadline, clock, closed);
    return { light: 'red', remainingWorkingDays: 0, overdueWorkingDays, paused, finished };
  }
  const remainingWorkingDays = calendar.workingDaysBetween(clock, deadline, closed);
  const light = !finished && remainingWorkingDays <= thresholds.yellowWorkingDays ? 'yellow' : 'green';
  return { light, remainingWorkingDays, overdueWorkingDays: 0, paused, finished };
}

/** One line for lists and the supervision board, e.g. '黄灯 预警：剩余 1 个工作日（暂停计时）'. */
export function describeSupervisionLight(result: SupervisionLightResult): string {
  const { light, remainingWorkingDays, overdueWorkingDays, paused, finished } = result;
  const suffix = paused ? '（暂停计时）' : '';
  const label = SUPERVISION_LIGHT_LABELS[light].label;
  if (light === 'none') return `${label}：尚未受理`;
  if (finished) {
    return light === 'red' ? `${label}：超期 ${overdueWorkingDays} 个工作日办结` : `${label}：按期办结`;
  }
  if (light === 'red') return `${label}：已超期 ${overdueWorkingDays} 个工作日${suffix}`;
  if (remainingWorkingDays === 0) return `${label}：今日到期${suffix}`;
  return `${label}：剩余 ${String(remainingWorkingDays)} 个工作日${suffix}`;
}
