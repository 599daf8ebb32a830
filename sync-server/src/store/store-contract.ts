/**
 * The store contract: one suite every Store implementation passes (run by sqlite-store.test.ts and
 * postgres-store.test.ts). Each test gets a fresh, unmigrated store from `makeStore`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store';
import { StoreConflictError } from './store';
import {
  actionRecord,
  caseHead,
  DISTRICT,
  LATER,
  NOW,
  REGIONS,
  SCHEDULE,
  serviceItem,
  sleep,
  TOWNSHIP_A,
  user,
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
} from './store-contract-fixtures';

export function runStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  cleanup: (store: Store) => Promise<void>,
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await cleanup(store);
    });

    it('applies migrations once, records them and answers ping', async () => {
      expect(await store.migrate()).toEqual([]);
      const status = await store.migrationStatus();
      expect(status.pending).toEqual([]);
      expect(status.applied).toContain('0001_initial');
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('lists the regions of a scope with its ancestors, and refuses a non-digit prefix', async () => {
      await store.upsertRegions(REGIONS);
      const codes = (await store.listRegionsInScope(VILLAGE_A1)).map((r) => r.code);
      expect(codes).toEqual([DISTRICT, TOWNSHIP_A, VILLAGE_A1]);
      const township = (await store.listRegionsInScope('360799101')).map((r) => r.code);
      expect(township).toEqual([DISTRICT, TOWNSHIP_A, VILLAGE_A1, VILLAGE_A2]);
      expect(await store.listRegionsInScope('360799')).toHaveLength(REGIONS.length);
      expect(await store.getRegion(TOWNSHIP_A)).toEqual(REGIONS[2]);
      await expect(store.listRegionsInScope('36%')).rejects.toThrow(RangeError);
    });

    it('refuses a region whose parent does not exist, and keeps nothing of that batch', async () => {
      const orphan = {
        code: '360799103201',
        name: '孤村',
        level: 'village',
        parentCode: '360799103000',
        kind: '村',
      } as const;
      await expect(store.upsertRegions([REGIONS[1]!, orphan])).rejects.toThrow();
      expect(await store.getRegion(DISTRICT)).toBeNull();
    });

    it('stores users with a unique username and id', async () => {
      const created = await store.insertUser(user('u1'), NOW);
      expect(created).toMatchObject({ id: 'u1', isActive: true, createdAt: NOW });
      expect(await store.getUserByUsername('user-u1')).toEqual(created);
      expect(await store.getUserById('u1')).toEqual(created);
      await expect(store.insertUser(user('u2', { username: 'user-u1' }), NOW)).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      await expect(store.insertUser(user('u1', { username: 'other' }), NOW)).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      expect(await store.setUserActive('u1', false, LATER)).toBe(true);
      expect(await store.getUserById('u1')).toMatchObject({ isActive: false, updatedAt: LATER });
      expect(await store.setUserPasswordHash('u1', 'scrypt$new', LATER)).toBe(true);
      expect((await store.getUserById('u1'))?.passwordHash).toBe('scrypt$new');
      expect(await store.countUsers()).toBe(1);
      expect(await store.getUserByUsername('nobody')).toBeNull();
    });

    it('registers, touches and revokes devices; revoking a device revokes its refresh tokens', async () => {
      await store.insertUser(user('u1'), NOW);
      const device = {
        id: 'dev-00001',
        userId: 'u1',
        name: '平板',
        registeredAt: NOW,
        lastSeenAt: NOW,
        revokedAt: null,
      };
      await store.insertDevice(device);
      await expect(store.insertDevice(device)).rejects.toBeInstanceOf(StoreConflictError);
      await store.touchDevice('dev-00001', LATER, '新平板');
      expect(await store.getDevice('dev-00001')).toEqual({ ...device, name: '新平板', lastSeenAt: LATER });
      const token = {
        tokenHash: 'h1',
        userId: 'u1',
        deviceId: 'dev-00001',
        issuedAt: NOW,
        expiresAt: '2026-04-01T00:00:00.000Z',
        rotatedAt: null,
        revokedAt: null,
      };
      await store.insertRefreshToken(token);
      expect(await store.revokeDevice('dev-00001', LATER)).toBe(true);
      expect(await store.revokeDevice('dev-00001', LATER)).toBe(false);
      expect((await store.getDevice('dev-00001'))?.revokedAt).toBe(LATER);
      expect((await store.getRefreshToken('h1'))?.revokedAt).toBe(LATER);
      expect(await store.listDevicesOfUser('u1')).toHaveLength(1);
    });

    it('rotates a refresh token once; a rotated, revoked or expired token cannot rotate', async () => {
      await store.insertUser(user('u1'), NOW);
      await store.insertDevice({
        id: 'dev-00001',
        userId: 'u1',
        name: '',
        registeredAt: NOW,
        lastSeenAt: NOW,
        revokedAt: null,
      });
      const base = { userId: 'u1', deviceId: 'dev-00001', issuedAt: NOW, rotatedAt: null, revokedAt: null };
      const expires = '2026-04-01T00:00:00.000Z';
      await store.insertRefreshToken({ ...base, tokenHash: 'h1', expiresAt: expires });
      expect(
        await store.rotateRefreshToken('h1', { ...base, tokenHash: 'h2', expiresAt: expires }, LATER),
      ).toBe(true);
      expect(
        await store.rotateRefreshToken('h1', { ...base, tokenHash: 'h3', expiresAt: expires }, LATER),
      ).toBe(false);
      expect(await store.getRefreshToken('h3')).toBeNull();
      expect((await store.getRefreshToken('h1'))?.rotatedAt).toBe(LATER);
      expect(await store.revokeRefreshToken('h2', LATER)).toBe(true);
      expect(
        await store.rotateRefreshToken('h2', { ...base, tokenHash: 'h4', expiresAt: expires }, LATER),
      ).toBe(false);
      await store.insertRefreshToken({ ...base, tokenHash: 'h5', expiresAt: NOW });
      expect(
        await store.rotateRefreshToken('h5', { ...base, tokenHash: 'h6', expiresAt: expires }, LATER),
      ).toBe(false);
      expect(await store.revokeRefreshTokensOfDevice('dev-00001', LATER)).toBe(2);
    });

    it('keeps every catalogue version and lists the latest of each item', async () => {
      await store.publishCatalogueItem(serviceItem('A', 1, 'A 第一版'));
      await store.publishCatalogueItem(serviceItem('B', 1, 'B 第一版'));
      await store.publishCatalogueItem(serviceItem('A', 2, 'A 第二版'));
      await expect(store.publishCatalogueItem(serviceItem('A', 2))).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      expect((await store.listLatestCatalogue()).map((i) => `${i.code}:${i.version}:${i.name}`)).toEqual([
        'A:2:A 第二版',
        'B:1:B 第一版',
      ]);
      expect((await store.getCatalogueItem('A', 1))?.name).toBe('A 第一版');
      expect(await store.getCatalogueItem('A')).toEqual(serviceItem('A', 2, 'A 第二版'));
      expect(await store.getCatalogueItem('C')).toBeNull();
    });

    it('replaces a holiday schedule by year with a new seq', async () => {
      const first = await store.upsertHolidaySchedule(SCHEDULE, NOW);
      const second = await store.upsertHolidaySchedule({ ...SCHEDULE, source: '更正' }, LATER);
      expect(second.seq).toBeGreaterThan(first.seq);
      const all = await store.listHolidaySchedules();
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ year: 2026, updatedAt: LATER, document: { source: '更正' } });
    });

    it('inserts actions once: a duplicate id is a no-op reported as duplicate', async () => {
      const first = await store.insertAction(actionRecord('act-00001', 'case-0001', VILLAGE_A1));
      expect(first.status).toBe('inserted');
      const again = await store.insertAction(
        actionRecord('act-00001', 'case-0001', VILLAGE_A1, {
          status: 'rejected',
          rejection: { code: 'case_exists', reason: '办件已存在' },
        }),
      );
      expect(again).toEqual({ status: 'duplicate' });
      const stored = await store.getAction('act-00001');
      expect(stored).toMatchObject({
        status: 'accepted',
        rejection: null,
        seq: first.status === 'inserted' ? first.seq : -1,
      });
      expect(stored?.action).toEqual(actionRecord('act-00001', 'case-0001', VILLAGE_A1).action);
      const rejection = { code: 'illegal_transition', reason: '当前状态不能受理' } as const;
      await store.insertAction(
        actionRecord('act-00002', 'case-0001', VILLAGE_A1, { status: 'rejected', rejection }),
      );
      const ofCase = await store.listActionsOfCase('case-0001');
      expect(ofCase.map((a) => [a.id, a.status])).toEqual([
        ['act-00001', 'accepted'],
        ['act-00002', 'rejected'],
      ]);
      expect(ofCase[1]?.rejection).toEqual(rejection);
    });

    it('commits "insert action + upsert head" together or not at all', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.insertAction(actionRecord('act-00001', 'case-0001', VILLAGE_A1));
          await tx.upsertCaseHead({
            caseId: 'case-0001',
            regionCode: VILLAGE_A1,
            head: caseHead('case-0001', VILLAGE_A1),
            updatedAt: NOW,
          });
          throw new Error('reducer failed');
        }),
      ).rejects.toThrow('reducer failed');
      expect(await store.getAction('act-00001')).toBeNull();
      expect(await store.getCaseHead('case-0001')).toBeNull();

      const seq = await store.transaction(async (tx) => {
        expect(await tx.getCaseHeadForUpdate('case-0001')).toBeNull();
        await tx.insertAction(actionRecord('act-00001', 'case-0001', VILLAGE_A1));
        return tx.upsertCaseHead({
          caseId: 'case-0001',
          regionCode: VILLAGE_A1,
          head: caseHead('case-0001', VILLAGE_A1),
          updatedAt: NOW,
        });
      });
      expect(await store.getCaseHead('case-0001')).toEqual({
        caseId: 'case-0001',
        regionCode: VILLAGE_A1,
        head: caseHead('case-0001', VILLAGE_A1),
        updatedAt: NOW,
        seq,
      });
      const newer = await store.upsertCaseHead({
        caseId: 'case-0001',
        regionCode: VILLAGE_A1,
        head: caseHead('case-0001', VILLAGE_A1, 'received'),
        updatedAt: LATER,
      });
      expect(newer).toBeGreaterThan(seq);
      expect((await store.getCaseHeadForUpdate('case-0001'))?.status).toBe('received');
    });

    it('refuses a nested transaction or a store write inside a transaction', async () => {
      await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toThrow(
        /inside Store.transaction/,
      );
      await expect(
        store.transaction(async () =>
          store.appendAudit({ actorId: null, action: 'x', target: 'y', at: NOW }),
        ),
      ).rejects.toThrow(/inside Store.transaction/);
    });

    it('feeds changes in seq order, filtered by jurisdiction in the query', async () => {
      await store.upsertRegions(REGIONS);
      await store.insertUser(user('u1', { scope: VILLAGE_A1 }), NOW);
      await store.insertUser(user('u2', { scope: VILLAGE_B1 }), NOW);
      for (const [i, region] of [VILLAGE_A1, VILLAGE_B1, VILLAGE_A2, VILLAGE_A1].entries()) {
        await store.insertAction(actionRecord(`act-0000${i}`, `case-000${i}`, region));
        await store.upsertCaseHead({
          caseId: `case-000${i}`,
          regionCode: region,
          head: caseHead(`case-000${i}`, region),
          updatedAt: NOW,
        });
      }
      await store.publishCatalogueItem(serviceItem('A', 1));
      await store.upsertHolidaySchedule(SCHEDULE, NOW);

      const township = await store.changesSince('actions', '360799101', 0, 100);
      expect(township.rows.map((r) => r.document.id)).toEqual(['act-00000', 'act-00002', 'act-00003']);
      expect(township.checkpoint).toBe(township.rows.at(-1)?.seq);
      const seqs = township.rows.map((r) => r.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

      const page1 = await store.changesSince('caseHeads', '360799101', 0, 2);
      const page2 = await store.changesSince('caseHeads', '360799101', page1.checkpoint, 2);
      const page3 = await store.changesSince('caseHeads', '360799101', page2.checkpoint, 2);
      expect([...page1.rows, ...page2.rows].map((r) => r.document.caseId)).toEqual([
        'case-0000',
        'case-0002',
        'case-0003',
      ]);
      expect(page3).toEqual({ rows: [], checkpoint: page2.checkpoint });

      expect(
        (await store.changesSince('actions', VILLAGE_B1, 0, 100)).rows.map((r) => r.document.regionCode),
      ).toEqual([VILLAGE_B1]);
      const regions = await store.changesSince('regions', VILLAGE_B1, 0, 100);
      expect(regions.rows.map((r) => r.document.code).sort()).toEqual([DISTRICT, '360799102000', VILLAGE_B1]);
      const users = await store.changesSince('users', '360799101', 0, 100);
      expect(users.rows.map((r) => r.document.id)).toEqual(['u1']);
      expect(users.rows[0]?.document).not.toHaveProperty('passwordHash');
      expect((await store.changesSince('catalogue', VILLAGE_B1, 0, 100)).rows).toHaveLength(1);
      expect((await store.changesSince('holidays', VILLAGE_B1, 0, 100)).rows[0]?.document.year).toBe(2026);
      expect(await store.maxSeq()).toBeGreaterThanOrEqual(township.checkpoint);
      await expect(store.changesSince('actions', "1' OR '1'='1", 0, 10)).rejects.toThrow(RangeError);
    });

    it('keeps an audit log, newest first', async () => {
      await store.appendAudit({
        actorId: 'u1',
        action: 'auth.login',
        target: 'user:u1',
        at: NOW,
        details: { deviceId: 'd1' },
      });
      await store.appendAudit({ actorId: null, action: 'seed.demo', target: 'store', at: LATER });
      const all = await store.listAudit();
      expect(all.map((e) => e.action)).toEqual(['seed.demo', 'auth.login']);
      expect(all[1]).toMatchObject({
        actorId: 'u1',
        target: 'user:u1',
        at: NOW,
        details: { deviceId: 'd1' },
      });
      expect(await store.listAudit({ target: 'store', limit: 5 })).toHaveLength(1);
    });

    it('never lets a puller miss a row while 10 writers insert concurrently (seq order = commit order)', async () => {
      const writers = 10;
      const perWriter = 25;
      let isWriting = true;
      const write = async (w: number) => {
        for (let i = 0; i < perWriter; i += 1) {
          await store.transaction(async (tx) => {
            await tx.insertAction(
              actionRecord(`act-w${w}-${String(i).padStart(4, '0')}`, `case-w${w}`, VILLAGE_A1),
            );
            // Hold the transaction open after taking the seq: without commit-order sequencing a later seq
            // would commit first and the puller below would skip this one forever.
            await sleep(Math.random() * 3);
          });
        }
      };
      const seen = new Map<string, number>();
      const pull = async () => {
        let checkpoint = 0;
        const drain = async () => {
          for (;;) {
            const batch = await store.changesSince('actions', '360799', checkpoint, 7);
            for (const row of batch.rows) {
              expect(row.seq).toBeGreaterThan(checkpoint);
              expect(seen.has(row.document.id)).toBe(false);
              seen.set(row.document.id, row.seq);
              checkpoint = row.seq;
            }
            if (batch.rows.length === 0) return;
          }
        };
        while (isWriting) {
          await drain();
          await sleep(1);
        }
        await drain();
      };
      const puller = pull();
      await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
      isWriting = false;
      await puller;
      expect(seen.size).toBe(writers * perWriter);
      const stored = await store.changesSince('actions', '', 0, 5_000);
      expect(stored.rows).toHaveLength(writers * perWriter);
    });
  });
}
