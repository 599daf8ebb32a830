/**
 * Lock after inactivity: after 10 minutes without input the keys leave memory and the unlock screen
 * shows; the password (checked locally) opens it again where the data is still there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOnPage } from '../support/app-page';
import { launchBrowser, requireChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = { username: 'cun042', password: 'daiban123' };

describe.skipIf(!hasBrowser)('lock after inactivity', () => {
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

  it('locks after 10 idle minutes and unlocks with the password', async () => {
    await page.clock.install();
    await page.goto(server.url);
    await signInOnPage(page, AGENT.username, AGENT.password);
    await expect
      .poll(() => page.getByRole('link', { name: '咨询登记' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);

    await page.clock.fastForward('09:00');
    await page.clock.runFor(20_000);
    expect(await page.getByRole('link', { name: '咨询登记' }).first().isVisible()).toBe(true); // not yet

    await page.clock.fastForward('01:30');
    await page.clock.runFor(20_000);
    await expect
      .poll(() => page.getByRole('heading', { name: '解锁' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await page.getByText('长时间未操作，已自动锁定').isVisible()).toBe(true);

    await page.getByLabel('密码', { exact: true }).fill(AGENT.password);
    await page.getByRole('button', { name: '解锁' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: '咨询登记' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
  });
});
