/**
 * No personal data in the server's logs (个人信息保护法): requests carrying ID numbers, mobile numbers, names,
 * addresses and passwords — in bodies, query strings, headers and refused input, and a request that fails
 * inside the server — leave none of them in the captured log output, at the most verbose level and at the
 * production default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../../src/domain/identity';
import { createLogger } from '../http/logger';
import { bearer, rowsOf, submitDocument } from '../replication/replication-test-fixtures';
import { startFuzzApp, type FuzzApp } from './fuzz-app';

const withCheck = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;
/** Personal data of two made-up applicants: none of it may reach a log line. */
const PERSONAL = {
  idNumber: withCheck('36072219800101123'),
  proxyIdNumber: withCheck('36072219900215456'),
  phone: '13912345678',
  proxyPhone: '18687654321',
  name: '欧阳秘密',
  proxyName: '司马隐私',
  address: '青石村秘密组88号',
  password: 'my-secret-password-77',
};

function submitWithPersonalData(caseId: string, id: string): Record<string, unknown> {
  const submit = submitDocument(caseId, { id });
  const payload = submit.payload as Record<string, unknown>;
  payload.applicant = {
    kind: 'person',
    name: PERSONAL.name,
    idNumber: PERSONAL.idNumber,
    phone: PERSONAL.phone,
    address: PERSONAL.address,
  };
  payload.proxy = {
    name: PERSONAL.proxyName,
    idNumber: PERSONAL.proxyIdNumber,
    phone: PERSONAL.proxyPhone,
    relation: '子女',
  };
  return submit;
}

/** Sends everything a tablet, a reviewer, an attacker and a confused user might send with personal data. */
async function sendPersonalData(f: FuzzApp): Promise<void> {
  const agent = bearer(f.tokens.agent1);
  const push = (documents: Record<string, unknown>[], headers: Record<string, string> = agent) =>
    f.app.inject({
      method: 'POST',
      url: '/api/replication/actions/push',
      headers,
      payload: rowsOf(...documents),
    });
  const good = submitWithPersonalData('case-logs-0001', 'act-logs-0001');
  expect((await push([good])).statusCode).toBe(200);
  // Refused input that carries the data: a broken batch, a schema error, a foreign region, no token.
  const broken = { ...submitWithPersonalData('case-logs-0002', 'act-logs-0002'), regionCode: 'x' };
  expect((await push([broken])).statusCode).toBe(400);
  const foreign = submitWithPersonalData('case-logs-0003', 'act-logs-0003');
  foreign.regionCode = '360799102201';
  expect((await push([foreign])).statusCode).toBe(403);
  expect((await push([good], {})).statusCode).toBe(401);
  const invalid = submitWithPersonalData('case-logs-0004', 'act-logs-0004');
  (invalid.payload as { applicant: { idNumber: string } }).applicant.idNumber = `${PERSONAL.idNumber}9`;
  expect((await push([invalid])).statusCode).toBe(200); // stored rejected invalid_action, with its reason
  await f.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: PERSONAL.name, password: PERSONAL.password, deviceName: PERSONAL.address },
  });
  await f.app.inject({ method: 'POST', url: '/api/auth/login', payload: `{"username":"${PERSONAL.phone}",` });
  await f.app.inject({
    method: 'GET',
    url: `/api/reports/cases.csv?reveal=true&item=${encodeURIComponent(PERSONAL.name)}&phone=${PERSONAL.phone}`,
    headers: bearer(f.tokens.supervisor1),
  });
  await f.app.inject({
    method: 'GET',
    url: `/api/exchange/cases.json?reveal=true`,
    headers: bearer(f.tokens.supervisor1),
  });
  await f.app.inject({
    method: 'POST',
    url: '/api/audit/reveal',
    headers: agent,
    payload: { caseId: 'case-logs-0001', field: 'idNumber', idNumber: PERSONAL.idNumber },
  });
  await f.app.inject({
    method: 'POST',
    url: '/api/public/progress',
    payload: { receiptNo: f.seeded.receiptNo, last4: PERSONAL.idNumber.slice(-4), name: PERSONAL.name },
  });
  await f.app.inject({
    method: 'POST',
    url: `/progress/${encodeURIComponent(f.seeded.receiptNo)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `last4=${PERSONAL.idNumber.slice(-4)}&phone=${PERSONAL.phone}`,
  });
  await f.app.inject({
    method: 'GET',
    url: `/api/replication/caseHeads/pull?seq=0&idNumber=${PERSONAL.idNumber}`,
    headers: { ...agent, cookie: `session=${PERSONAL.phone}`, 'x-applicant': PERSONAL.name },
  });
  await f.app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: bearer(f.tokens.admin1),
    payload: {
      username: 'logs.user',
      name: PERSONAL.proxyName,
      role: 'agent',
      scope: '360799101202',
      password: PERSONAL.password,
    },
  });
}

function expectNoPersonalData(logs: string[]): void {
  const text = logs.join('');
  for (const [what, value] of Object.entries(PERSONAL))
    expect(text, `${what} in the logs`).not.toContain(value);
  // Nor the parts a log line might keep: the ID number without its check digit, the phone's digits.
  expect(text).not.toContain(PERSONAL.idNumber.slice(0, 17));
  expect(text).not.toContain(PERSONAL.phone.slice(3));
}

describe('no personal data in the logs', () => {
  for (const level of ['trace', 'info'] as const) {
    describe(`at LOG_LEVEL=${level}`, () => {
      let f: FuzzApp;
      beforeAll(async () => {
        f = await startFuzzApp({ logLevel: level });
      }, 60_000);
      afterAll(async () => f?.close());

      it('keeps ID numbers, phones, names, addresses and passwords out of every line', async () => {
        await sendPersonalData(f);
        // The logs were written (refusals at least), so their silence about the data means something.
        expect(f.logs.some((line) => line.includes('request refused'))).toBe(true);
        if (level === 'trace')
          expect(f.logs.some((line) => line.includes('/api/replication/actions/push'))).toBe(true);
        expectNoPersonalData(f.logs);
      });
    });
  }

  it('logs binary data (a malformed request’s raw packet) as its length only, and does not throw', () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    const rawPacket = Buffer.from(`GARBAGE /?idNumber=${PERSONAL.idNumber} HTTP/1.1\r\n`);
    const err = Object.assign(new Error('Parse Error: Invalid method'), {
      code: 'HPE_INVALID_METHOD',
      rawPacket,
    });
    // Fastify's own client-error handler logs exactly this at trace level; it used to stop the process.
    expect(() => logger.trace({ err }, 'client error')).not.toThrow();
    expect(() => logger.info({ nested: { deeper: { bytes: rawPacket } } }, 'bytes')).not.toThrow();
    expect(lines.join('')).toContain(`"rawPacket":"[${String(rawPacket.length)} bytes]"`);
    expectNoPersonalData(lines);
  });

  it('keeps them out of the log of a request that fails inside the server', async () => {
    const f = await startFuzzApp({ logLevel: 'trace' });
    try {
      await f.store.close(); // every store call now throws
      const response = await f.app.inject({
        method: 'POST',
        url: '/api/replication/actions/push',
        headers: bearer(f.tokens.agent1),
        payload: rowsOf(submitWithPersonalData('case-logs-0009', 'act-logs-0009')),
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain(PERSONAL.idNumber);
      expect(f.logs.some((line) => line.includes('"level":50'))).toBe(true);
      expectNoPersonalData(f.logs);
    } finally {
      await f.close();
    }
  });
});
