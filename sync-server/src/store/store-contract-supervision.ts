/**
 * The store contract for 电子监察 storage (supervision-ops.ts): threshold settings per district and the 差评
 * follow-ups with their optimistic revision. Run by sqlite-store.test.ts and postgres-store.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../src/domain/evaluation/follow-up';
import type { Store } from './store';
import { LATER, NOW, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './store-contract-fixtures';
import type { FollowUpRecord } from './supervision-ops';

const thresholds = (yellowWorkingDays: number) => ({
  yellowWorkingDays,
  correctionNoticeDays: 5,
  rectificationWorkingDays: 10,
  returnVisitWorkingDays: 3,
});

const awaiting: FollowUp = {
  evaluatedOn: '2026-03-02',
  returnVisitDue: '2026-03-05',
  rectificationDue: '2026-03-16',
  status: 'awaiting_visit',
  returnVisit: null,
  rectification: null,
  closure: null,
};
const visited: FollowUp = {
  ...awaiting,
  status: 'awaiting_rectification',
  returnVisit: { on: '2026-03-03', by: '李审核', summary: '已电话回访' },
};

const record = (
  caseId: string,
  regionCode: string,
  revision: number,
  followUp: FollowUp,
): FollowUpRecord => ({
  caseId,
  regionCode,
  followUp,
  revision,
  updatedBy: 'u-reviewer',
  updatedAt: revision === 1 ? NOW : LATER,
});

export function runSupervisionStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  cleanup: (store: Store) => Promise<void>,
): void {
  describe(`Store contract (supervision): ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await cleanup(store);
    });

    it('keeps every threshold setting of a district, newest first, apart from other districts', async () => {
      expect(await store.listThresholdSettings('360799')).toEqual([]);
      const first = await store.insertThresholdSetting({
        districtCode: '360799',
        thresholds: thresholds(2),
        setBy: 'u-supervisor',
        setAt: NOW,
      });
      const second = await store.insertThresholdSetting({
        districtCode: '360799',
        thresholds: thresholds(4),
        setBy: 'u-admin',
        setAt: LATER,
      });
      await store.insertThresholdSetting({
        districtCode: '360800',
        thresholds: thresholds(0),
        setBy: 'u-other',
        setAt: LATER,
      });
      expect(second.id).toBeGreaterThan(first.id);
      const settings = await store.listThresholdSettings('360799');
      expect(settings).toEqual([second, first]);
      expect(settings[0]).toMatchObject({
        thresholds: { yellowWorkingDays: 4 },
        setBy: 'u-admin',
        setAt: LATER,
      });
      expect(await store.listThresholdSettings('360799', 1)).toEqual([second]);
      await expect(
        store.insertThresholdSetting({
          districtCode: '36079',
          thresholds: thresholds(2),
          setBy: 'x',
          setAt: NOW,
        }),
      ).rejects.toThrow(RangeError);
    });

    it('stores a follow-up once, then only step by step: a stale revision changes nothing', async () => {
      expect(await store.getFollowUp('case-1')).toBeNull();
      expect(await store.saveFollowUp(record('case-1', VILLAGE_A1, 1, visited))).toBe(true);
      // a second "first step" (someone else recorded the visit at the same time) is refused
      expect(await store.saveFollowUp(record('case-1', VILLAGE_A1, 1, { ...visited }))).toBe(false);
      const fixed: FollowUp = {
        ...visited,
        status: 'rectified',
        rectification: { on: '2026-03-10', by: '李审核', measures: '增设周六窗口' },
      };
      expect(await store.saveFollowUp(record('case-1', VILLAGE_A1, 2, fixed))).toBe(true);
      expect(await store.saveFollowUp(record('case-1', VILLAGE_A1, 2, visited))).toBe(false);
      expect(await store.saveFollowUp(record('case-1', VILLAGE_A1, 5, visited))).toBe(false);
      const stored = await store.getFollowUp('case-1');
      expect(stored).toEqual(record('case-1', VILLAGE_A1, 2, fixed));
    });

    it('lets exactly one of two concurrent first steps win', async () => {
      const results = await Promise.all([
        store.saveFollowUp(record('case-2', VILLAGE_A1, 1, visited)),
        store.saveFollowUp(record('case-2', VILLAGE_A1, 1, visited)),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lists the follow-ups of a scope by prefix, by case id', async () => {
      await store.saveFollowUp(record('case-b', VILLAGE_A2, 1, visited));
      await store.saveFollowUp(record('case-a', VILLAGE_A1, 1, visited));
      await store.saveFollowUp(record('case-c', VILLAGE_B1, 1, visited));
      expect((await store.listFollowUpsInScope('360799101')).map((r) => r.caseId)).toEqual([
        'case-a',
        'case-b',
      ]);
      expect(await store.listFollowUpsInScope('360799')).toHaveLength(3);
      expect(await store.listFollowUpsInScope(VILLAGE_B1)).toHaveLength(1);
      await expect(store.listFollowUpsInScope('36%')).rejects.toThrow(RangeError);
    });
  });
}
