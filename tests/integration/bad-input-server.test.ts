/**
 * Bad input against the real server process (the way `npm start` runs it, on the seeded demo district): broken
 * requests to every endpoint over HTTP and garbage on raw sockets never crash it, never get a 5xx, and write
 * nothing to its database or its files; the built app it serves carries the CSP and security headers and has
 * no inline script; and its log output, at the most verbose level, holds no personal data.
 * (The thousands of in-process runs are in sync-server/src/security/.)
 */
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/demo';
import { residentIdCheckCharacter } from '../../src/domain/identity';
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { openApiDocument } from '../../sync-server/src/openapi/openapi-document';
import { rowsOf, submitDocument } from '../../sync-server/src/replication/replication-test-fixtures';
import {
  defaultBaselineOf,
  EXTRA_OPERATIONS,
  STREAMING_OPERATIONS,
} from '../../sync-server/src/security/fuzz-baselines';
import type { FuzzRequest } from '../../sync-server/src/security/fuzz-request';
import { refusedRequests } from '../../sync-server/src/security/malformed-requests';
import { oddRequests } from '../../sync-server/src/security/odd-requests';
import { operationKey, operationsOf, type JsonSchema } from '../../sync-server/src/security/route-table';
import { expectSecurityHeaders } from '../../sync-server/src/security/security-header-checks';
import {
  describeChanges,
  digestStore,
  sqliteTableReader,
  type StoreDigest,
} from '../../sync-server/src/security/store-digest';
import { signInByApi } from '../support/server-api';
import { ROOT_DIR, startServer, type ServerProcess } from '../support/server-process';

const STATIC_DIR = process.env.DAIBAN_TEST_STATIC_DIR ?? join(ROOT_DIR, 'dist');
const RUNS_PER_OPERATION = 6;
const ID_NUMBER = `36072219800101123${residentIdCheckCharacter('36072219800101123')}`;
const PERSONAL = [ID_NUMBER, '13912345678', '欧阳秘密', '青石村秘密组88号', 'my-secret-password-77'];

const loginOf = (role: string) => {
  const login = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!login) throw new Error(`no demo ${role}`);
  return login;
};

/** Sends raw bytes and resolves with the status line of the answer ('' when the socket closed without one). */
function rawExchange(
  port: number,
  bytes: Buffer | string,
  options: { endEarly?: boolean } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.write(bytes, () => {
      if (options.endEarly) socket.end();
    });
    setTimeout(() => socket.end(), 1_500);
  });
}

describe('the real server under bad input', () => {
  let server: ServerProcess;
  const tokens: Record<string, LoginResponse> = {};
  const digest = (): Promise<StoreDigest> => {
    const reader = sqliteTableReader(join(server.dataDir, 'daiban.sqlite'));
    return digestStore(reader, join(server.dataDir, 'files')).finally(() => reader.close());
  };

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.html')))
      throw new Error(
        `${STATIC_DIR} has no build: run \`npm run build\` first (npm test does it before this tier)`,
      );
    server = await startServer({ env: { LOG_LEVEL: 'trace', FILE_MAX_BYTES: '65536' } });
    for (const role of ['agent', 'reviewer', 'supervisor', 'admin'])
      tokens[role] = await signInByApi(server, loginOf(role).username, 'bad-input test');
  }, 120_000);
  afterAll(async () => server?.dispose());

  const send = async (request: FuzzRequest): Promise<number | null> => {
    try {
      const response = await fetch(`${server.url}${request.url}`, {
        method: request.method,
        headers: request.headers,
        body: request.payload === undefined ? undefined : new Uint8Array(Buffer.from(request.payload)),
      });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      // A request the HTTP client itself refuses to send (a header that is not Latin-1) proves nothing.
      if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONNRE')) return null;
      throw error;
    }
  };

  it('refuses broken requests to every endpoint with a 4xx, never fails, and writes nothing', async () => {
    const document = openApiDocument() as { components: { schemas: Record<string, JsonSchema> } };
    const operations = [...operationsOf(document), ...EXTRA_OPERATIONS];
    const credentials = { adminToken: tokens.admin?.accessToken ?? '', fileSha256: 'e'.repeat(64) };
    const before = await digest();
    let sent = 0;
    for (const [index, operation] of operations.entries()) {
      const key = operationKey(operation);
      const baseline = defaultBaselineOf(operation, credentials);
      const refused = refusedRequests(operation, baseline, {
        components: document.components.schemas,
        credentials: { refused: { forged: 'v1.eyJzdWIiOiJ4In0.AAAA', garbage: 'garbage' } },
        isStreaming: STREAMING_OPERATIONS.has(key),
      });
      const odd = STREAMING_OPERATIONS.has(key) ? null : oddRequests(operation, baseline);
      const requests = [
        ...(refused ? fc.sample(refused, { seed: 31 + index, numRuns: RUNS_PER_OPERATION }) : []),
        ...(odd ? fc.sample(odd, { seed: 131 + index, numRuns: 2 }) : []),
      ];
      for (const request of requests) {
        const status = await send(request);
        if (status === null) continue;
        sent += 1;
        const what = `${request.method} ${request.url.slice(0, 120)} [${request.defect}] → ${String(status)}`;
        expect(status, what).toBeLessThan(500);
        if (request.mustRefuse) expect(status, what).toBeGreaterThanOrEqual(400);
      }
    }
    expect(sent).toBeGreaterThan(operations.length * RUNS_PER_OPERATION * 0.8);
    expect(describeChanges(before, await digest())).toBe('');
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
  }, 300_000);

  it('stays up after garbage on raw sockets, answering what it answers with a 4xx', async () => {
    const before = await digest();
    const garbage: (string | Buffer)[] = [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20_000) + '\r\n\r\n',
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      Buffer.from('GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'),
      'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\nNoColonHeader\r\n\r\n',
      'GET http://evil.example/api/health HTTP/1.1\r\nHost: evil.example\r\n\r\n',
      Buffer.concat([
        Buffer.from(
          'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n',
        ),
        Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d, 0x0a]),
      ]),
    ];
    for (const bytes of garbage) {
      const status = await rawExchange(server.port, bytes);
      if (status !== '')
        expect(status, JSON.stringify(String(bytes).slice(0, 60))).toMatch(/^HTTP\/1\.1 [234]\d\d /);
    }
    // A body that never arrives: the client gives up half-way.
    await rawExchange(
      server.port,
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user',
      { endEarly: true },
    );
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
    expect(describeChanges(before, await digest())).toBe('');
  }, 120_000);

  it('serves the built app with the CSP and security headers, and no inline script', async () => {
    const index = await fetch(`${server.url}/`);
    const html = await index.text();
    expectSecurityHeaders(Object.fromEntries(index.headers), 'GET /');
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, 'an inline script would be blocked by the CSP').toMatch(/\ssrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const path of [
      ...assets,
      '/cases',
      '/manifest.webmanifest',
      '/sw.js',
      `/progress/R-NOT-A-RECEIPT`,
    ]) {
      const response = await fetch(`${server.url}${path}`);
      await response.arrayBuffer();
      expect(response.status, path).toBeLessThan(400);
      expectSecurityHeaders(Object.fromEntries(response.headers), `GET ${path}`);
    }
  });

  it('writes no personal data to its output, even at LOG_LEVEL=trace', async () => {
    const agent = loginOf('agent');
    const submit = submitDocument('case-bad-input-logs', {
      id: 'act-bad-input-logs',
      regionCode: agent.scope.padEnd(12, '0'),
    });
    (submit.payload as Record<string, unknown>).applicant = {
      kind: 'person',
      name: PERSONAL[2],
      idNumber: ID_NUMBER,
      phone: PERSONAL[1],
      address: PERSONAL[3],
    };
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens.agent?.accessToken ?? ''}`,
    };
    const pushed = await fetch(`${server.url}/api/replication/actions/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify(rowsOf(submit)),
    });
    expect(pushed.status).toBe(200);
    const refused = await fetch(`${server.url}/api/replication/actions/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify(rowsOf({ ...submit, regionCode: 'not-a-region' })),
    });
    expect(refused.status).toBe(400);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: PERSONAL[1], password: PERSONAL[4], deviceName: PERSONAL[2] }),
    });
    expect(login.status).toBe(401);
    await fetch(`${server.url}/api/reports/cases.csv?reveal=true&q=${encodeURIComponent(ID_NUMBER)}`, {
      headers: { authorization: `Bearer ${tokens.supervisor?.accessToken ?? ''}` },
    });
    const output = server.output();
    expect(output).toContain('/api/replication/actions/push'); // trace logging is on: the requests are in it
    for (const value of PERSONAL) expect(output, value).not.toContain(value);
  });
});
