/**
 * The 工作情况 figures of the demo district computed INDEPENDENTLY of the dashboard code: plain loops over the
 * demo history exactly as the server seeds it (generateDemoHistory + foldDemoHistory, default seed), without
 * src/domain/statistics. Tests compare what the API, the workbook and the screens show with these numbers.
 *
 * Only the working-day calendar (src/domain/calendar) is shared, for 平均办理时长 and 超期 (a case whose clock
 * was paused is judged on the day before the pause).
 */
import {
  DEMO_SEED,
  foldDemoHistory,
  generateDemoDistrict,
  generateDemoHistory,
  type DemoDistrict,
} from '../../src/demo';
import { createOfficialWorkingDayCalendar } from '../../src/domain/calendar/official-schedules';
import type { CaseHead } from '../../src/domain/case/case-types';
import type { Consultation } from '../../src/domain/wire/replication-messages';

export interface DemoData {
  district: DemoDistrict;
  heads: CaseHead[];
  consultations: Consultation[];
}

/** The demo data the server seeds on first start (sync-server/src/seed-demo.ts). */
export function demoDataAsSeeded(): DemoData {
  const district = generateDemoDistrict();
  const history = generateDemoHistory({ seed: DEMO_SEED, district });
  const { heads } = foldDemoHistory(history.events);
  return { district, heads, consultations: history.consultations };
}

/** 'YYYY-MM-DD' in China (UTC+8) of an ISO time, by plain arithmetic. */
export function chinaDay(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

export interface PlainFigures {
  /** 受理数 */
  accepted: number;
  /** 办结数 */
  decided: number;
  /** 办结率 numerator and denominator */
  acceptedDecided: number;
  acceptedNotWithdrawn: number;
  /** 超期数 */
  overdue: number;
  /** Σ working days 受理 → 办结 of the cases decided in the period */
  workingDays: number;
  /** 评价数, and of them 非常满意 / 满意 / 基本满意 */
  ratings: number;
  satisfied: number;
  /** 咨询数 */
  consultations: number;
}

const SATISFIED = new Set(['非常满意', '满意', '基本满意']);
const calendar = createOfficialWorkingDayCalendar();

/** The day a case's clock stands on when looked at on `day`: the day before a pause covering it. */
function clockDayOf(head: CaseHead, day: string): string {
  let clock = day;
  for (let guard = 0; guard < 50; guard++) {
    const covering = head.pauses.find((p) => p.from <= clock && (p.to === null || clock <= p.to));
    if (covering === undefined) return clock;
    clock = new Date(Date.parse(`${covering.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  }
  return clock;
}

export function plainFigures(
  data: Pick<DemoData, 'heads' | 'consultations'>,
  options: { from: string; to: string; today: string; scope: string },
): PlainFigures {
  const { from, to, today, scope } = options;
  const inPeriod = (day: string) => day >= from && day <= to;
  const f: PlainFigures = {
    accepted: 0,
    decided: 0,
    acceptedDecided: 0,
    acceptedNotWithdrawn: 0,
    overdue: 0,
    workingDays: 0,
    ratings: 0,
    satisfied: 0,
    consultations: 0,
  };
  for (const head of data.heads) {
    if (!head.regionCode.startsWith(scope)) continue;
    const decidedOn = head.decision === null ? null : chinaDay(head.decision.decidedAt);
    const withdrawal = head.timeline.find((entry) => entry.type === 'withdraw');
    const withdrawnOn = head.status === 'withdrawn' && withdrawal ? chinaDay(withdrawal.at) : null;
    if (head.acceptedAt !== null) {
      const acceptedOn = chinaDay(head.acceptedAt);
      if (inPeriod(acceptedOn)) {
        f.accepted += 1;
        if (decidedOn !== null && decidedOn <= today) f.acceptedDecided += 1;
        if (withdrawnOn === null || withdrawnOn > today) f.acceptedNotWithdrawn += 1;
      }
      if (decidedOn !== null && inPeriod(decidedOn)) {
        f.decided += 1;
        const closed = head.pauses.filter((p) => p.to !== null);
        f.workingDays += calendar.workingDaysBetween(acceptedOn, decidedOn, closed);
      }
      // 超期: due in the period and its light red — decided after the due day, or still open past it
      if (head.deadline !== null && inPeriod(head.deadline) && withdrawnOn === null) {
        const lookedAt = decidedOn !== null && decidedOn <= today ? decidedOn : today;
        if (clockDayOf(head, lookedAt) > head.deadline) f.overdue += 1;
      }
    }
    if (head.evaluation !== null && inPeriod(chinaDay(head.evaluation.evaluatedAt))) {
      f.ratings += 1;
      if (SATISFIED.has(head.evaluation.level)) f.satisfied += 1;
    }
  }
  for (const consultation of data.consultations) {
    if (!consultation.regionCode.startsWith(scope)) continue;
    if (inPeriod(chinaDay(consultation.serverTime ?? consultation.clientTime))) f.consultations += 1;
  }
  return f;
}

/** 办结率 and 满意率 of plain figures (null when nothing to divide by). */
export function plainRates(f: PlainFigures): {
  completionRate: number | null;
  satisfactionRate: number | null;
} {
  return {
    completionRate: f.acceptedNotWithdrawn === 0 ? null : f.acceptedDecided / f.acceptedNotWithdrawn,
    satisfactionRate: f.ratings === 0 ? null : f.satisfied / f.ratings,
  };
}

/** A rate as the screens and the report sentence print it: one decimal and '%'. */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
