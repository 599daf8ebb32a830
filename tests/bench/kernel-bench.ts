/**
 * Domain-kernel figures: what every sync and every screen pays for validation, deadlines and folding.
 */
import { applyAction } from '../../src/domain/case/case-reducer';
import type { CaseAction, CaseHead } from '../../src/domain/case/case-types';
import { generateReceiptNo } from '../../src/domain/case/receipt-number';
import { createOfficialWorkingDayCalendar } from '../../src/domain/calendar/official-schedules';
import { snapshotOf } from '../../src/domain/catalogue/service-item';
import { validateCreditCode } from '../../src/domain/identity/credit-code';
import { residentIdCheckCharacter, validateResidentId } from '../../src/domain/identity/resident-id';
import type { Actor } from '../../src/domain/roles';
import { DEMO_CATALOGUE, generateDemoDistrict } from '../../src/demo';
import { medianMs, opsPerSecond, type Measurement } from './measure';

const calendar = createOfficialWorkingDayCalendar();

function idNumberOf(i: number): string {
  const body = `110105${1950 + (i % 60)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

/** The actions of one case taken from 报送 to 送达, by the village agent and the township reviewer. */
function lifecycleOf(
  i: number,
  agent: Actor,
  reviewer: Actor,
): { action: CaseAction; actor: Actor; now: string }[] {
  const item = snapshotOf(DEMO_CATALOGUE[i % DEMO_CATALOGUE.length]!);
  const caseId = `case-${String(i).padStart(8, '0')}`;
  const base = {
    caseId,
    regionCode: agent.scope,
    deviceId: 'bench-device',
    clientTime: '2026-03-02T09:00:00+08:00',
  };
  const by = (actor: Actor) => ({ actorId: actor.userId, actorName: actor.name, actorRole: actor.role });
  const steps = [
    {
      type: 'submit',
      actor: agent,
      payload: {
        receiptNo: generateReceiptNo({
          regionCode: agent.scope,
          deviceSeq: 1,
          date: '2026-03-02',
          counter: (i % 9999) + 1,
        }),
        item,
        applicant: {
          kind: 'person',
          name: '测试申请人',
          idNumber: idNumberOf(i),
          phone: '13800138000',
          address: '',
        },
        proxy: null,
        fields: {},
        materials: item.materials.map((m) => ({ materialId: m.id, form: '原件', files: ['a'.repeat(64)] })),
        authorisationSignature: 'b'.repeat(64),
      },
    },
    { type: 'receive', actor: reviewer, payload: { note: '' } },
    { type: 'accept', actor: reviewer, payload: { note: '' } },
    {
      type: 'decide',
      actor: reviewer,
      payload: { outcome: 'approved', documentNo: `准字${i}号`, reason: '', file: null },
    },
    { type: 'deliver', actor: agent, payload: { method: 'in_person', signature: null, note: '' } },
  ] as const;
  return steps.map((step, n) => ({
    // The union of payload shapes is checked by parseCaseAction inside applyAction.
    action: {
      ...base,
      ...by(step.actor),
      id: `${caseId}-a${n}`,
      type: step.type,
      payload: step.payload,
    } as unknown as CaseAction,
    actor: step.actor,
    now: `2026-03-0${2 + n}T10:00:00+08:00`,
  }));
}

export function runKernelBench(): Measurement[] {
  const district = generateDemoDistrict();
  const agentUser = district.users.find((u) => u.role === 'agent')!;
  const reviewerUser = district.users.find(
    (u) => u.role === 'reviewer' && agentUser.scope.startsWith(u.scope),
  )!;
  const agent: Actor = { userId: agentUser.id, name: agentUser.name, role: 'agent', scope: agentUser.scope };
  const reviewer: Actor = {
    userId: reviewerUser.id,
    name: reviewerUser.name,
    role: 'reviewer',
    scope: reviewerUser.scope,
  };

  const ids = Array.from({ length: 1000 }, (_, i) => idNumberOf(i));
  const cases = Array.from({ length: 10_000 }, (_, i) => lifecycleOf(i, agent, reviewer));
  let rejected = 0;
  const foldMs = medianMs(() => {
    for (const steps of cases) {
      let head: CaseHead | null = null;
      for (const { action, actor, now } of steps) {
        const result = applyAction(head, action, { actor, now, calendar });
        if (result.ok) head = result.head;
        else rejected++;
      }
    }
  }, 3);
  if (rejected > 0) throw new Error(`benchmark lifecycle rejected ${rejected} actions: fix the bench`);

  return [
    {
      name: 'validateResidentId',
      unit: 'ops/s',
      value: opsPerSecond((i) => validateResidentId(ids[i % ids.length]!, '2026-11-23')),
      note: '居民身份证号码 check incl. birth date and check character',
    },
    {
      name: 'validateCreditCode',
      unit: 'ops/s',
      value: opsPerSecond(() => validateCreditCode('91350100M000100Y43')),
      note: '统一社会信用代码 check',
    },
    {
      name: 'addWorkingDays(+20)',
      unit: 'ops/s',
      value: opsPerSecond((i) => calendar.addWorkingDays(`2026-0${1 + (i % 9)}-1${i % 10}`, 20)),
      note: 'deadline of a 20-working-day time limit, official 2026 schedule',
    },
    {
      name: 'fold 10,000 cases × 5 actions',
      unit: 'ms',
      value: foldMs,
      note: 'applyAction for 报送→收件→受理→办结→送达 of 10,000 cases (what a server rebuild pays)',
    },
    {
      name: 'generateDemoDistrict',
      unit: 'ms',
      value: medianMs(() => generateDemoDistrict(), 5),
      note: '18 townships, 272 villages, 311 users, the catalogue',
    },
  ];
}
