/**
 * Access tokens: short-lived, HMAC-SHA256 signed, compact: `v1.<payload base64url>.<signature base64url>`.
 * The payload names the user, role, scope and device; the server still checks the device and the user on
 * every request (a revoked device is refused at once, not when its token expires).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from '../../../src/domain/roles';

const VERSION = 'v1';

export const accessClaimsSchema = z.object({
  /** user id */
  sub: z.string().min(1).max(64),
  role: roleSchema,
  scope: z.string().regex(/^\d{6}(\d{3}){0,2}$/),
  /** device id */
  did: z.string().min(1).max(64),
  /** issued at / expires at, seconds since the epoch */
  iat: z.number().int(),
  exp: z.number().int(),
});
export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export type AccessTokenCheck =
  | { ok: true; claims: AccessClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired'; claims?: AccessClaims };

function sign(secret: string, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

export function signAccessToken(
  claims: Omit<AccessClaims, 'iat' | 'exp'>,
  secret: string,
  ttlSeconds: number,
  nowMs: number = Date.now(),
): string {
  const iat = Math.floor(nowMs / 1000);
  const payload = { ...claims, iat, exp: iat + ttlSeconds } satisfies AccessClaims;
  const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

export function verifyAccessToken(
  token: string,
  secret: string,
  nowMs: number = Date.now(),
): AccessTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || token.length > 2_048)
    return { ok: false, reason: 'malformed' };
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2] ?? '', 'base64url');
  const expected = sign(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad_signature' };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = accessClaimsSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.exp <= Math.floor(nowMs / 1000))
    return { ok: false, reason: 'expired', claims: parsed.data };
  return { ok: true, claims: parsed.data };
}
