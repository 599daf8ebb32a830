import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, startTestApp, type TestApp } from '../test-support/test-app';

describe('GET /api/openapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('describes every route the app registers under /api, with schemas from the wire contract', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = bodyOf(response);
    expect(document.openapi).toBe('3.1.0');
    const paths = Object.keys(document.paths as object);
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((line) => line.replace(/^[\s│├└─]+/, '').replace(/ \(.*\)$/, ''))
      .filter(
        (line) =>
          line.startsWith('/api/') && line !== '/api/openapi.json' && line !== '/api/files/uploads/:id',
      );
    for (const route of routes) expect(paths).toContain(route.replace(/:(\w+)/g, '{$1}'));
    expect(paths).toContain('/progress/{receiptNo}');
    const schemas = (document.components as { schemas: Record<string, { properties?: object }> }).schemas;
    expect(Object.keys(schemas.Consultation?.properties ?? {})).toContain('regionCode');
    expect(schemas.CaseAction_submit).toBeDefined();
  });
});
