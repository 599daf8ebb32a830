/**
 * Remote wipe: a tablet is lost, an admin revokes its device on the server; at the tablet's next contact the
 * server answers `device_revoked` and the app deletes every local record and returns to the login screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { launchBrowser, requireChromium } from '../support/browser';
import { dumpIndexedDb } from '../support/indexeddb-dump';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const PASSWORD = 'daiban123';

interface DeviceRow {
  id: string;
  username: string;
  revokedAt: string | null;
  registeredAt: string;
}

async function call<T>(server: ServerProcess, path: string, init: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

describe.skipIf(!hasBrowser)('remote wipe of a revoked tablet', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    ).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('keeps the agent’s data on the device after the first login and sync', async () => {
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('cun042');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect
      .poll(async () => (await dumpIndexedDb(page)).includes('最低生活保障申请'), {
        timeout: 60_000,
        interval: 1_000,
      })
      .toBe(true);
  });

  it('wipes the device and shows why after an admin revokes it', async () => {
    const admin = await call<LoginResponse>(server, '/api/auth/login', {
      body: { username: 'admin', password: PASSWORD, deviceName: 'admin console' },
    });
    const { devices } = await call<{ devices: DeviceRow[] }>(server, '/api/admin/devices', {
      token: admin.accessToken,
    });
    const tablet = devices.find((device) => device.username === 'cun042' && device.revokedAt === null);
    expect(tablet, 'the agent’s tablet is registered').toBeDefined();
    await call(server, `/api/admin/devices/${tablet!.id}/revoke`, { body: {}, token: admin.accessToken });

    // The tablet's next contact with the server (a manual sync; otherwise the next pull or heartbeat).
    await page.getByRole('button', { name: '立即同步' }).first().click();
    await expect
      .poll(() => page.getByText('本设备已被停用').isVisible(), { timeout: 45_000, interval: 500 })
      .toBe(true);
    expect(await page.getByLabel('用户名').isVisible()).toBe(true);

    const dump = await dumpIndexedDb(page);
    expect(dump).not.toContain('最低生活保障申请');
    expect(dump).not.toContain('vault');
  });
});
