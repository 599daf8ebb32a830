/**
 * Store contract, part 2: what the replication endpoints added (consultations, the author's own actions in
 * the feed, users above the scope, the admins' device list). Run by both store test files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../src/domain/wire/replication-messages';
import type { Store } from './store';
import {
  actionRecord,
  LATER,
  NOW,
  REGIONS,
  user,
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
} from './store-contract-fixtures';

function consultation(id: string, regionCode: string): Consultation {
  return {
    id,
    regionCode,
    itemCode: null,
    topic: '咨询低保申请条件',
    minutes: 10,
    actorId: 'u1',
    clientTime: NOW,
    serverTime: LATER,
  };
}

export function runReplicationStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  cleanup: (store: Store) => Promise<void>,
): void {
  describe(`Store contract (replication): ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
      await store.upsertRegions(REGIONS);
    });
    afterEach(async () => {
      await cleanup(store);
    });

    it('stores consultations insert-only and feeds them by jurisdiction', async () => {
      const first = consultation('cons-0001', VILLAGE_A1);
      const inserted = await store.insertConsultation({
        id: first.id,
        regionCode: first.regionCode,
        document: first,
        authorId: 'u1',
        serverTime: LATER,
      });
      expect(inserted.status).toBe('inserted');
      const again = await store.insertConsultation({
        id: first.id,
        regionCode: VILLAGE_B1,
        document: { ...first, topic: '别的' },
        authorId: 'u2',
        serverTime: LATER,
      });
      expect(again).toEqual({ status: 'duplicate' });
      const stored = await store.getConsultation(first.id);
      expect(stored).toMatchObject({
        id: first.id,
        regionCode: VILLAGE_A1,
        authorId: 'u1',
        serverTime: LATER,
      });
      expect(stored?.document).toEqual(first);
      expect(await store.getConsultation('cons-none')).toBeNull();
      const b1 = consultation('cons-0002', VILLAGE_B1);
      await store.transaction((tx) =>
        tx.insertConsultation({
          id: b1.id,
          regionCode: VILLAGE_B1,
          document: b1,
          authorId: 'u2',
          serverTime: LATER,
        }),
      );
      const feed = await store.changesSince('consultations', '360799101', 0, 100);
      expect(feed.rows.map((r) => r.document.id)).toEqual(['cons-0001']);
      expect(await store.maxSeq()).toBeGreaterThanOrEqual(
        (await store.changesSince('consultations', '', 0, 10)).checkpoint,
      );
    });

    it("feeds an author's own actions outside the prefix only when asked", async () => {
      await store.insertAction({ ...actionRecord('act-a1-0001', 'case-a1', VILLAGE_A1), authorId: 'u9' });
      await store.insertAction({ ...actionRecord('act-b1-0001', 'case-b1', VILLAGE_B1), authorId: 'u9' });
      await store.insertAction({ ...actionRecord('act-b1-0002', 'case-b1', VILLAGE_B1), authorId: 'u8' });
      const plain = await store.changesSince('actions', VILLAGE_A1, 0, 100);
      expect(plain.rows.map((r) => r.document.id)).toEqual(['act-a1-0001']);
      const withOwn = await store.changesSince('actions', VILLAGE_A1, 0, 100, { authorId: 'u9' });
      expect(withOwn.rows.map((r) => r.document.id)).toEqual(['act-a1-0001', 'act-b1-0001']);
    });

    it('feeds users of the scope and the accounts above it, never beside it', async () => {
      await store.insertUser(user('u-a1', { scope: VILLAGE_A1 }), NOW);
      await store.insertUser(user('u-a2', { scope: VILLAGE_A2 }), NOW);
      await store.insertUser(user('u-town', { scope: '360799101', role: 'reviewer' }), NOW);
      await store.insertUser(user('u-town-b', { scope: '360799102', role: 'reviewer' }), NOW);
      await store.insertUser(user('u-dist', { scope: '360799', role: 'supervisor' }), NOW);
      const ids = (await store.changesSince('users', VILLAGE_A1, 0, 100)).rows.map((r) => r.document.id);
      expect(ids.sort()).toEqual(['u-a1', 'u-dist', 'u-town']);
    });

    it('finds a file referenced by an action of a case in scope only', async () => {
      const file = 'c'.repeat(64);
      const record = actionRecord('act-file-0001', 'case-file', VILLAGE_A1);
      const action = { ...record.action, payload: { ...record.action.payload, signature: file } };
      await store.insertAction({ ...record, action: action as typeof record.action });
      expect(await store.isFileReferencedInScope(file, '360799101')).toBe(true);
      expect(await store.isFileReferencedInScope(file, VILLAGE_B1)).toBe(false);
      expect(await store.isFileReferencedInScope('d'.repeat(64), '360799')).toBe(false);
      await expect(store.isFileReferencedInScope('%', '360799')).rejects.toThrow(RangeError);
    });

    it('lists the devices of a scope with their accounts', async () => {
      await store.insertUser(user('u-a1', { scope: VILLAGE_A1 }), NOW);
      await store.insertUser(user('u-b1', { scope: VILLAGE_B1 }), NOW);
      const device = { name: '平板', registeredAt: NOW, lastSeenAt: NOW, revokedAt: null };
      await store.insertDevice({ ...device, id: 'dev-a1', userId: 'u-a1' });
      await store.insertDevice({ ...device, id: 'dev-b1', userId: 'u-b1', registeredAt: LATER });
      const township = await store.listDevicesInScope('360799101');
      expect(township).toEqual([
        {
          ...device,
          id: 'dev-a1',
          userId: 'u-a1',
          username: 'user-u-a1',
          userRole: 'agent',
          userScope: VILLAGE_A1,
        },
      ]);
      expect((await store.listDevicesInScope('360799')).map((d) => d.id)).toEqual(['dev-b1', 'dev-a1']);
      await expect(store.listDevicesInScope('3%')).rejects.toThrow(RangeError);
    });
  });
}
