/**
 * Offline first, end to end: an agent signs in online once, then the app starts from the service worker
 * with the network off, unlocks offline with the password, records a 咨询登记, survives closing the
 * browser, and uploads on its own when the network returns — where the township reviewer sees it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser, requireChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = { username: 'cun042', password: 'daiban123' };
const REVIEWER = { username: 'zhen05a', password: 'daiban123' };
const TOPIC = `离线咨询：低保申请条件 ${Date.now()}`;
const SHOTS = process.env.E2E_SHOTS_DIR;

async function openPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function unlock(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { name: '解锁' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  await shot(page, '0-unlock-screen');
  await page.getByLabel('密码', { exact: true }).fill(AGENT.password);
  await page.getByRole('button', { name: '解锁' }).click();
}

async function openConsultations(page: Page): Promise<void> {
  await page.getByRole('link', { name: '咨询登记' }).first().click();
  await expect.poll(() => page.getByText('咨询记录').first().isVisible(), { timeout: 15_000 }).toBe(true);
}

describe.skipIf(!hasBrowser)('offline start, offline unlock and upload on reconnect', () => {
  let server: ServerProcess;
  let userDataDir: string;
  let context: BrowserContext | null = null;
  let reviewerBrowser: Browser | null = null;

  beforeAll(async () => {
    server = await startServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'daiban-e2e-profile-'));
  });
  afterAll(async () => {
    await context?.close();
    await reviewerBrowser?.close();
    await server?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('signs in online once and installs the service worker', async () => {
    context = await openPersistent(userDataDir);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await signIn(page, AGENT);
    await expect
      .poll(() => page.getByRole('link', { name: '咨询登记' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
    // The shell is precached once the service worker is active.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registrations = await navigator.serviceWorker.getRegistrations();
            return registrations.some((registration) => registration.active?.state === 'activated');
          }),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
  });

  it('starts from the service worker offline and unlocks with the password checked locally', async () => {
    const page = context!.pages()[0]!;
    await context!.setOffline(true);
    await page.reload();
    await unlock(page);
    await openConsultations(page);
    await shot(page, '1-offline-unlocked');
  });

  it('records a consultation offline; it waits for upload', async () => {
    const page = context!.pages()[0]!;
    await page.getByLabel('咨询内容').fill(TOPIC);
    await page.getByLabel('用时（分钟）').fill('12');
    await page.getByRole('button', { name: '保存' }).click();
    const row = page.getByTestId('consultation').filter({ hasText: TOPIC });
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('待上传');
    await expect.poll(() => page.getByTestId('sync-pending').innerText()).toContain('待上传 1 条记录');
    await shot(page, '2-offline-recorded');
  });

  it('keeps the record after the browser is closed and reopened offline', async () => {
    await context!.close();
    context = await openPersistent(userDataDir);
    await context.setOffline(true);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await unlock(page);
    await openConsultations(page);
    await expect.poll(() => page.getByTestId('consultation').filter({ hasText: TOPIC }).count()).toBe(1);
  });

  it('uploads on its own when the network returns', async () => {
    const page = context!.pages()[0]!;
    await context!.setOffline(false);
    const row = page.getByTestId('consultation').filter({ hasText: TOPIC });
    await expect.poll(() => row.innerText(), { timeout: 60_000, interval: 500 }).toContain('已上传');
    await shot(page, '3-online-uploaded');
  });

  it('keeps two tabs consistent: a record made in one appears in the other', async () => {
    const first = context!.pages()[0]!;
    const second = await context!.newPage();
    await second.goto(server.url);
    await unlock(second);
    await openConsultations(second);
    await expect.poll(() => second.getByTestId('consultation').filter({ hasText: TOPIC }).count()).toBe(1);
    const other = `第二个标签页的咨询 ${Date.now()}`;
    await second.getByLabel('咨询内容').fill(other);
    await second.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => first.getByTestId('consultation').filter({ hasText: other }).innerText(), {
        timeout: 30_000,
      })
      .toContain('已上传'); // seen in the first tab, uploaded by whichever tab leads
    await second.close();
  });

  it('shows the record to the township reviewer without any manual step', async () => {
    reviewerBrowser = await launchBrowser();
    const reviewer = await (
      await reviewerBrowser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    ).newPage();
    await reviewer.goto(server.url);
    await signIn(reviewer, REVIEWER);
    await openConsultations(reviewer);
    await expect
      .poll(() => reviewer.getByTestId('consultation').filter({ hasText: TOPIC }).count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await shot(reviewer, '4-reviewer-sees-it');
  });
});
