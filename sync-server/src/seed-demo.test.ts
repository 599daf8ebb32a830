import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_LOGINS,
  DEMO_SEED,
  foldDemoHistory,
  generateDemoDistrict,
  generateDemoHistory,
} from '../../src/demo';
import { OFFICIAL_SCHEDULES } from '../../src/domain/calendar/official-schedules';
import { demoLoginsFor, isStoreEmpty, seedDemoDistrict } from './seed-demo';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';

/** A fast stand-in for scrypt: the seed's shape is under test here; cli start-up runs the real hashing. */
const fakeHash = async (password: string) => `fake$${password.length}`;

describe('seedDemoDistrict', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daiban-seed-'));
    store = await openSqliteStore(join(dir, 'daiban.sqlite'));
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'loads the whole demo district and its history into an empty store, once',
    { timeout: 60_000 },
    async () => {
      expect(await isStoreEmpty(store)).toBe(true);
      const district = generateDemoDistrict();
      const result = await seedDemoDistrict(store, { hash: fakeHash });
      expect(result).toMatchObject({
        regions: district.regions.length,
        users: district.users.length,
        catalogueItems: district.catalogue.length,
        holidaySchedules: OFFICIAL_SCHEDULES.length,
      });
      expect(await store.countUsers()).toBe(district.users.length);
      expect(await store.listRegionsInScope(district.district.code.slice(0, 6))).toHaveLength(
        district.regions.length,
      );
      expect((await store.listLatestCatalogue()).map((item) => item.name)).toContain('最低生活保障申请');
      expect((await store.listHolidaySchedules()).map((s) => s.year)).toEqual(
        OFFICIAL_SCHEDULES.map((s) => s.year),
      );
      for (const login of DEMO_LOGINS)
        expect(await store.getUserByUsername(login.username)).toMatchObject({ role: login.role });
      expect((await store.listAudit({ target: 'store' }))[0]?.action).toBe('seed.demo');

      // The historical cases are the reducer's own fold of the demo history: stored heads equal it.
      const history = generateDemoHistory({ seed: DEMO_SEED, district });
      const { heads } = foldDemoHistory(history.events);
      expect(result?.historicalCases).toBe(heads.length);
      expect(result?.historicalActions).toBe(history.events.length);
      expect(result?.historicalConsultations).toBe(history.consultations.length);
      expect(heads.length).toBeGreaterThan(1000);
      for (const head of [heads[0]!, heads[Math.floor(heads.length / 2)]!, heads.at(-1)!]) {
        expect((await store.getCaseHead(head.id))?.head).toEqual(head);
        expect(await store.listActionsOfCase(head.id)).toHaveLength(head.timeline.length);
      }

      expect(await seedDemoDistrict(store, { hash: fakeHash })).toBeNull();
      expect(await store.countUsers()).toBe(district.users.length);
    },
  );

  it('prints the logins of the seed it was given', () => {
    expect(demoLoginsFor(null)).toBe(DEMO_LOGINS);
    expect(demoLoginsFor(7).map((l) => l.username)).toEqual(DEMO_LOGINS.map((l) => l.username));
  });
});
