/**
 * Encryption of sensitive fields at rest (ID numbers, phone numbers, photos of materials) with the
 * device's data key (AES-GCM 256, a fresh 96-bit IV per value), and the keyed hash (HMAC-SHA256) that
 * lets the app look a record up by ID number without storing the number.
 *
 * Ciphertext format: `g1.<iv base64>.<ciphertext+tag base64>` — the prefix names the scheme so a later
 * version can change it and still read old values.
 */
import { base64ToBytes, bytesToBase64, randomBytes } from './bytes';

const PREFIX = 'g1';
const IV_BYTES = 12;

/** The unwrapped keys, held in memory only while the device is unlocked. */
export interface DataKeys {
  /** AES-GCM 256, not extractable. */
  dataKey: CryptoKey;
  /** HMAC-SHA256, not extractable: the keyed hash of ID numbers for lookup. */
  hashKey: CryptoKey;
}

export async function encryptBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return `${PREFIX}.${bytesToBase64(iv)}.${bytesToBase64(cipher)}`;
}

/** Throws when the value was not made with this key or was altered (GCM's tag does not match). */
export async function decryptBytes(key: CryptoKey, sealed: string): Promise<Uint8Array<ArrayBuffer>> {
  const [prefix, iv, cipher] = sealed.split('.');
  if (prefix !== PREFIX || !iv || !cipher) throw new Error('not a Daiban ciphertext');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: base64ToBytes(iv) },
    key,
    base64ToBytes(cipher),
  );
  return new Uint8Array(plain);
}

export function encryptText(key: CryptoKey, text: string): Promise<string> {
  return encryptBytes(key, new TextEncoder().encode(text));
}

export async function decryptText(key: CryptoKey, sealed: string): Promise<string> {
  return new TextDecoder().decode(await decryptBytes(key, sealed));
}

export function encryptJson(key: CryptoKey, value: unknown): Promise<string> {
  return encryptText(key, JSON.stringify(value));
}

export async function decryptJson<T>(key: CryptoKey, sealed: string): Promise<T> {
  return JSON.parse(await decryptText(key, sealed)) as T;
}

/** A photo (Blob) encrypted as a Blob of the sealed text's bytes: still a Blob, never base64 in a document. */
export async function encryptBlob(key: CryptoKey, blob: Blob): Promise<Blob> {
  const sealed = await encryptBytes(key, new Uint8Array(await blob.arrayBuffer()));
  return new Blob([sealed], { type: 'application/octet-stream' });
}

export async function decryptBlob(key: CryptoKey, sealed: Blob, type: string): Promise<Blob> {
  return new Blob([await decryptBytes(key, await sealed.text())], { type });
}

/**
 * HMAC-SHA256 of a normalised identifier (upper-case, no spaces), hex. Stable for a device's key,
 * different on every device: the hash reveals nothing without the key.
 */
export async function keyedHash(hashKey: CryptoKey, identifier: string): Promise<string> {
  const normalised = identifier.replace(/\s+/g, '').toUpperCase();
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hashKey, new TextEncoder().encode(normalised)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
