/**
 * Seeds an EMPTY store with the demo district (演示数据): its regions, its users (each password hashed with
 * scrypt and its own salt), the service catalogue and the official holiday schedules. Everything commits in
 * one transaction; a store that already holds replicated data is left alone.
 *
 * Demo data only: every demo account shares a public password.
 */
import {
  DEMO_LOGINS,
  DEMO_SEED,
  demoLoginsOf,
  foldDemoHistory,
  generateDemoDistrict,
  generateDemoHistory,
  generateDemoRegions,
  generateDemoUsers,
  type DemoLogin,
} from '../../src/demo';
import { OFFICIAL_SCHEDULES } from '../../src/domain/calendar/official-schedules';
import { serviceItemSchema } from '../../src/domain/catalogue/service-item';
import { hashPassword } from './auth/password-hash';
import { StoreConflictError, type NewUser, type Store } from './store/store';

export interface DemoSeedResult {
  regions: number;
  users: number;
  catalogueItems: number;
  holidaySchedules: number;
  /** Historical cases (办件) and consultations (咨询) of the last months, so dashboards have data. */
  historicalCases: number;
  historicalActions: number;
  historicalConsultations: number;
  /** Time spent hashing the passwords, and in total. */
  hashMs: number;
  totalMs: number;
}

/** True when no replicated row exists yet (no region, user, catalogue item, schedule, action or case). */
export async function isStoreEmpty(store: Store): Promise<boolean> {
  return (await store.maxSeq()) === 0;
}

/** The printed demo logins for a generator seed (null: the default seed). */
export function demoLoginsFor(seed: number | null): readonly DemoLogin[] {
  if (seed === null) return DEMO_LOGINS;
  const regions = generateDemoRegions(seed);
  return demoLoginsOf(regions, generateDemoUsers(regions, seed));
}

/**
 * Seeds the demo district when the store is empty; returns null (and writes nothing) when it is not, or
 * when another server instance seeded it first.
 */
export async function seedDemoDistrict(
  store: Store,
  options: {
    seed?: number | null;
    now?: () => number;
    /** The password hash function (tests pass a fast one; the default is scrypt). */
    hash?: (password: string) => Promise<string>;
    /** Also load a few months of historical cases (default true). */
    withHistory?: boolean;
  } = {},
): Promise<DemoSeedResult | null> {
  if (!(await isStoreEmpty(store))) return null;
  const now = options.now ?? Date.now;
  const hash = options.hash ?? hashPassword;
  const started = performance.now();
  const district = generateDemoDistrict(
    options.seed === null || options.seed === undefined ? {} : { seed: options.seed },
  );

  const catalogue = district.catalogue.map((item, i) => {
    const parsed = serviceItemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `demo catalogue item #${i} (${item.code}) is invalid: ${issue?.path.join('.')} ${issue?.message}`,
      );
    }
    return parsed.data;
  });

  // A few months of cases through the same reducer the push path uses, so every head is one the server
  // would have built; the demo generator guarantees (and its tests check) that no action is refused.
  const history =
    options.withHistory === false
      ? { events: [], consultations: [] }
      : generateDemoHistory({ seed: options.seed ?? DEMO_SEED, district });
  const folded = foldDemoHistory(history.events);
  if (folded.rejected.length > 0) {
    throw new Error(
      `demo history has ${folded.rejected.length} refused actions: ${folded.rejected[0]?.reason}`,
    );
  }

  // scrypt runs on libuv's thread pool: hashing in parallel uses every thread.
  const users: NewUser[] = await Promise.all(
    district.users.map(async (user) => ({
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      scope: user.scope,
      passwordHash: await hash(user.password),
    })),
  );
  const hashMs = performance.now() - started;

  const at = new Date(now()).toISOString();
  try {
    await store.transaction(async (tx) => {
      await tx.upsertRegions(district.regions);
      for (const user of users) await tx.insertUser(user, at);
      for (const item of catalogue) await tx.publishCatalogueItem(item);
      for (const schedule of OFFICIAL_SCHEDULES) await tx.upsertHolidaySchedule(schedule, at);
      for (const { action, actor, now: serverTime } of history.events) {
        await tx.insertAction({
          id: action.id,
          caseId: action.caseId,
          regionCode: action.regionCode,
          status: 'accepted',
          rejection: null,
          action,
          authorId: actor.userId,
          serverTime,
        });
      }
      for (const head of folded.heads) {
        await tx.upsertCaseHead({
          caseId: head.id,
          regionCode: head.regionCode,
          head,
          updatedAt: head.updatedAt,
        });
      }
      for (const consultation of history.consultations) {
        const serverTime = consultation.serverTime ?? consultation.clientTime;
        await tx.insertConsultation({
          id: consultation.id,
          regionCode: consultation.regionCode,
          document: { ...consultation, serverTime },
          authorId: consultation.actorId,
          serverTime,
        });
      }
      await tx.appendAudit({
        actorId: null,
        action: 'seed.demo',
        target: 'store',
        at,
        details: { regions: district.regions.length, users: users.length, catalogueItems: catalogue.length },
      });
    });
  } catch (error) {
    // Another instance (PostgreSQL) seeded between our emptiness check and our commit.
    if (error instanceof StoreConflictError) return null;
    throw error;
  }
  return {
    regions: district.regions.length,
    users: users.length,
    catalogueItems: catalogue.length,
    holidaySchedules: OFFICIAL_SCHEDULES.length,
    historicalCases: folded.heads.length,
    historicalActions: history.events.length,
    historicalConsultations: history.consultations.length,
    hashMs: Math.round(hashMs),
    totalMs: Math.round(performance.now() - started),
  };
}
