/**
 * The initial-sync workload of a township tablet: N cases (default 10,000) with all their actions in the
 * township of the reviewer zhen05a, made by the demo history generator and folded through the domain
 * reducer (so every head is one the server would have built), plus 1,000 new `submit` actions by one
 * village agent for the push figure. Deterministic; ids are prefixed `bench-` so they never collide with
 * the demo history already in a seeded data directory.
 */
import {
  DEMO_SEED,
  foldDemoHistory,
  generateDemoDistrict,
  generateDemoHistory,
  type DemoHistoryEvent,
} from '../../src/demo';
import type { CaseAction, CaseHead } from '../../src/domain/case/case-types';

export const BENCH_REVIEWER = 'zhen05a';

export interface SyncWorkload {
  /** The reviewer's township scope (9 digits). */
  township: string;
  events: DemoHistoryEvent[];
  heads: CaseHead[];
  /** 1,000 submit actions (new cases) by `pushAgent`, for the push figure (deviceId filled in later). */
  pushActions: CaseAction[];
  pushAgent: { username: string; userId: string };
}

const rename = (id: string, prefix: string) => id.replace(/^demo-case-/, prefix);

function renamed(event: DemoHistoryEvent, prefix: string): DemoHistoryEvent {
  const action = {
    ...event.action,
    id: rename(event.action.id, prefix),
    caseId: rename(event.action.caseId, prefix),
  } as CaseAction;
  return { ...event, action };
}

/** The township (9-digit scope) of the bench reviewer. */
export function benchTownship(): string {
  const reviewer = generateDemoDistrict().users.find((u) => u.username === BENCH_REVIEWER);
  if (!reviewer) throw new Error(`demo user ${BENCH_REVIEWER} not found`);
  return reviewer.scope;
}

/** `caseCount` new cases (in addition to whatever the data directory already holds). */
export function buildSyncWorkload(caseCount: number, pushCount: number): SyncWorkload {
  const district = generateDemoDistrict();
  const township = benchTownship();
  const villages = district.villages.filter((v) => v.code.startsWith(township));
  // Enough cases per village per month over 12 months, then keep exactly `caseCount` whole cases.
  const perMonth = Math.ceil(caseCount / villages.length / 12) + 2;
  const history = generateDemoHistory({
    seed: DEMO_SEED + 7,
    district: { ...district, villages },
    months: 12,
    casesPerVillagePerMonth: [perMonth, perMonth + 2],
  });
  const keep = new Set<string>();
  for (const event of history.events) {
    if (keep.size >= caseCount) break;
    keep.add(event.action.caseId);
  }
  if (keep.size < caseCount) throw new Error(`only ${keep.size} cases generated, wanted ${caseCount}`);
  const events = history.events
    .filter((e) => keep.has(e.action.caseId))
    .map((e) => renamed(e, 'bench-case-'));
  const folded = foldDemoHistory(events);
  if (folded.rejected.length > 0)
    throw new Error(`bench history has refused actions: ${folded.rejected[0]?.reason}`);

  // Push: one village agent's tablet sends `pushCount` new cases (submit actions) it took in offline.
  const village = villages[0];
  if (!village) throw new Error('township without villages');
  const agent = district.users.find((u) => u.role === 'agent' && u.scope === village.code);
  if (!agent) throw new Error(`no agent for ${village.code}`);
  const pushHistory = generateDemoHistory({
    seed: DEMO_SEED + 11,
    district: { ...district, villages: [village] },
    months: 12,
    casesPerVillagePerMonth: [Math.ceil(pushCount / 12) + 5, Math.ceil(pushCount / 12) + 8],
  });
  const pushActions = pushHistory.events
    .filter((e) => e.action.type === 'submit')
    .slice(0, pushCount)
    .map((e) => renamed(e, 'bench-push-').action);
  if (pushActions.length < pushCount) throw new Error(`only ${pushActions.length} submits for the push`);
  return {
    township,
    events,
    heads: folded.heads,
    pushActions,
    pushAgent: { username: agent.username, userId: agent.id },
  };
}
