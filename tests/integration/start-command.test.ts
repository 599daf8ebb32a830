/**
 * What `npm start` promises a newcomer: on first run the embedded database is created with the demo
 * district, the server serves the built app and the API, and prints the URL and the demo logins.
 * A second start on the same data directory keeps the data and does not seed again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../src/demo';
import { ROOT_DIR, startServer, type ServerProcess } from '../support/server-process';

describe('npm start (sync-server cli) on a fresh data directory', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    if (!existsSync(join(ROOT_DIR, 'dist/index.html'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does it before this tier)');
    }
    server = await startServer({ fresh: true });
  });
  afterAll(async () => server?.dispose());

  it('prints the URL and one demo login per role, and says it seeded the demo district', () => {
    const out = server.output();
    expect(out).toMatch(/Demo district seeded: \d+ regions, 311 users, \d+ catalogue items/);
    expect(out).toContain(`http://localhost:${server.port}`);
    for (const login of DEMO_LOGINS) expect(out).toContain(login.username);
    expect(out).toContain(DEMO_PASSWORD);
  });

  it('creates the embedded SQLite database under DATA_DIR', () => {
    expect(existsSync(join(server.dataDir, 'daiban.sqlite'))).toBe(true);
  });

  it('serves the built app with index.html never cached', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    const html = await response.text();
    expect(html).toContain('<div id="root">');
  });

  it('lets every demo login sign in and see the demo catalogue', async () => {
    for (const login of DEMO_LOGINS) {
      const response = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: login.username,
          password: DEMO_PASSWORD,
          deviceName: 'integration test',
        }),
      });
      expect(response.status, login.username).toBe(200);
      const body = (await response.json()) as { accessToken: string; user: { role: string } };
      expect(body.user.role).toBe(login.role);
      const catalogue = await fetch(`${server.url}/api/catalogue`, {
        headers: { authorization: `Bearer ${body.accessToken}` },
      });
      expect(catalogue.status).toBe(200);
      const items = (await catalogue.json()) as { name: string }[];
      expect(items.length).toBeGreaterThanOrEqual(30);
      expect(items.map((item) => item.name)).toContain('最低生活保障申请');
    }
  });

  it('refuses a wrong password with a code and a Chinese message', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: DEMO_LOGINS[0]?.username,
        password: 'wrong-password',
        deviceName: 't',
      }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('invalid_credentials');
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('keeps its data across a restart and does not seed twice', async () => {
    await server.stop('SIGTERM');
    const before = server.output().length;
    await server.restart();
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: DEMO_LOGINS[0]?.username, password: DEMO_PASSWORD, deviceName: 't' }),
    });
    expect(response.status).toBe(200);
    const secondStart = server.output().slice(before);
    expect(secondStart).toContain(`http://localhost:${server.port}`);
    expect(secondStart).not.toContain('Demo district seeded');
  });
});
