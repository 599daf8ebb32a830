/**
 * Password hashing with scrypt (node:crypto): a random 16-byte salt per hash, N = 2^14, r = 8, p = 1
 * (about 50 ms and 16 MiB per hash), compared in constant time. Encoded as
 * `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>` so the cost can be raised later (`needsRehash`).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const SCRYPT_PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const MAX_PASSWORD_LENGTH = 1_024;

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  if (password.length === 0 || password.length > MAX_PASSWORD_LENGTH)
    throw new RangeError('password length out of range');
  const salt = randomBytes(SALT_LENGTH);
  const { N, r, p } = SCRYPT_PARAMS;
  const key = await derive(password, salt, SCRYPT_PARAMS);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface DecodedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function decode(encoded: string): DecodedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
  if (N === undefined || r === undefined || p === undefined) return null;
  if (
    !isPowerOfTwo(N) ||
    N > 1 << 20 ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > 32 ||
    !Number.isInteger(p) ||
    p < 1 ||
    p > 16
  )
    return null;
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** True when `password` matches; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const decoded = decode(encoded);
  if (decoded === null || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, decoded.salt, decoded);
  return key.length === decoded.key.length && timingSafeEqual(key, decoded.key);
}

/** True when the hash was made with other (older) parameters and should be replaced at the next login. */
export function needsRehash(encoded: string): boolean {
  const decoded = decode(encoded);
  return (
    decoded === null ||
    decoded.N !== SCRYPT_PARAMS.N ||
    decoded.r !== SCRYPT_PARAMS.r ||
    decoded.p !== SCRYPT_PARAMS.p
  );
}

let dummyHash: Promise<string> | null = null;
/**
 * Spends the same time as a real check for a username that does not exist, so the answer time does not
 * reveal which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('daiban-dummy-password');
  await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await dummyHash);
  return false;
}
