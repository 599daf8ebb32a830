/**
 * Demo case history (演示办件历史): a few months of 代办 cases and 咨询登记 in every village of the demo district,
 * as the action records a server would have received, in server order, so that dashboards and reports have data.
 *
 * Every action is accepted by `applyAction` with the official calendar (the tests fold them all). Each case
 * follows a scripted path (办结归档, 超期办结, 补正, 挂起, 不予受理, 撤回, 不予许可 …) and stops at `endDate`, so
 * the newest cases are still open. Pure and deterministic: no clock, no I/O.
 */
import { createOfficialWorkingDayCalendar } from '../domain/calendar/official-schedules';
import type {
  IsoDate,
  PauseInterval,
  WorkingDayCalendar,
} from '../domain/calendar/working-day-calendar-type';
import { snapshotOf, type ServiceItem } from '../domain/catalogue/service-item';
import { promisedWorkingDaysOf } from '../domain/case/case-deadline';
import { applyAction } from '../domain/case/case-reducer';
import type { ActionPayload, ActionType, CaseAction, CaseHead } from '../domain/case/case-types';
import { generateReceiptNo } from '../domain/case/receipt-number';
import type { SatisfactionLevel } from '../domain/evaluation/satisfaction';
import { residentIdCheckCharacter } from '../domain/identity/resident-id';
import type { Actor } from '../domain/roles';
import type { Consultation } from '../domain/wire/replication-messages';
import type { DemoDistrict } from './demo-district';
import { deriveSeed, seededRandom, type SeededRandom } from './seeded-random';

export interface DemoHistoryEvent {
  action: CaseAction;
  /** the authenticated author */
  actor: Actor;
  /** server time the action was received (ISO, +08:00) */
  now: string;
}

export interface DemoHistory {
  /** every action, in server order (by `now`) */
  events: DemoHistoryEvent[];
  /** 咨询登记, by server time */
  consultations: Consultation[];
}

export interface DemoHistoryOptions {
  seed: number;
  district: DemoDistrict;
  /** calendar months ending with the month of endDate (default 4) */
  months?: number;
  /** last China date with activity (default '2026-11-20') */
  endDate?: IsoDate;
  /** cases per village per month, inclusive range (default [2, 4]) */
  casesPerVillagePerMonth?: readonly [number, number];
  calendar?: WorkingDayCalendar;
}

type Path = 'done' | 'late' | 'stalled' | 'suspended' | 'correction' | 'refused' | 'withdrawn' | 'denied';
const PATHS: readonly (readonly [Path, number])[] = [
  ['done', 60],
  ['late', 9],
  ['stalled', 4],
  ['suspended', 3],
  ['correction', 3],
  ['refused', 8],
  ['withdrawn', 5],
  ['denied', 8],
];
const LEVELS: readonly (readonly [SatisfactionLevel, number])[] = [
  ['非常满意', 60],
  ['满意', 24],
  ['基本满意', 9],
  ['不满意', 5],
  ['非常不满意', 2],
];
const BAD_REASONS = [
  '等待时间太长',
  '材料被退回两次',
  '办理进度没有及时告知',
  '窗口态度不好',
  '跑了两趟才办成',
];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙胡朱高林何郭罗谢钟曾熊邱廖温'];
const GIVEN_MALE = [...'伟强磊军勇杰涛明超华平刚建国志文斌辉'];
const GIVEN_FEMALE = [...'芳秀英娟敏静丽霞艳玲桂兰红梅萍凤燕春'];
const TOPICS = ['办理条件', '所需材料', '办理进度', '补贴标准', '办理时限', '政策解读'];
const REFUSALS = ['申请人不符合受理条件', '该事项不属于本机关职权范围', '户籍不在本辖区'];
const WITHDRAWALS = ['申请人主动撤回申请', '申请人已在异地办理', '家庭情况发生变化，暂不申请'];

function hex64(rng: SeededRandom): string {
  let out = '';
  for (let i = 0; i < 8; i += 1) out += rng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  return out;
}

function birthDateOf(rng: SeededRandom, today: IsoDate, minAge: number, maxAge: number): string {
  const year = Number(today.slice(0, 4)) - rng.int(minAge + 1, maxAge);
  return `${year}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function personOf(rng: SeededRandom, today: IsoDate, ages: readonly [number, number]) {
  const isMale = rng.chance(0.5);
  const sequence = rng.int(1, 499) * 2 - (isMale ? 1 : 0); // 顺序码: odd for men, even for women
  const body = `360799${birthDateOf(rng, today, ages[0], ages[1])}${String(sequence).padStart(3, '0')}`;
  const given = rng.pick(isMale ? GIVEN_MALE : GIVEN_FEMALE);
  const name = `${rng.pick(SURNAMES)}${given}${rng.chance(0.6) ? rng.pick(isMale ? GIVEN_MALE : GIVEN_FEMALE) : ''}`;
  const phone = `1${rng.pick(['38', '39', '58', '77', '86', '99'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  return { name, idNumber: body + residentIdCheckCharacter(body), phone };
}

/** Applicant ages by item: children apply through a guardian (监护人, the 代理人 on the case). */
function agesOf(item: ServiceItem): readonly [number, number] {
  if (/新生儿/.test(item.name)) return [0, 1];
  if (/孤儿|儿童/.test(item.name)) return [3, 15];
  if (/高龄/.test(item.name)) return [80, 96];
  if (/待遇|敬老/.test(item.name)) return [60, 85];
  return [18, 75];
}

interface Staff {
  agent: Actor;
  reviewers: readonly Actor[];
  supervisors: readonly Actor[];
}

/** Builds one case's actions with increasing server times; everything after endDate is dropped. */
class CaseScript {
  readonly events: DemoHistoryEvent[] = [];
  level: 'township' | 'district' = 'township';
  date: IsoDate;
  private minutes = 0;
  private step = 0;
  isStopped = false;

  constructor(
    readonly caseId: string,
    readonly regionCode: string,
    readonly staff: Staff,
    readonly rng: SeededRandom,
    readonly calendar: WorkingDayCalendar,
    readonly endDate: IsoDate,
    start: IsoDate,
  ) {
    this.date = start;
  }

  /** Working days after the current date (0: the same day, a little later). */
  after(workingDays: number): IsoDate {
    return workingDays === 0 ? this.date : this.calendar.addWorkingDays(this.date, workingDays);
  }

  act<T extends ActionType>(type: T, payload: ActionPayload<T>, by: 'agent' | 'staff', on: IsoDate): void {
    if (this.isStopped || on > this.endDate) {
      this.isStopped = true;
      return;
    }
    const isNewDay = on > this.date || this.step === 0;
    this.minutes = isNewDay ? this.rng.int(8 * 60 + 30, 11 * 60) : this.minutes + this.rng.int(5, 40);
    this.date = on > this.date ? on : this.date;
    const time = `${String(Math.floor(this.minutes / 60)).padStart(2, '0')}:${String(this.minutes % 60).padStart(2, '0')}`;
    const now = `${this.date}T${time}:00+08:00`;
    const staff = this.level === 'district' ? this.staff.supervisors : this.staff.reviewers;
    const actor = by === 'agent' ? this.staff.agent : this.rng.pick(staff);
    this.step += 1;
    // CaseAction is a union over `type`: T and payload belong together by construction of act's signature.
    const action = {
      id: `${this.caseId}-${String(this.step).padStart(2, '0')}`,
      caseId: this.caseId,
      regionCode: this.regionCode,
      actorId: actor.userId,
      actorName: actor.name,
      actorRole: actor.role,
      deviceId: by === 'agent' ? `demo-tablet-${this.regionCode}` : '',
      clientTime: now,
      type,
      payload,
    } as CaseAction;
    this.events.push({ action, actor, now });
  }
}

function materialsOf(rng: SeededRandom, ids: readonly string[]): ActionPayload<'submit'>['materials'] {
  return ids.map((materialId) => ({
    materialId,
    form: rng.pick(['原件', '复印件'] as const),
    files: [hex64(rng)],
  }));
}

/** 受理 through 办结 (and 送达, 评价, 归档), on time or late, with the optional 延长 and 挂起 on the way. */
function handleAccepted(s: CaseScript, item: ServiceItem, path: Path, docNo: string): void {
  const { rng, calendar } = s;
  const acceptedOn = s.date;
  const promised = promisedWorkingDaysOf(item);
  const pauses: PauseInterval[] = [];
  let extension = 0;
  if (promised > 3 && rng.chance(0.06)) {
    extension = rng.int(3, 10);
    s.act('extend', { days: extension, reason: '情况复杂，经负责人批准延长办理期限' }, 'staff', s.after(1));
  }
  const isLate = path === 'late';
  const days = isLate ? promised + extension + rng.int(1, 6) : rng.int(Math.ceil(promised * 0.3), promised);
  if (days > 0)
    s.act(
      'review',
      { opinion: '材料齐全，符合条件，拟同意' },
      'staff',
      s.after(rng.int(1, Math.max(1, days - 1))),
    );
  if (path === 'stalled') return;
  if (promised > 0 && (path === 'suspended' || rng.chance(0.08))) {
    s.act(
      'suspend',
      { kind: rng.pick(['inspection', 'hearing', 'expert_review'] as const), reason: '需入户核查' },
      'staff',
      s.date,
    );
    if (path === 'suspended') return;
    const from = s.date;
    s.act('resume', { note: '核查完毕' }, 'staff', s.after(rng.int(2, 8)));
    pauses.push({ from, to: s.date });
  }
  const decideOn = days === 0 ? acceptedOn : calendar.addWorkingDays(acceptedOn, days, pauses);
  const isDenied = path === 'denied';
  s.act(
    'decide',
    isDenied
      ? { outcome: 'denied', documentNo: docNo, reason: '经审查不符合申请条件', file: hex64(rng) }
      : { outcome: 'approved', documentNo: docNo, reason: '', file: hex64(rng) },
    'staff',
    decideOn > s.date ? decideOn : s.date,
  );
  s.act(
    'deliver',
    { method: rng.pick(['in_person', 'collected', 'post'] as const), signature: hex64(rng), note: '' },
    'agent',
    s.after(rng.int(1, 5)),
  );
  const isRatedFirst = rng.chance(0.5);
  const rate = () => {
    if (!rng.chance(0.8)) return;
    const level = rng.weighted(LEVELS);
    const reason = level === '不满意' || level === '非常不满意' ? rng.pick(BAD_REASONS) : '';
    s.act(
      'evaluate',
      { level, reason, channel: rng.pick(['tablet', 'tablet', 'paper', 'phone'] as const) },
      'agent',
      s.after(0),
    );
  };
  if (isRatedFirst) rate();
  s.act('archive', { note: '' }, 'agent', s.after(rng.int(2, 10)));
  if (!isRatedFirst) rate();
}

function scriptCase(
  s: CaseScript,
  item: ServiceItem,
  receiptNo: string,
  applicantSeed: IsoDate,
  docNo: string,
): void {
  const { rng } = s;
  const ages = agesOf(item);
  const person = personOf(rng, applicantSeed, ages);
  const isMinor = ages[1] < 18;
  const guardian = isMinor ? personOf(rng, applicantSeed, [25, 70]) : null;
  const required = item.materials.filter((m) => m.necessity === '必要').map((m) => m.id);
  const path = rng.weighted(PATHS);
  s.act(
    'submit',
    {
      receiptNo,
      item: snapshotOf(item),
      applicant: { kind: 'person', ...person, address: '' },
      proxy:
        guardian === null ? null : { ...guardian, relationship: rng.pick(['父亲', '母亲', '祖父', '祖母']) },
      fields: {},
      materials: materialsOf(rng, required),
      authorisationSignature: hex64(rng),
    },
    'agent',
    s.date,
  );
  s.act('receive', { note: '' }, 'staff', s.after(rng.int(0, 2)));
  if (item.handledAt === 'district') {
    s.act('forward', { note: '' }, 'staff', s.after(rng.int(0, 1)));
    s.level = 'district';
    s.act('receive', { note: '' }, 'staff', s.after(rng.int(0, 2)));
  }
  if (path === 'correction' || rng.chance(0.12)) {
    const named = rng.shuffle(required).slice(0, rng.int(1, 2));
    const items = named.map((materialId) => ({
      materialId,
      problem: rng.pick(['missing', 'defective'] as const),
      note: '',
    }));
    s.act('request_correction', { items, note: '请一次性补齐以上材料' }, 'staff', s.after(rng.int(0, 2)));
    if (path === 'correction') return;
    if (path !== 'refused')
      s.act('resubmit', { materials: materialsOf(rng, named), note: '' }, 'agent', s.after(rng.int(1, 5)));
  }
  if (path === 'refused') {
    s.act('refuse', { reason: rng.pick(REFUSALS) }, 'staff', s.after(rng.int(0, 1)));
    if (rng.chance(0.5))
      s.act(
        'evaluate',
        { level: rng.weighted(LEVELS.slice(0, 3)), reason: '', channel: 'tablet' },
        'agent',
        s.after(0),
      );
    s.act('archive', { note: '' }, 'agent', s.after(rng.int(1, 5)));
    return;
  }
  const withdrawAt = path === 'withdrawn' ? rng.int(0, 1) : -1;
  if (withdrawAt === 0) {
    s.act('withdraw', { reason: rng.pick(WITHDRAWALS) }, 'agent', s.after(rng.int(0, 2)));
    return;
  }
  s.act('accept', { note: '' }, 'staff', s.after(rng.int(0, 1)));
  if (withdrawAt === 1) {
    s.act('withdraw', { reason: rng.pick(WITHDRAWALS) }, 'agent', s.after(rng.int(1, 3)));
    return;
  }
  handleAccepted(s, item, path, docNo);
}

/** The date itself when it is a working day, else the next working day. */
function workingDayOn(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
}

/** The demo history of the district: cases and consultations, deterministic for a seed. */
export function generateDemoHistory(options: DemoHistoryOptions): DemoHistory {
  const { district } = options;
  const months = options.months ?? 4;
  const endDate = options.endDate ?? '2026-11-20';
  const [minCases, maxCases] = options.casesPerVillagePerMonth ?? [2, 4];
  const calendar = options.calendar ?? createOfficialWorkingDayCalendar();
  const items = district.catalogue.filter((i) => i.isActive);
  const actorOf = (u: DemoDistrict['users'][number]): Actor => ({
    userId: u.id,
    name: u.name,
    role: u.role,
    scope: u.scope,
  });
  const supervisors = district.users.filter((u) => u.role === 'supervisor').map(actorOf);
  const events: DemoHistoryEvent[] = [];
  const consultations: Consultation[] = [];
  const firstMonth = Number(endDate.slice(0, 4)) * 12 + Number(endDate.slice(5, 7)) - 1 - (months - 1);
  for (const village of district.villages) {
    const rng = seededRandom(deriveSeed(options.seed, `history-${village.code}`));
    const agentUser = district.users.find((u) => u.role === 'agent' && u.scope === village.code);
    if (agentUser === undefined) continue;
    const reviewers = district.users
      .filter((u) => u.role === 'reviewer' && u.scope === village.code.slice(0, 9))
      .map(actorOf);
    const staff: Staff = { agent: actorOf(agentUser), reviewers, supervisors };
    const counters = new Map<IsoDate, number>();
    let serial = 0;
    for (let m = firstMonth; m < firstMonth + months; m += 1) {
      const monthStart = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      const isLastMonth = monthStart.slice(0, 7) === endDate.slice(0, 7);
      const last = isLastMonth ? Math.min(28, Number(endDate.slice(8))) : 28;
      const workingDay = () =>
        workingDayOn(calendar, `${monthStart.slice(0, 8)}${String(rng.int(1, last)).padStart(2, '0')}`);
      const count = rng.int(minCases, maxCases);
      for (let c = 0; c < count; c += 1) {
        const day = workingDay();
        if (day > endDate) continue;
        serial += 1;
        const counter = (counters.get(day) ?? 0) + 1;
        counters.set(day, counter);
        const receiptNo = generateReceiptNo({ regionCode: village.code, deviceSeq: 1, date: day, counter });
        const caseId = `demo-case-${village.code}-${String(serial).padStart(3, '0')}`;
        const script = new CaseScript(caseId, village.code, staff, rng, calendar, endDate, day);
        const docNo = `青岚〔${day.slice(0, 4)}〕${village.code.slice(6)}${String(serial).padStart(3, '0')}号`;
        scriptCase(script, rng.pick(items), receiptNo, day, docNo);
        events.push(...script.events);
      }
      for (let k = rng.int(1, 3); k > 0; k -= 1) {
        const day = workingDay();
        if (day > endDate) continue;
        const time = `${day}T${String(rng.int(9, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`;
        const item = rng.chance(0.8) ? rng.pick(items) : null;
        consultations.push({
          id: `demo-consult-${village.code}-${String(consultations.length + 1).padStart(5, '0')}`,
          regionCode: village.code,
          itemCode: item?.code ?? null,
          topic: item === null ? '综合政策咨询' : `${item.name}${rng.pick(TOPICS)}`,
          minutes: rng.int(3, 30),
          actorId: agentUser.id,
          clientTime: time,
          serverTime: time,
        });
      }
    }
  }
  const byTime =
    <T>(at: (x: T) => string) =>
    (a: T, b: T) =>
      at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0;
  events.sort(byTime((e: DemoHistoryEvent) => e.now));
  consultations.sort(byTime((c: Consultation) => c.serverTime ?? c.clientTime));
  return { events, consultations };
}

/** Folds the events through applyAction (server order, server time): the heads, and any rejection (none). */
export function foldDemoHistory(
  events: readonly DemoHistoryEvent[],
  calendar: WorkingDayCalendar = createOfficialWorkingDayCalendar(),
): { heads: CaseHead[]; rejected: { event: DemoHistoryEvent; reason: string }[] } {
  const heads = new Map<string, CaseHead>();
  const rejected: { event: DemoHistoryEvent; reason: string }[] = [];
  for (const event of events) {
    const result = applyAction(heads.get(event.action.caseId) ?? null, event.action, {
      actor: event.actor,
      now: event.now,
      calendar,
    });
    if (result.ok) heads.set(result.head.id, result.head);
    else rejected.push({ event, reason: `${result.rejection.code}: ${result.rejection.reason}` });
  }
  return { heads: [...heads.values()], rejected };
}
