/**
 * The agent's case list (办件查询) at 10,000 local cases, below the screen (driven by case-list-bench.ts),
 * on the APP's own database of this origin (`daiban`), after the app signed in once on this browser profile:
 * `prepare` unlocks the app's vault with the password (src/db/device-vault + crypto/key-vault) and pulls the
 * village's caseHeads and actions into it with the app's pull handlers and sealing converters, under the
 * sync engine's replication identifiers, so the app later resumes from these checkpoints (the app's own
 * first sync is far slower: see case-list-bench.ts). `measure` then runs the pipeline of
 * src/features/cases/use-listed-cases + case-list-filter on a fresh case store: `listCases` (opens every
 * sealed head, folds pending actions), the 电子监察 light of each case and `filterCases` for a text query; an
 * ID-number query goes through the keyed-hash index (`caseIdsByIdNumber`).
 */
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar';
import { todayInChina } from '../../../src/domain/calendar/china-date';
import type { Actor } from '../../../src/domain/roles';
import { unlockVault } from '../../../src/db/crypto/key-vault';
import type { DataKeys } from '../../../src/db/crypto/field-cipher';
import { createCaseStore } from '../../../src/db/case-store';
import { openDaibanDatabase, type DaibanDatabase } from '../../../src/db/daiban-database';
import { loadVault } from '../../../src/db/device-vault';
import { caseLightOf } from '../../../src/features/cases/case-light';
import { EMPTY_FILTER, filterCases, type ListedCase } from '../../../src/features/cases/case-list-filter';
import { pullOnce, type BenchSession } from './bench-replication';

let device: { db: DaibanDatabase; keys: DataKeys; actor: Actor } | null = null;

/** Not timed here (the driver reports it for reference): the village's cases into the app's database. */
async function prepare(session: BenchSession, actor: Actor, password: string) {
  const db = await openDaibanDatabase();
  const vault = await loadVault(db);
  if (!vault) throw new Error('the app has not signed in on this profile (no vault)');
  const keys = await unlockVault(vault.keys, password);
  if (!keys) throw new Error('the password does not open the vault');
  const started = performance.now();
  const { errors } = await pullOnce(
    db,
    keys,
    session,
    ['caseHeads', 'actions'],
    (collection) => `daiban-${collection}-v1`, // src/sync/sync-engine.ts
  );
  const syncMs = performance.now() - started;
  device = { db, keys, actor };
  return {
    syncMs,
    heads: await db.caseHeads.count().exec(),
    actions: await db.actions.count().exec(),
    errors,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Timed steps; `repeats` runs of each warm step, the median is reported. */
async function measure(input: { text: string; idNumber: string; repeats: number }) {
  if (!device) throw new Error('prepare first');
  const { db, keys, actor } = device;
  const calendar = createOfficialWorkingDayCalendar();
  const store = createCaseStore(db, keys, { calendar, actor });
  const today = todayInChina();
  const listed = async (): Promise<ListedCase[]> =>
    (await store.listCases()).map((local) => ({
      head: local.head,
      light: caseLightOf(local.head, today, calendar),
      pendingCount: local.pendingCount,
      rejectedCount: local.rejectedCount,
    }));

  // First read of a fresh store: every sealed head is decrypted (what opening the screen pays).
  let started = performance.now();
  const first = filterCases(await listed(), EMPTY_FILTER, null);
  const coldMs = performance.now() - started;

  const warm: number[] = [];
  const text: number[] = [];
  const id: number[] = [];
  let all: ListedCase[] = first;
  let textHits = 0;
  let idHits = 0;
  for (let run = 0; run < input.repeats; run += 1) {
    started = performance.now();
    all = filterCases(await listed(), EMPTY_FILTER, null);
    warm.push(performance.now() - started);

    started = performance.now();
    textHits = filterCases(all, { ...EMPTY_FILTER, query: input.text }, null).length;
    text.push(performance.now() - started);

    started = performance.now();
    const matches = await store.caseIdsByIdNumber(input.idNumber);
    idHits = filterCases(all, { ...EMPTY_FILTER, query: input.idNumber }, matches).length;
    id.push(performance.now() - started);
  }
  await db.close(); // the app opens it next
  device = null;
  return {
    cases: first.length,
    coldMs,
    warmMs: median(warm),
    textMs: median(text),
    textHits,
    idMs: median(id),
    idHits,
    total: all.length,
  };
}

export const caseListBench = { prepare, measure };
export type CaseListBenchPage = typeof caseListBench;
