/**
 * The key vault: the device's data key and hash key, generated at the first login and stored WRAPPED
 * by a key derived from the user's password (PBKDF2-SHA256, 310 000 iterations, OWASP 2023), plus a
 * verifier derived from the same password (never the password or its plain hash).
 *
 * Unlocking derives the key again, checks the verifier in constant time, and unwraps both keys as
 * non-extractable CryptoKeys that live in memory only.
 */
import { base64ToBytes, bytesEqual, bytesToBase64, randomBytes } from './bytes';
import type { DataKeys } from './field-cipher';

export const PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** What is stored on the device (all base64): safe to keep in plain IndexedDB. */
export interface WrappedVault {
  version: 1;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  /** Second half of the derived bits: proves the password without revealing it. */
  verifier: string;
  wrapIv: string;
  wrappedDataKey: string;
  hashIv: string;
  wrappedHashKey: string;
}

async function deriveSecrets(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ wrappingKey: CryptoKey; verifier: Uint8Array<ArrayBuffer> }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512),
  );
  const wrappingKey = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'wrapKey',
    'unwrapKey',
  ]);
  return { wrappingKey, verifier: bits.slice(32) };
}

/** First login: new keys, wrapped by the password. Returns the vault to store and the keys to use now. */
export async function createVault(
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ vault: WrappedVault; keys: DataKeys }> {
  const salt = randomBytes(SALT_BYTES);
  const { wrappingKey, verifier } = await deriveSecrets(password, salt, iterations);
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const hashKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, [
    'sign',
  ]);
  const wrapIv = randomBytes(IV_BYTES);
  const hashIv = randomBytes(IV_BYTES);
  const wrappedDataKey = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv: wrapIv,
  });
  const wrappedHashKey = await crypto.subtle.wrapKey('raw', hashKey, wrappingKey, {
    name: 'AES-GCM',
    iv: hashIv,
  });
  const vault: WrappedVault = {
    version: 1,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: bytesToBase64(salt),
    verifier: bytesToBase64(verifier),
    wrapIv: bytesToBase64(wrapIv),
    wrappedDataKey: bytesToBase64(new Uint8Array(wrappedDataKey)),
    hashIv: bytesToBase64(hashIv),
    wrappedHashKey: bytesToBase64(new Uint8Array(wrappedHashKey)),
  };
  // Re-import as non-extractable: the keys in memory can be used but never exported.
  return { vault, keys: await unwrapKeys(vault, wrappingKey) };
}

async function unwrapKeys(vault: WrappedVault, wrappingKey: CryptoKey): Promise<DataKeys> {
  const dataKey = await crypto.subtle.unwrapKey(
    'raw',
    base64ToBytes(vault.wrappedDataKey),
    wrappingKey,
    { name: 'AES-GCM', iv: base64ToBytes(vault.wrapIv) },
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const hashKey = await crypto.subtle.unwrapKey(
    'raw',
    base64ToBytes(vault.wrappedHashKey),
    wrappingKey,
    { name: 'AES-GCM', iv: base64ToBytes(vault.hashIv) },
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { dataKey, hashKey };
}

/** Offline unlock: the keys, or null when the password is wrong. */
export async function unlockVault(vault: WrappedVault, password: string): Promise<DataKeys | null> {
  const { wrappingKey, verifier } = await deriveSecrets(
    password,
    base64ToBytes(vault.salt),
    vault.iterations,
  );
  if (!bytesEqual(verifier, base64ToBytes(vault.verifier))) return null;
  try {
    return await unwrapKeys(vault, wrappingKey);
  } catch {
    return null;
  }
}
