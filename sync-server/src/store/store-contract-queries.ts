/**
 * The store contract for the query operations (query-ops.ts): receipt lookup, scope listings and the audit
 * query. Run by sqlite-store.test.ts and postgres-store.test.ts like the other contract suites.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store';
import {
  caseHead,
  LATER,
  NOW,
  REGIONS,
  TOWNSHIP_A,
  user,
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
} from './store-contract-fixtures';

const consultation = (id: string, regionCode: string) => ({
  id,
  regionCode,
  document: {
    id,
    regionCode,
    itemCode: null,
    topic: '咨询',
    minutes: 5,
    actorId: 'u1',
    clientTime: NOW,
    serverTime: NOW,
  },
  authorId: 'u1',
  serverTime: NOW,
});

export function runQueryStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  cleanup: (store: Store) => Promise<void>,
): void {
  describe(`Store contract (queries): ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
      await store.upsertRegions(REGIONS);
    });
    afterEach(async () => {
      await cleanup(store);
    });

    it('finds a case head by its receipt number, and follows a replaced head', async () => {
      const head = { ...caseHead('case-1', VILLAGE_A1), receiptNo: 'R-0001-ABCD' };
      await store.upsertCaseHead({ caseId: 'case-1', regionCode: VILLAGE_A1, head, updatedAt: NOW });
      expect((await store.getCaseHeadByReceiptNo('R-0001-ABCD'))?.caseId).toBe('case-1');
      expect(await store.getCaseHeadByReceiptNo('R-0001-ABCE')).toBeNull();
      expect(await store.getCaseHeadByReceiptNo('R-0001-%')).toBeNull();
      const accepted = { ...head, status: 'accepted' as const };
      await store.upsertCaseHead({
        caseId: 'case-1',
        regionCode: VILLAGE_A1,
        head: accepted,
        updatedAt: LATER,
      });
      expect((await store.getCaseHeadByReceiptNo('R-0001-ABCD'))?.head.status).toBe('accepted');
    });

    it('lists case heads and consultations by scope prefix only', async () => {
      for (const [id, region] of [
        ['c-a1', VILLAGE_A1],
        ['c-a2', VILLAGE_A2],
        ['c-b1', VILLAGE_B1],
      ] as const) {
        await store.upsertCaseHead({
          caseId: id,
          regionCode: region,
          head: caseHead(id, region),
          updatedAt: NOW,
        });
        await store.insertConsultation(consultation(`k-${id}`, region));
      }
      const township = TOWNSHIP_A.slice(0, 9);
      expect((await store.listCaseHeadsInScope(township)).map((h) => h.caseId)).toEqual(['c-a1', 'c-a2']);
      expect((await store.listCaseHeadsInScope(VILLAGE_B1)).map((h) => h.caseId)).toEqual(['c-b1']);
      expect((await store.listConsultationsInScope(township)).map((c) => c.id)).toEqual(['k-c-a1', 'k-c-a2']);
      await expect(store.listCaseHeadsInScope('36%')).rejects.toThrow(RangeError);
    });

    it('lists users in a scope without password hashes', async () => {
      await store.insertUser(user('u1', { username: 'a1' }), NOW);
      await store.insertUser(user('u2', { username: 'b1', scope: VILLAGE_B1 }), NOW);
      const users = await store.listUsersInScope(TOWNSHIP_A.slice(0, 9));
      expect(users.map((u) => u.id)).toEqual(['u1']);
      expect(users[0]).not.toHaveProperty('passwordHash');
    });

    it('pages the audit log by actor scope, actor, action and time', async () => {
      await store.insertUser(user('u1', { username: 'a1' }), NOW);
      await store.insertUser(user('u2', { username: 'b1', scope: VILLAGE_B1 }), NOW);
      for (let i = 0; i < 5; i += 1)
        await store.appendAudit({ actorId: 'u1', action: 'case.reveal', target: `case:${i}`, at: NOW });
      await store.appendAudit({ actorId: 'u1', action: 'user.create', target: 'user:x', at: LATER });
      await store.appendAudit({ actorId: 'u2', action: 'case.reveal', target: 'case:b', at: NOW });
      await store.appendAudit({ actorId: null, action: 'seed.demo', target: 'store', at: NOW });
      const township = TOWNSHIP_A.slice(0, 9);
      const page = await store.queryAudit({ actorScope: township, limit: 4, offset: 0 });
      expect(page.total).toBe(6);
      expect(page.entries).toHaveLength(4);
      expect(page.entries[0]?.action).toBe('user.create');
      expect((await store.queryAudit({ actorScope: township, limit: 4, offset: 4 })).entries).toHaveLength(2);
      const reveals = await store.queryAudit({ actorScope: '', action: 'case.reveal', limit: 50, offset: 0 });
      expect(reveals.total).toBe(6);
      const later = await store.queryAudit({ actorScope: '', from: LATER, limit: 50, offset: 0 });
      expect(later.entries.map((e) => e.target)).toEqual(['user:x']);
      const before = await store.queryAudit({
        actorScope: '',
        to: LATER,
        actorId: 'u2',
        limit: 50,
        offset: 0,
      });
      expect(before.entries.map((e) => e.target)).toEqual(['case:b']);
    });
  });
}
