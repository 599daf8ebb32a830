import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, readStorageUsage, requestPersistentStorage } from './storage-quota';

describe('storage quota', () => {
  it('warns above 80 % of the quota', async () => {
    const usage = await readStorageUsage({
      estimate: async () => ({ usage: 85, quota: 100 }),
      persisted: async () => true,
    });
    expect(usage).toMatchObject({ ratio: 0.85, isNearlyFull: true, isPersisted: true });
    expect((await readStorageUsage({ estimate: async () => ({ usage: 10, quota: 100 }) })).isNearlyFull).toBe(
      false,
    );
  });

  it('asks for persistence unless already granted, and survives a browser without it', async () => {
    let asked = 0;
    const manager = { persisted: async () => false, persist: async () => (asked += 1) > 0 };
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistentStorage({})).toBe(false);
  });

  it('recognises QuotaExceededError directly and wrapped by RxDB/Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: 'RxError', parameters: { errors: [{ inner: quota }] } })).toBe(true);
    expect(isQuotaExceeded(new Error('network down'))).toBe(false);
  });
});
