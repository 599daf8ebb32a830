/**
 * 监察阈值 on the device: fetched from the server and kept, read back with a fallback to the defaults, kept as
 * they are when the server cannot be reached, answers something malformed, or the storage refuses the write.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../domain/supervision/supervision-thresholds';
import { ApiClient } from './api-client';
import {
  onThresholdsChange,
  readThresholds,
  refreshThresholds,
  THRESHOLDS_STORAGE_KEY,
  type ThresholdsStorage,
} from './thresholds-refresh';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const DISTRICT = {
  yellowWorkingDays: 4,
  correctionNoticeDays: 3,
  rectificationWorkingDays: 7,
  returnVisitWorkingDays: 2,
};

function setUp(answer: () => Response) {
  const map = new Map<string, string>();
  let isFull = false;
  const storage: ThresholdsStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (isFull) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
  const urls: string[] = [];
  const api = new ApiClient({
    fetch: async (input) => {
      urls.push(String(input));
      return answer();
    },
  });
  return { storage, map, api, urls, fill: () => (isFull = true) };
}

describe('district thresholds on the device', () => {
  it('keeps the thresholds in force, reads them back and tells the screens', async () => {
    const { storage, api, urls } = setUp(() => json({ district: '360799', thresholds: DISTRICT }));
    expect(readThresholds(storage)).toEqual(DEFAULT_SUPERVISION_THRESHOLDS); // nothing yet: the defaults
    let changes = 0;
    const stop = onThresholdsChange(() => (changes += 1));
    try {
      expect(await refreshThresholds(api, storage)).toBe(true);
      expect(await refreshThresholds(api, storage)).toBe(true); // unchanged: no second notice
    } finally {
      stop();
    }
    expect(urls[0]).toBe('/api/supervision/thresholds/in-force');
    expect(readThresholds(storage)).toEqual(DISTRICT);
    expect(changes).toBe(1);
  });

  it('keeps what it has when the server is unreachable, answers nonsense, or the storage is full', async () => {
    let answer: () => Response = () => json({ thresholds: DISTRICT });
    const { storage, api, fill } = setUp(() => answer());
    await refreshThresholds(api, storage);
    answer = () => {
      throw new TypeError('fetch failed');
    };
    expect(await refreshThresholds(api, storage)).toBe(false);
    answer = () => json({ thresholds: { yellowWorkingDays: 99 } });
    expect(await refreshThresholds(api, storage)).toBe(false);
    answer = () => json({ code: 'unauthenticated', message: '请先登录' }, 401);
    expect(await refreshThresholds(api, storage)).toBe(false);
    fill();
    answer = () => json({ thresholds: { ...DISTRICT, yellowWorkingDays: 1 } });
    expect(await refreshThresholds(api, storage)).toBe(false);
    expect(readThresholds(storage)).toEqual(DISTRICT);
  });

  it('falls back to the defaults for a stored value that does not parse', () => {
    const { storage, map } = setUp(() => json({}));
    map.set(THRESHOLDS_STORAGE_KEY, '{"yellowWorkingDays":"two"}');
    expect(readThresholds(storage)).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
    map.set(THRESHOLDS_STORAGE_KEY, 'not json');
    expect(readThresholds(storage)).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
    expect(readThresholds(null)).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
  });
});
