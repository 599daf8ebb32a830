/**
 * The first thing a village agent does: open the app served by `npm start`, sign in, and find an item in
 * the 事项目录 by pinyin initials, then read its 办事指南. Headless Chromium against the real server.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../src/demo';
import { axeViolations } from '../support/axe';
import { launchBrowser, requireChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const agent = DEMO_LOGINS.find((login) => login.role === 'agent');

describe.skipIf(!hasBrowser)('login and the service catalogue in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the login form in Chinese with labelled inputs and no accessibility violations', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByLabel('用户名').isVisible()).toBe(true);
    expect(await page.getByLabel('密码', { exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a wrong password with a Chinese message and keeps the user on the login screen', async () => {
    await page.getByLabel('用户名').fill(agent?.username ?? '');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs the agent in, shows their village and opens the 事项目录', async () => {
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    const villageName = agent?.regionName.split(' ').at(-1) ?? '';
    await expect
      .poll(() => page.locator('header').first().innerText(), { timeout: 15_000 })
      .toContain(villageName);
    await page.getByRole('link', { name: '事项目录' }).first().click();
    await expect
      .poll(() => page.getByText('最低生活保障申请').first().isVisible(), { timeout: 15_000 })
      .toBe(true);
  });

  it('finds 最低生活保障申请 by pinyin initials "dbsq" and by full pinyin "dibao"', async () => {
    for (const query of ['dbsq', 'dibao']) {
      await page.getByLabel('搜索事项').fill(query);
      await expect
        .poll(() => page.locator('main').getByRole('link').first().innerText())
        .toContain('最低生活保障申请');
    }
  });

  it('opens the 办事指南 with conditions, materials and the time limit', async () => {
    await page.locator('main').getByRole('link').first().click();
    await page.waitForURL(/\/catalogue\/.+/);
    await expect.poll(() => page.getByText('受理条件').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '最低生活保障申请' }).isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).toContain('受理条件');
    expect(text).toContain('居民身份证');
    expect(text).toMatch(/\d+\s*个工作日/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
