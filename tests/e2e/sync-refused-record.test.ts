/**
 * A record the server refuses never blocks the others: while the agent's tablet is offline with two
 * consultations waiting, one of the agent's actions (a 撤回 for a case that does not exist) reaches the
 * server from elsewhere and is refused. When the tablet reconnects, both consultations upload and the
 * refused action comes back to its author with the server's reason, shown on screen.
 */
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOnPage } from '../support/app-page';
import { launchBrowser, requireChromium } from '../support/browser';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = { username: 'cun042', password: 'daiban123' };

/** Topics no demo consultation has, so the rows found are the ones this test made. */
const TOPICS = ['测试专用：医保缴费时间咨询', '测试专用：残疾人证办理咨询'];

describe.skipIf(!hasBrowser)('a refused record does not block the queue', () => {
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

  it('uploads the good records and shows the refused one with its reason', async () => {
    await page.goto(server.url);
    await signInOnPage(page, AGENT.username, AGENT.password);
    await page.getByRole('link', { name: '咨询登记' }).first().click();
    await expect.poll(() => page.getByText('咨询记录').first().isVisible(), { timeout: 20_000 }).toBe(true);

    await page.context().setOffline(true);
    for (const topic of TOPICS) {
      await page.getByLabel('咨询内容').fill(topic);
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.getByTestId('consultation').filter({ hasText: topic }).count()).toBe(1);
    }

    // Meanwhile the agent's withdrawal of a case that does not exist reaches the server, which refuses it.
    const login = await signInByApi(server, AGENT.username, 'e2e script');
    await serverApi(server, '/api/replication/actions/push', {
      token: login.accessToken,
      body: [
        {
          assumedMasterState: null,
          newDocumentState: {
            id: `act-refused-${Date.now()}`,
            caseId: 'case-does-not-exist',
            regionCode: login.user.scope,
            actorId: login.user.id,
            actorName: login.user.name,
            actorRole: 'agent',
            deviceId: login.deviceId,
            clientTime: new Date().toISOString(),
            type: 'withdraw',
            payload: { reason: '申请人要求撤回' },
            status: 'pending',
            rejection: null,
            serverTime: null,
            _deleted: false,
          },
        },
      ],
    });

    await page.context().setOffline(false);
    for (const topic of TOPICS) {
      await expect
        .poll(() => page.getByTestId('consultation').filter({ hasText: topic }).innerText(), {
          timeout: 60_000,
        })
        .toContain('已上传');
    }
    const refused = page.getByTestId('rejected-record');
    await expect.poll(() => refused.count(), { timeout: 60_000 }).toBe(1);
    const text = await refused.innerText();
    expect(text).toContain('撤回');
    expect(text).toContain('case-does-not-exist');
    expect(await page.getByText('1 条记录被服务器退回').first().isVisible()).toBe(true);
    if (process.env.E2E_SHOTS_DIR)
      await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/5-refused.png` });
  });
});
