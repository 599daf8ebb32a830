/**
 * Encryption at rest, checked where an attacker with the tablet would look: every IndexedDB database and
 * object store of the origin, read raw in the page after a sync. The applicant's ID number and phone of a
 * real case (submitted through the server's push API) must not appear anywhere in the clear.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotOf, type ServiceItem } from '../../src/domain/catalogue/service-item';
import { generateReceiptNo } from '../../src/domain/case/receipt-number';
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import { CHROMIUM_PATH, requireChromium } from '../support/browser';
import { dumpIndexedDb } from '../support/indexeddb-dump';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = { username: 'cun042', password: 'daiban123' };
const ID_NUMBER = '11010519491231002X';
const PHONE = '13912345678';

async function api<T>(server: ServerProcess, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Submits a real case as the agent through the replication push API (as a tablet would). */
async function submitCase(server: ServerProcess): Promise<string> {
  const login = await api<LoginResponse>(server, '/api/auth/login', { ...AGENT, deviceName: 'e2e script' });
  const catalogue = await api<ServiceItem[] | { items: ServiceItem[] }>(
    server,
    '/api/catalogue',
    undefined,
    login.accessToken,
  );
  const items = Array.isArray(catalogue) ? catalogue : catalogue.items;
  const item = items.find((candidate) => candidate.handledAt === 'township') ?? items[0]!;
  const regionCode = login.user.scope;
  const caseId = `case-e2e-${Date.now()}`;
  const action = {
    id: `act-e2e-${Date.now()}`,
    caseId,
    regionCode,
    actorId: login.user.id,
    actorName: login.user.name,
    actorRole: 'agent',
    deviceId: login.deviceId,
    clientTime: new Date().toISOString(),
    type: 'submit',
    payload: {
      receiptNo: generateReceiptNo({
        regionCode,
        deviceSeq: 9,
        date: new Date().toISOString().slice(0, 10),
        counter: 1,
      }),
      item: snapshotOf(item),
      applicant: { kind: 'person', name: '孙秀英', idNumber: ID_NUMBER, phone: PHONE, address: '某村一组' },
      proxy: null,
      fields: {},
      materials: item.materials
        .filter((material) => material.necessity === '必要')
        .map((material) => ({ materialId: material.id, form: '原件', files: ['a'.repeat(64)] })),
      authorisationSignature: 'b'.repeat(64),
    },
    status: 'pending',
    rejection: null,
    serverTime: null,
    _deleted: false,
  };
  await api(
    server,
    '/api/replication/actions/push',
    [{ assumedMasterState: null, newDocumentState: action }],
    login.accessToken,
  );
  const pulled = await api<{ documents: { id: string; status: string; rejection: unknown }[] }>(
    server,
    '/api/replication/actions/pull?seq=0&limit=500',
    undefined,
    login.accessToken,
  );
  const stored = pulled.documents.find((doc) => doc.id === action.id);
  if (stored?.status !== 'accepted') throw new Error(`submit not accepted: ${JSON.stringify(stored)}`);
  return caseId;
}

describe.skipIf(!hasBrowser)('no personal data in the clear in IndexedDB', () => {
  let server: ServerProcess;
  let userDataDir: string;
  let context: BrowserContext | null = null;

  beforeAll(async () => {
    server = await startServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'daiban-e2e-enc-'));
  });
  afterAll(async () => {
    await context?.close();
    await server?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('syncs a case with an applicant and stores its ID number and phone only sealed', async () => {
    const caseId = await submitCase(server);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'zh-CN',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.getByLabel('用户名').fill(AGENT.username);
    await page.getByLabel('密码', { exact: true }).fill(AGENT.password);
    await page.getByRole('button', { name: '登录' }).click();

    // Wait until the case head and the submit action have arrived on the device.
    await expect
      .poll(
        async () => {
          const dump = await dumpIndexedDb(page);
          return dump.includes(caseId) && dump.includes('applicantIdHash') && dump.includes('partyCipher');
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(true);

    const dump = await dumpIndexedDb(page);
    expect(dump).toContain(caseId); // the records are there…
    expect(dump).not.toContain(ID_NUMBER); // …but not the ID number,
    expect(dump).not.toContain(ID_NUMBER.toLowerCase());
    expect(dump).not.toContain(PHONE); // the phone,
    expect(dump).not.toContain('孙秀英'); // the applicant's name,
    expect(dump).not.toContain(AGENT.password); // nor the password.
  });

  it('deletes every local record on logout', async () => {
    const page = context!.pages()[0]!;
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect.poll(() => page.getByLabel('用户名').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => dumpIndexedDb(page).then((dump) => dump.includes('partyCipher')), { timeout: 20_000 })
      .toBe(false);
    const dump = await dumpIndexedDb(page);
    expect(dump).not.toContain('vault');
    expect(dump).not.toContain('case-e2e-');
  });
});
