/**
 * Village-level workloads for the weak-link, server-capacity and case-list benchmarks, all made by the demo
 * history generator (real catalogue items, valid 居民身份证号码, every action accepted by the domain reducer):
 * - `newSubmits`: new cases (`submit` actions, 报送) of villages as their agents' tablets push them;
 * - `buildVillageWorkload`: N whole cases (all their actions, folded into heads) in one village.
 * Ids are renamed with a prefix so they never collide with the demo history of a seeded data directory.
 */
import {
  DEMO_SEED,
  foldDemoHistory,
  generateDemoDistrict,
  generateDemoHistory,
  type DemoHistoryEvent,
} from '../../src/demo';
import type { CaseAction, CaseHead } from '../../src/domain/case/case-types';

export interface DemoAgent {
  username: string;
  userId: string;
  /** The village (12-digit region code) of the agent's station. */
  village: string;
}

/** Every village agent (代办员) of the demo district, in the district's order. */
export function demoAgents(): DemoAgent[] {
  return generateDemoDistrict()
    .users.filter((user) => user.role === 'agent')
    .map((user) => ({ username: user.username, userId: user.id, village: user.scope }));
}

export function demoAgent(username: string): DemoAgent {
  const agent = demoAgents().find((candidate) => candidate.username === username);
  if (!agent) throw new Error(`no demo agent ${username}`);
  return agent;
}

const renamedAction = (action: CaseAction, prefix: string): CaseAction =>
  ({
    ...action,
    id: action.id.replace(/^demo-case-/, prefix),
    caseId: action.caseId.replace(/^demo-case-/, prefix),
  }) as CaseAction;

/** A run-unique id prefix (ids must be new on every run against the same data directory). */
export const runPrefix = (tag: string) => `${tag}${Date.now().toString(36)}-`;

/** `perVillage` new cases (submit actions) for each village, ids prefixed with `prefix`. */
export function newSubmits(
  villages: readonly string[],
  perVillage: number,
  options: { seed: number; prefix: string },
): Map<string, CaseAction[]> {
  const district = generateDemoDistrict();
  const wanted = new Set(villages);
  const history = generateDemoHistory({
    seed: DEMO_SEED + options.seed,
    district: { ...district, villages: district.villages.filter((v) => wanted.has(v.code)) },
    months: 12,
    casesPerVillagePerMonth: [Math.ceil(perVillage / 12) + 3, Math.ceil(perVillage / 12) + 5],
  });
  const byVillage = new Map<string, CaseAction[]>(villages.map((village) => [village, []]));
  for (const { action } of history.events) {
    if (action.type !== 'submit') continue;
    const list = byVillage.get(action.regionCode);
    if (list && list.length < perVillage) list.push(renamedAction(action, options.prefix));
  }
  for (const [village, list] of byVillage)
    if (list.length < perVillage) throw new Error(`only ${list.length} submits generated for ${village}`);
  return byVillage;
}

/** `caseCount` whole cases in the agent's village: every action (server order) and the folded heads. */
export function buildVillageWorkload(
  username: string,
  caseCount: number,
): { village: string; events: DemoHistoryEvent[]; heads: CaseHead[] } {
  const district = generateDemoDistrict();
  const { village } = demoAgent(username);
  const perMonth = Math.ceil(caseCount / 12) + 4;
  const history = generateDemoHistory({
    seed: DEMO_SEED + 17,
    district: { ...district, villages: district.villages.filter((v) => v.code === village) },
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
    .filter((event) => keep.has(event.action.caseId))
    .map((event) => ({ ...event, action: renamedAction(event.action, 'bench-list-') }));
  const folded = foldDemoHistory(events);
  if (folded.rejected.length > 0) throw new Error(`refused action: ${folded.rejected[0]?.reason}`);
  return { village, events, heads: folded.heads };
}

/** A submit action as a tablet pushes it (RxDB push row: status pending, no server fields). */
export function pushRowOf(action: CaseAction, deviceId: string) {
  return {
    assumedMasterState: null,
    newDocumentState: { ...action, deviceId, status: 'pending', rejection: null, serverTime: null },
  };
}
