/**
 * The security headers every answer of the server must carry (helmet with the PWA's CSP), as one assertion
 * for the in-process tests and the test against the real server process. Tests only.
 */
import { expect } from 'vitest';

/** The directives the PWA needs, and nothing looser. */
const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Fails unless `headers` carry the CSP and the other security headers; `what` names the answer. */
export function expectSecurityHeaders(headers: Record<string, unknown>, what: string): void {
  const csp = String(headers['content-security-policy'] ?? '');
  const directives = csp.split(';').map((directive) => directive.trim());
  for (const directive of REQUIRED_DIRECTIVES) expect(directives, `${what}: ${csp}`).toContain(directive);
  const scriptSrc = directives.find((directive) => directive.startsWith('script-src ')) ?? '';
  expect(scriptSrc, what).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:|data:/);
  expect(csp, what).not.toContain('upgrade-insecure-requests');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('SAMEORIGIN');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(headers['x-powered-by'], what).toBeUndefined();
}
