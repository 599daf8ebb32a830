/**
 * Two reviewers of one township act on the same case while both tablets are offline: 赵 (zhen05a) receives and
 * accepts it; 张 (zhen05b) receives it and writes a 一次性告知, and reveals the applicant's ID number. 赵's tablet
 * syncs first. When 张's tablet syncs, the server refuses 张's steps (the case had moved on): 张 sees on the case
 * why — with 赵's 受理 named — and the content of the refused notice, kept; the case shows 赵's acceptance; and
 * 张's offline reveal still reaches the audit log. Nothing is lost.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReceiptNo } from '../../src/domain/case/receipt-number';
import { snapshotOf } from '../../src/domain/catalogue/service-item';
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { DEMO_CATALOGUE } from '../../src/demo';
import { signInOnPage } from '../support/app-page';
import { axeViolations } from '../support/axe';
import { launchBrowser, requireChromium } from '../support/browser';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const SHOTS = process.env.E2E_SHOTS_DIR;
const ITEM = DEMO_CATALOGUE.find((item) => item.name === '临时救助申请');
const ID_NUMBER = '11010519491231002X';
/** A file reference for the submit (the server checks its form; this test looks at no photo). */
const FILE = 'f'.repeat(64);

interface Tablet {
  context: BrowserContext;
  page: Page;
}

describe.skipIf(!hasBrowser)('two reviewers act on one case offline: the later one sees the refusal', () => {
  let server: ServerProcess;
  let browser: Browser;
  let first: Tablet;
  let second: Tablet;
  let zhao: LoginResponse;
  let zhang: LoginResponse;
  const caseId = ulid();
  let receiptNo = '';

  const openTablet = async (username: string): Promise<Tablet> => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await signInOnPage(page, username);
    await page.waitForURL(/\/review$/, { timeout: 30_000 });
    const row = page.getByTestId('review-case').filter({ hasText: receiptNo });
    await expect.poll(() => row.count(), { timeout: 90_000, interval: 500 }).toBe(1);
    // The first sync has finished (a reviewer syncs the township before working offline).
    await expect
      .poll(() => page.getByTestId('sync-pending').innerText(), { timeout: 90_000, interval: 500 })
      .toContain('全部已上传');
    if (username === 'zhen05a') {
      // The township's whole queue (the demo history's open cases, with their lights) passes the AA checks.
      expect(await axeViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'review-conflict-queue.png') });
    }
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/review/${caseId}$`));
    await expect
      .poll(() => page.locator('.db-review-head').innerText(), { timeout: 20_000 })
      .toContain('待收件');
    return { context, page };
  };

  const act = async (page: Page, action: string) => {
    await page.getByRole('button', { name: action, exact: true }).click();
    await page.getByRole('button', { name: `确认${action}` }).click();
    await expect
      .poll(() => page.getByTestId('review-action-message').innerText())
      .toContain(`已记录「${action}」`);
  };

  const syncLine = (page: Page) => page.getByTestId('sync-pending').innerText();

  beforeAll(async () => {
    if (!ITEM) throw new Error('临时救助申请 is not in the demo catalogue');
    server = await startServer();
    browser = await launchBrowser();
    const agent = await signInByApi(server, 'cun042', 'e2e agent tablet');
    zhao = await signInByApi(server, 'zhen05a', 'e2e script');
    zhang = await signInByApi(server, 'zhen05b', 'e2e script');
    receiptNo = generateReceiptNo({
      regionCode: agent.user.scope,
      deviceSeq: 78,
      date: new Date().toISOString().slice(0, 10),
      counter: 1,
    });
    await serverApi(server, '/api/replication/actions/push', {
      token: agent.accessToken,
      body: [
        {
          assumedMasterState: null,
          newDocumentState: {
            id: ulid(),
            caseId,
            regionCode: agent.user.scope,
            actorId: agent.user.id,
            actorName: agent.user.name,
            actorRole: 'agent',
            deviceId: agent.deviceId,
            clientTime: new Date().toISOString(),
            type: 'submit',
            payload: {
              receiptNo,
              item: snapshotOf(ITEM),
              applicant: {
                kind: 'person',
                name: '冲突测试申请人',
                idNumber: ID_NUMBER,
                phone: '13800138000',
                address: '',
              },
              proxy: null,
              fields: {},
              materials: [{ materialId: 'id-card', form: '复印件', files: [FILE] }],
              authorisationSignature: FILE,
            },
            status: 'pending',
            rejection: null,
            serverTime: null,
            _deleted: false,
          },
        },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('both reviewers open the case, then both tablets go offline and act', async () => {
    first = await openTablet('zhen05a');
    second = await openTablet('zhen05b');
    await first.context.setOffline(true);
    await second.context.setOffline(true);

    await act(first.page, '收件');
    await act(first.page, '受理');
    await expect.poll(() => first.page.locator('.db-review-head').innerText()).toContain('已受理');

    await act(second.page, '收件');
    await second.page.getByRole('button', { name: '补正告知', exact: true }).click();
    await second.page.getByRole('checkbox', { name: /^居民户口簿/ }).check();
    await second.page.getByLabel('告知书补充说明（选填）').fill('请补交户口簿首页及本人页复印件');
    await second.page.getByRole('button', { name: '确认补正告知' }).click();
    await expect
      .poll(() => second.page.getByTestId('review-action-message').innerText())
      .toContain('已记录「补正告知」');
    await expect.poll(() => second.page.locator('.db-review-head').innerText()).toContain('补正中');
    // A reveal while offline is logged on the tablet and sent later.
    await second.page.getByRole('button', { name: '显示完整号码：身份证号码（查看将被记录）' }).click();
    await expect.poll(() => second.page.getByTestId('applicant-id').innerText()).toBe(ID_NUMBER);
    await expect.poll(() => syncLine(second.page)).toContain('待上传 2 条记录');
  });

  it('the first reviewer syncs first and the server takes 受理', async () => {
    await first.context.setOffline(false);
    await expect.poll(() => syncLine(first.page), { timeout: 60_000, interval: 500 }).toContain('全部已上传');
    expect(await first.page.getByTestId('case-refusal').count()).toBe(0);
  });

  it('the second reviewer syncs later: refused, told why, and the notice it wrote is kept', async () => {
    const page = second.page;
    await second.context.setOffline(false);
    const refusals = page.getByTestId('case-refusal');
    await expect.poll(() => refusals.count(), { timeout: 60_000, interval: 500 }).toBe(2);
    const receiveRefusal = await refusals.filter({ hasText: '「收件」未被采纳' }).innerText();
    expect(receiveRefusal).toContain('「已受理」状态下不能「收件」');
    expect(receiveRefusal).toContain(`在此之前，${zhao.user.name}已于`);
    expect(receiveRefusal).toContain('办理「受理」');
    const noticeRefusal = await refusals.filter({ hasText: '「补正告知」未被采纳' }).innerText();
    expect(noticeRefusal).toContain('「已受理」状态下不能「补正告知」');
    expect(noticeRefusal).toContain('您填写的内容仍保留');
    expect(noticeRefusal).toContain('居民户口簿（缺失）');
    expect(noticeRefusal).toContain('请补交户口簿首页及本人页复印件');
    expect(await page.getByTestId('review-action-message').innerText()).toBe(''); // no stale 「已记录」
    // The case as the server holds it: accepted by the first reviewer, with a promised date.
    await expect.poll(() => page.locator('.db-review-head').innerText()).toContain('已受理');
    expect(await page.getByTestId('case-deadline').innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const timeline = page.getByTestId('timeline-entry');
    expect(await timeline.filter({ hasText: zhao.user.name }).count()).toBe(2); // 收件, 受理
    expect(await page.locator('[data-testid="timeline-entry"][data-state="refused"]').count()).toBe(2);
    expect(await page.getByTestId('rejected-record').count()).toBe(2); // the sync status lists them too
    await expect.poll(() => syncLine(page), { timeout: 30_000 }).toContain('全部已上传');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'review-conflict-refused.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The refused notice cannot be sent again now (the case is accepted): no retry is offered for it.
    expect(await page.getByRole('button', { name: /按原内容重新补正告知/ }).count()).toBe(0);
  });

  it('the reveal made offline reached the audit log', async () => {
    const supervisor = await signInByApi(server, 'qu01', 'e2e audit reader');
    await expect
      .poll(
        async () => {
          const audit = await serverApi<{ entries: { target: string; details: unknown }[] }>(
            server,
            `/api/admin/audit?action=case.reveal&actor=${zhang.user.id}`,
            { token: supervisor.accessToken },
          );
          return audit.entries.filter((e) => e.target === `case:${caseId}`).map((e) => e.details);
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toEqual([{ field: 'idNumber', deviceTime: expect.any(String) }]);
    // Opening the case was logged too (case.view), with the device's time.
    const views = await serverApi<{ entries: { target: string }[] }>(
      server,
      `/api/admin/audit?action=case.view&actor=${zhang.user.id}`,
      { token: supervisor.accessToken },
    );
    expect(views.entries.filter((e) => e.target === `case:${caseId}`).length).toBeGreaterThan(0);
  });
});
