/**
 * 监察阈值 on the device: fetched from the server into `meta`, read back with a fallback to the defaults,
 * and kept as they are when the server cannot be reached or answers something malformed.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDaibanDatabase, type DaibanDatabase } from '../db/daiban-database';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../domain/supervision/supervision-thresholds';
import { ApiClient } from './api-client';
import { refreshThresholds, THRESHOLDS_META_ID, thresholdsFromMeta } from './thresholds-refresh';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
let counter = 0;
const open: DaibanDatabase[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

async function setUp(answer: () => Response) {
  const db = await openDaibanDatabase({ name: `thresholds${++counter}`, storage });
  open.push(db);
  const urls: string[] = [];
  const api = new ApiClient({
    fetch: async (input) => {
      urls.push(String(input));
      return answer();
    },
  });
  const stored = async () => thresholdsFromMeta((await db.meta.findOne(THRESHOLDS_META_ID).exec())?.value);
  return { db, api, urls, stored };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const DISTRICT = {
  yellowWorkingDays: 4,
  correctionNoticeDays: 3,
  rectificationWorkingDays: 7,
  returnVisitWorkingDays: 2,
};

describe('district thresholds on the device', () => {
  it('stores the thresholds in force and reads them back', async () => {
    const { db, api, urls, stored } = await setUp(() =>
      json({ district: '360799', thresholds: DISTRICT, isDefault: false }),
    );
    expect(await stored()).toEqual(DEFAULT_SUPERVISION_THRESHOLDS); // nothing yet: the defaults
    expect(await refreshThresholds(api, db)).toBe(true);
    expect(urls).toEqual(['/api/supervision/thresholds/in-force']);
    expect(await stored()).toEqual(DISTRICT);
  });

  it('keeps what it has when the server is unreachable or answers nonsense', async () => {
    let answer: () => Response = () => json({ thresholds: DISTRICT });
    const { db, api, stored } = await setUp(() => answer());
    await refreshThresholds(api, db);
    answer = () => {
      throw new TypeError('fetch failed');
    };
    expect(await refreshThresholds(api, db)).toBe(false);
    answer = () => json({ thresholds: { yellowWorkingDays: 99 } });
    expect(await refreshThresholds(api, db)).toBe(false);
    answer = () => json({ code: 'unauthenticated', message: '请先登录' }, 401);
    expect(await refreshThresholds(api, db)).toBe(false);
    expect(await stored()).toEqual(DISTRICT);
  });

  it('falls back to the defaults for a stored value that does not parse', () => {
    expect(thresholdsFromMeta({ yellowWorkingDays: 'two' })).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
    expect(thresholdsFromMeta(undefined)).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
  });
});
