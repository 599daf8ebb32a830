import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, startTestApp, type TestApp } from '../test-support/test-app';
import { IMMUTABLE } from './static-app';

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script></body></html>';

describe('the built PWA', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      staticFiles: {
        'index.html': INDEX,
        'assets/app-abc123.js': `console.info(${JSON.stringify('x'.repeat(2_000))});`,
        'assets/app-abc123.css': 'body{margin:0}',
        'sw.js': 'self.addEventListener("fetch",()=>{});',
        'registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
        'workbox-5a1b2c3d.js': '/* workbox */',
        'manifest.webmanifest': '{"name":"代办"}',
        'icons/icon-192.png': 'png',
      },
    });
  });
  afterAll(async () => t.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('caches hashed assets for a year, immutable', async () => {
    for (const url of ['/assets/app-abc123.js', '/assets/app-abc123.css']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
    }
  });

  it('never caches index.html, the manifest, the service worker and workbox without revalidation', async () => {
    for (const url of [
      '/',
      '/index.html',
      '/manifest.webmanifest',
      '/sw.js',
      '/registerSW.js',
      '/workbox-5a1b2c3d.js',
      '/icons/icon-192.png',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    const index = await get('/');
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.body).toBe(INDEX);
    const etag = String(index.headers.etag);
    expect((await get('/', { 'if-none-match': etag })).statusCode).toBe(304);
  });

  it('answers app routes with index.html (SPA fallback), not cached', async () => {
    for (const url of ['/cases', '/cases/01HZY3K8Q2', '/review/queue?tab=open', '/login']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    }
  });

  it('answers a missing file with 404, never with index.html', async () => {
    for (const url of ['/assets/app-missing.js', '/favicon-missing.png']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(bodyOf(response).code).toBe('not_found');
    }
    expect((await t.app.inject({ method: 'POST', url: '/cases', payload: {} })).statusCode).toBe(404);
    expect(bodyOf(await get('/api/unknown')).code).toBe('not_found');
  });
});

describe('without a build', () => {
  it('keeps the API working and answers the app with 503 and how to build it', async () => {
    const t = await startTestApp();
    try {
      expect(t.app.isAppBuilt).toBe(false);
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const page = await t.app.inject({ method: 'GET', url: '/' });
      expect(page.statusCode).toBe(503);
      expect(bodyOf(page)).toMatchObject({
        code: 'app_not_built',
        message: expect.stringContaining('npm run build'),
      });
    } finally {
      await t.close();
    }
  });
});
