import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './access-token';

const SECRET = 'k'.repeat(43);
const CLAIMS = { sub: 'u-agent', role: 'agent', scope: '360799101201', did: 'tablet-0001' } as const;
const NOW = Date.parse('2026-03-02T08:00:00Z');

describe('access tokens', () => {
  it('round-trips the claims until they expire', () => {
    const token = signAccessToken(CLAIMS, SECRET, 900, NOW);
    const check = verifyAccessToken(token, SECRET, NOW + 899_000);
    expect(check).toEqual({ ok: true, claims: { ...CLAIMS, iat: NOW / 1000, exp: NOW / 1000 + 900 } });
    expect(verifyAccessToken(token, SECRET, NOW + 900_000)).toMatchObject({
      ok: false,
      reason: 'expired',
      claims: CLAIMS,
    });
  });

  it('refuses a token signed with another secret or altered in any part', () => {
    const token = signAccessToken(CLAIMS, SECRET, 900, NOW);
    expect(verifyAccessToken(token, 'x'.repeat(43), NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    const [version, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...CLAIMS, role: 'admin', scope: '360799', iat: 0, exp: 9e9 }),
    ).toString('base64url');
    expect(verifyAccessToken(`${version}.${forged}.${signature}`, SECRET, NOW).ok).toBe(false);
    expect(verifyAccessToken(`v2.${payload}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyAccessToken('garbage', SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
