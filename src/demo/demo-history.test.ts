import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '../domain/calendar/china-date';
import { createOfficialWorkingDayCalendar } from '../domain/calendar/official-schedules';
import { CASE_STATUSES, type CaseHead } from '../domain/case/case-types';
import { isWellFormedReceiptNo } from '../domain/case/receipt-number';
import { isNegative } from '../domain/evaluation/satisfaction';
import { birthDateFromResidentId, validateResidentId } from '../domain/identity/resident-id';
import { supervisionLight } from '../domain/supervision/supervision-light';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../domain/supervision/supervision-thresholds';
import { consultationSchema } from '../domain/wire/replication-messages';
import { generateDemoDistrict } from './demo-district';
import { foldDemoHistory, generateDemoHistory, type DemoHistory } from './demo-history';

const calendar = createOfficialWorkingDayCalendar();
const district = generateDemoDistrict();
const END = '2026-11-20';
let history: DemoHistory;
let heads: CaseHead[];
let rejected: ReturnType<typeof foldDemoHistory>['rejected'];

beforeAll(() => {
  history = generateDemoHistory({ seed: 20261123, district, months: 4, endDate: END });
  ({ heads, rejected } = foldDemoHistory(history.events, calendar));
});

function isRed(head: CaseHead): boolean {
  if (head.deadline === null) return false;
  const finishedOn = head.decision === null ? null : chinaDateOf(head.decision.decidedAt);
  const light = supervisionLight({
    deadline: head.deadline,
    today: END,
    finishedOn,
    pauses: head.pauses,
    calendar,
    thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
  });
  return light.light === 'red';
}

describe('generateDemoHistory', () => {
  it('produces actions that applyAction accepts, every one of them', () => {
    expect(history.events.length).toBeGreaterThan(10_000);
    expect(rejected.map((r) => `${r.event.action.type} ${r.reason}`)).toEqual([]);
    expect(heads.length).toBe(new Set(history.events.map((e) => e.action.caseId)).size);
  });

  it('is in server order, ends at endDate and starts four calendar months back', () => {
    const times = history.events.map((e) => e.now);
    expect([...times].sort()).toEqual(times);
    expect(chinaDateOf(times[0] ?? '')).toMatch(/^2026-08-/);
    expect(chinaDateOf(times.at(-1) ?? '') <= END).toBe(true);
  });

  it('is deterministic for a seed, and another seed gives another history', () => {
    const again = generateDemoHistory({ seed: 20261123, district, months: 4, endDate: END });
    expect(again).toEqual(history);
    const other = generateDemoHistory({ seed: 1, district, months: 1, endDate: END });
    expect(other.events.slice(0, 20)).not.toEqual(history.events.slice(0, 20));
  });

  it('covers all 18 townships and every case status', () => {
    expect(new Set(heads.map((h) => h.regionCode.slice(0, 9))).size).toBe(18);
    const statuses = new Set(heads.map((h) => h.status));
    expect([...CASE_STATUSES].filter((s) => !statuses.has(s))).toEqual([]);
  });

  it('includes 补正, 挂起, late and overdue-open cases, 不予受理, 撤回, 不予许可 and 差评 with reasons', () => {
    expect(heads.some((h) => h.correctionNotice !== null && h.acceptedAt !== null)).toBe(true);
    expect(heads.some((h) => h.pauses.some((p) => p.kind === 'suspension' && p.to !== null))).toBe(true);
    expect(heads.some((h) => h.decision !== null && isRed(h))).toBe(true);
    expect(heads.some((h) => h.decision === null && h.status !== 'withdrawn' && isRed(h))).toBe(true);
    expect(heads.some((h) => h.refusalReason !== null && h.status === 'archived')).toBe(true);
    expect(heads.some((h) => h.decision?.outcome === 'denied')).toBe(true);
    expect(heads.some((h) => h.handlingLevel === 'district')).toBe(true);
    const bad = heads.filter((h) => h.evaluation !== null && isNegative(h.evaluation.level));
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((h) => (h.evaluation?.reason.length ?? 0) >= 2)).toBe(true);
  });

  it('uses valid synthetic applicants, receipt numbers and file digests', () => {
    for (const head of heads) {
      expect(isWellFormedReceiptNo(head.receiptNo)).toBe(true);
      expect(head.authorisationSignature).toMatch(/^[a-f0-9]{64}$/);
      if (head.applicant.kind !== 'person') continue;
      const submittedOn = chinaDateOf(head.submittedAt);
      expect(validateResidentId(head.applicant.idNumber, submittedOn).ok).toBe(true);
      expect((birthDateFromResidentId(head.applicant.idNumber) ?? '9999') < submittedOn).toBe(true);
      if (head.proxy !== null) expect(validateResidentId(head.proxy.idNumber, submittedOn).ok).toBe(true);
    }
    expect(new Set(heads.map((h) => h.receiptNo)).size).toBe(heads.length);
  });

  it('adds a few consultations per village and month, as consultationSchema describes them', () => {
    expect(new Set(history.consultations.map((c) => c.regionCode)).size).toBe(district.villages.length);
    for (const c of history.consultations) expect(consultationSchema.safeParse(c).success).toBe(true);
    expect(new Set(history.consultations.map((c) => c.id)).size).toBe(history.consultations.length);
  });
});
