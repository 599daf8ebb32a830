import { afterEach, describe, expect, it } from 'vitest';
import {
  bearer,
  REVIEWER,
  rowsOf,
  signIn,
  stepDocument,
  newId,
} from '../replication/replication-test-fixtures';
import { startTestApp, type TestApp } from '../test-support/test-app';

describe('GET /api/metrics', () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it('counts requests and rejected actions; loopback only without METRICS_TOKEN', async () => {
    t = await startTestApp();
    const { token } = await signIn(t, 'reviewer1');
    const tooEarly = stepDocument('accept', newId('case'), REVIEWER);
    await t.app.inject({
      method: 'POST',
      url: '/api/replication/actions/push',
      headers: bearer(token),
      payload: rowsOf(tooEarly),
    });
    const local = await t.app.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    expect(local.headers['content-type']).toContain('text/plain');
    expect(local.body).toContain('daiban_actions_rejected_total 1');
    expect(local.body).toMatch(
      /daiban_http_requests_total\{method="POST",route="\/api\/auth\/login",status="200"\} 1/,
    );
    expect(local.body).toContain('daiban_replication_open_streams 0');
    expect(local.body).toMatch(/daiban_replication_max_seq \d+/);
    const remote = await t.app.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '10.0.0.9' });
    expect(remote.statusCode).toBe(404);
    const relayed = await t.app.inject({
      method: 'GET',
      url: '/api/metrics',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(relayed.statusCode, 'a request relayed by a local reverse proxy is not local').toBe(404);
  });

  it('needs the bearer METRICS_TOKEN when one is set', async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: 'metrics-secret-0123456789' } });
    const without = await t.app.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '127.0.0.1' });
    expect(without.statusCode).toBe(401);
    const wrong = await t.app.inject({ method: 'GET', url: '/api/metrics', headers: bearer('nope') });
    expect(wrong.statusCode).toBe(401);
    const right = await t.app.inject({
      method: 'GET',
      url: '/api/metrics',
      remoteAddress: '10.0.0.9',
      headers: bearer('metrics-secret-0123456789'),
    });
    expect(right.statusCode).toBe(200);
  });
});
