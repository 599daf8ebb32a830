/**
 * Remote wipe: a tablet is lost, an admin revokes its device on the server; at the tablet's next contact the
 * server answers `device_revoked` and the app deletes every local record and returns to the login screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, requireChromium } from '../support/browser';
import { signInOnPage } from '../support/app-page';
import { dumpIndexedDb } from '../support/indexeddb-dump';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();

interface DeviceRow {
  id: string;
  username: string;
  revokedAt: string | null;
  registeredAt: string;
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
    await signInOnPage(page, 'cun042');
    await expect
      .poll(async () => (await dumpIndexedDb(page)).includes('最低生活保障申请'), {
        timeout: 60_000,
        interval: 1_000,
      })
      .toBe(true);
  });

  it('wipes the device and shows why after an admin revokes it', async () => {
    const admin = await signInByApi(server, 'admin', 'admin console');
    const { devices } = await serverApi<{ devices: DeviceRow[] }>(server, '/api/admin/devices', {
      token: admin.accessToken,
    });
    const tablet = devices.find((device) => device.username === 'cun042' && device.revokedAt === null);
    expect(tablet, 'the agent’s tablet is registered').toBeDefined();
    await serverApi(server, `/api/admin/devices/${tablet!.id}/revoke`, {
      body: {},
      token: admin.accessToken,
    });

    // The tablet's next contact with the server (a manual sync; otherwise the next pull or heartbeat).
    await page.getByRole('button', { name: '立即同步' }).first().click();
    await expect
      .poll(() => page.getByText('本设备已被停用').isVisible(), { timeout: 45_000, interval: 500 })
      .toBe(true);
    expect(await page.getByLabel('用户名').isVisible()).toBe(true);

    // Deleting the database finishes a moment after the login screen shows.
    await expect
      .poll(async () => (await dumpIndexedDb(page)).includes('最低生活保障申请'), { timeout: 20_000 })
      .toBe(false);
    expect(await dumpIndexedDb(page)).not.toContain('vault');
  });
});
