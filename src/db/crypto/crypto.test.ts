import { describe, expect, it } from 'vitest';
import {
  decryptBlob,
  decryptJson,
  decryptText,
  encryptBlob,
  encryptJson,
  encryptText,
  keyedHash,
} from './field-cipher';
import { createVault, unlockVault } from './key-vault';

// Fewer iterations keep the suite fast; the production count is tested once below.
const FAST = 1_000;
const ID_NUMBER = '11010519491231002X';

describe('key vault', () => {
  it('unlocks with the right password and the keys decrypt what the first keys encrypted', async () => {
    const { vault, keys } = await createVault('daiban123', FAST);
    const sealed = await encryptText(keys.dataKey, ID_NUMBER);
    const unlocked = await unlockVault(vault, 'daiban123');
    expect(unlocked).not.toBeNull();
    expect(await decryptText(unlocked!.dataKey, sealed)).toBe(ID_NUMBER);
  });

  it('refuses a wrong password', async () => {
    const { vault } = await createVault('daiban123', FAST);
    expect(await unlockVault(vault, 'daiban124')).toBeNull();
    expect(await unlockVault(vault, '')).toBeNull();
  });

  it('stores neither the password nor the keys in the clear', async () => {
    const { vault } = await createVault('daiban123', FAST);
    const stored = JSON.stringify(vault);
    expect(stored).not.toContain('daiban123');
    expect(vault.kdf).toBe('PBKDF2-SHA256');
  });

  it('uses at least 210 000 PBKDF2 iterations by default', async () => {
    const { vault } = await createVault('daiban123');
    expect(vault.iterations).toBeGreaterThanOrEqual(210_000);
  });

  it('keeps the unwrapped keys non-extractable', async () => {
    const { vault } = await createVault('daiban123', FAST);
    const keys = await unlockVault(vault, 'daiban123');
    expect(keys?.dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys!.dataKey)).rejects.toThrow();
  });
});

describe('field cipher', () => {
  it('round-trips text, JSON and blobs, with a fresh IV each time', async () => {
    const { keys } = await createVault('pw', FAST);
    const first = await encryptText(keys.dataKey, ID_NUMBER);
    const second = await encryptText(keys.dataKey, ID_NUMBER);
    expect(first).not.toBe(second);
    expect(first).not.toContain(ID_NUMBER);
    expect(await decryptText(keys.dataKey, second)).toBe(ID_NUMBER);
    const value = { idNumber: ID_NUMBER, phone: '13800138000' };
    expect(await decryptJson(keys.dataKey, await encryptJson(keys.dataKey, value))).toEqual(value);
    const photo = new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'image/jpeg' });
    const sealedPhoto = await encryptBlob(keys.dataKey, photo);
    const opened = await decryptBlob(keys.dataKey, sealedPhoto, 'image/jpeg');
    expect(new Uint8Array(await opened.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 250]));
  });

  it('fails to decrypt with another device key or after tampering', async () => {
    const a = await createVault('pw', FAST);
    const b = await createVault('pw', FAST);
    const sealed = await encryptText(a.keys.dataKey, ID_NUMBER);
    await expect(decryptText(b.keys.dataKey, sealed)).rejects.toThrow();
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(decryptText(a.keys.dataKey, tampered)).rejects.toThrow();
  });

  it('gives a stable keyed hash per key, ignoring case and spaces, and different per device', async () => {
    const { vault, keys } = await createVault('pw', FAST);
    const hash = await keyedHash(keys.hashKey, ID_NUMBER);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyedHash(keys.hashKey, ' 11010519491231002x ')).toBe(hash);
    const again = await unlockVault(vault, 'pw');
    expect(await keyedHash(again!.hashKey, ID_NUMBER)).toBe(hash);
    const other = await createVault('pw', FAST);
    expect(await keyedHash(other.keys.hashKey, ID_NUMBER)).not.toBe(hash);
  });
});
