/**
 * CSP and the other security headers on everything the server serves: the app shell, its assets, app routes
 * (SPA fallback), the public progress page, API answers and errors. The policy allows no inline script, no
 * framing, no plugin, no foreign origin; HSTS appears only behind an https PUBLIC_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../replication/replication-test-fixtures';
import { startFuzzApp, type FuzzApp } from './fuzz-app';
import { expectSecurityHeaders } from './security-header-checks';

describe('CSP and security headers on everything served', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startFuzzApp();
  }, 60_000);
  afterAll(async () => f?.close());

  it('sends them with the app shell, assets, app routes, the progress page and every API answer', async () => {
    const requests: { url: string; headers?: Record<string, string>; status: number; type: RegExp }[] = [
      { url: '/', status: 200, type: /text\/html/ },
      { url: '/index.html', status: 200, type: /text\/html/ },
      { url: '/cases/case-0001', status: 200, type: /text\/html/ },
      { url: '/assets/app-1a2b3c.js', status: 200, type: /javascript/ },
      { url: '/assets/missing-123.js', status: 404, type: /json/ },
      { url: `/progress/${f.seeded.receiptNo}`, status: 200, type: /text\/html/ },
      { url: '/api/health', status: 200, type: /json/ },
      { url: '/api/catalogue', status: 401, type: /json/ },
      { url: '/api/catalogue', headers: bearer(f.tokens.agent1), status: 200, type: /json/ },
      { url: '/api/nothing-here', status: 404, type: /json/ },
      {
        url: '/api/replication/actions/pull?seq=-1',
        headers: bearer(f.tokens.agent1),
        status: 400,
        type: /json/,
      },
      {
        url: `/api/files/${f.seeded.fileSha256}`,
        headers: bearer(f.tokens.agent1),
        status: 200,
        type: /image\/jpeg/,
      },
    ];
    for (const request of requests) {
      const response = await f.app.inject({ method: 'GET', url: request.url, headers: request.headers });
      const what = `GET ${request.url}`;
      expect(response.statusCode, what).toBe(request.status);
      expect(String(response.headers['content-type']), what).toMatch(request.type);
      expectSecurityHeaders(response.headers, what);
      if (request.url.startsWith('/api/')) expect(response.headers['cache-control'], what).toBe('no-store');
      expect(response.headers['strict-transport-security'], what).toBeUndefined();
    }
  });

  it('serves the progress page without any script, and a file only as the type it was uploaded as', async () => {
    const page = await f.app.inject({ method: 'GET', url: `/progress/${f.seeded.receiptNo}` });
    expect(page.body).not.toMatch(/<script|javascript:|\son\w+=/i);
    const file = await f.app.inject({
      method: 'GET',
      url: `/api/files/${f.seeded.fileSha256}`,
      headers: bearer(f.tokens.agent1),
    });
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a URL that is not valid percent-encoding with the API error body, not sniffable', async () => {
    for (const url of ['/api/%zz', '/%E0%A4%A', '/api/files/%C0%AF']) {
      const response = await f.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(JSON.parse(response.body)).toEqual({
        code: 'validation_failed',
        message: '请求地址的编码不正确',
      });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    }
  });

  it('adds HSTS only when PUBLIC_URL is https', async () => {
    const secure = await startFuzzApp({ env: { PUBLIC_URL: 'https://daiban.example.gov.cn' } });
    try {
      const response = await secure.app.inject({ method: 'GET', url: '/' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expectSecurityHeaders(response.headers, 'GET / behind https');
    } finally {
      await secure.close();
    }
  });
});
