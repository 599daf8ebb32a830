/**
 * 系统管理 end to end, in headless Chromium against the real server:
 * - an admin edits a material of an item and publishes version 2 → the signed-in agent's tablet receives it at
 *   its next sync, while a case it already holds keeps version 1 (on the tablet and on the server);
 * - the catalogue import page checks its own downloaded template (nothing to publish) and lists a bad file's
 *   errors by row and column;
 * - the audit log shows a reveal of a case's ID number, filtered by action;
 * - next year's holiday schedule is pasted as the State Council notice text, previewed and loaded;
 * - a device is revoked after a confirm dialog, and that tablet wipes itself at its next contact;
 * - every screen passes axe (WCAG 2.1 AA).
 * Set DAIBAN_SCREENSHOT_DIR to keep a 1280×800 screenshot of each screen.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import { signInOnPage } from '../support/app-page';
import { axeViolations } from '../support/axe';
import { launchBrowser, requireChromium } from '../support/browser';
import { dumpIndexedDb } from '../support/indexeddb-dump';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = 'cun042';
const SCREENSHOTS = process.env.DAIBAN_SCREENSHOT_DIR;

/** A made-up notice for 2027 in the State Council's wording (test data: 2027-01-01 is a Friday). */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历除夕、周六）至14日（农历正月初八、周日）放假调休，共9天。2月20日（周六）上班。
国务院办公厅
2026年11月5日`;

interface PulledHead {
  id: string;
  item: { code: string; version: number; name: string; materials: { name: string }[] };
}

async function visible(page: Page, text: string | RegExp, timeout = 60_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout }).toBe(true);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function section(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '系统管理分区' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** Every case head document of the tablet's IndexedDB that is about `caseId` (as stored, parsed). */
async function localHeadItems(
  page: Page,
  caseId: string,
): Promise<{ version: number; materials: string[] }[]> {
  const found: { version: number; materials: string[] }[] = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const head = record.head as { id?: unknown; item?: PulledHead['item'] } | undefined;
    if ((record.id === caseId || head?.id === caseId) && head?.item)
      found.push({ version: head.item.version, materials: head.item.materials.map((m) => m.name) });
    for (const child of Object.values(record)) visit(child);
  };
  for (const line of (await dumpIndexedDb(page)).split('\n')) {
    if (!line.includes(caseId)) continue;
    try {
      visit(JSON.parse(line.slice(line.indexOf(': ') + 2)));
    } catch {
      // not a JSON record
    }
  }
  return found;
}

describe.skipIf(!hasBrowser)('系统管理: catalogue, import, audit, holidays, devices', () => {
  let server: ServerProcess;
  let browser: Browser;
  let admin: Page;
  let tablet: Page;
  let agentToken = '';
  let theCase: PulledHead;
  const newMaterialName = '居民户口簿（户主页及本人页，测试新版）';
  const violations: string[] = [];
  const checkAxe = async (name: string) => {
    for (const violation of await axeViolations(admin)) violations.push(`${name}: ${violation}`);
    await shot(admin, name);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = () => browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    tablet = await (await context()).newPage();
    admin = await (await context()).newPage();
    // The admin's browser also runs its first sync of the whole district: on a loaded 2-core machine a click
    // can wait a while (this only waits longer; nothing asserts speed).
    for (const page of [tablet, admin]) page.setDefaultTimeout(120_000);
    const agentLogin = await signInByApi(server, AGENT, 'e2e script');
    agentToken = agentLogin.accessToken;
    const pulled = await serverApi<{ documents: PulledHead[] }>(
      server,
      '/api/replication/caseHeads/pull?seq=0&limit=500',
      { token: agentToken },
    );
    const first = pulled.documents.find((head) => head.item.version === 1 && head.item.materials.length > 0);
    if (!first) throw new Error(`${AGENT} has no case in the demo history`);
    theCase = first;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the agent’s tablet signs in and holds a case of version 1 of its item', async () => {
    await tablet.goto(server.url);
    await signInOnPage(tablet, AGENT);
    await visible(tablet, '全部已上传', 90_000);
    await expect
      .poll(async () => (await localHeadItems(tablet, theCase.id)).map((i) => i.version), {
        timeout: 60_000,
      })
      .toContain(1);
    expect(await dumpIndexedDb(tablet)).toContain(`${theCase.item.code}@1`);
  });

  it('the admin lands on 系统管理 and finds the item in the catalogue', async () => {
    await admin.goto(server.url);
    await signInOnPage(admin, 'admin');
    await visible(admin, '事项目录管理');
    expect(new URL(admin.url()).pathname).toBe('/admin/catalogue');
    await admin.getByLabel('搜索事项').fill(theCase.item.name);
    await visible(admin, '共 1 个事项');
    await checkAxe('catalogue-list');
    await admin.getByRole('link', { name: `编辑：${theCase.item.name}` }).click();
    await visible(admin, `编辑事项：${theCase.item.name}`);
  });

  it('refuses an item without a name, in Chinese, on the field', async () => {
    const name = admin.getByLabel(/^事项名称/);
    await name.fill('');
    await admin.getByRole('button', { name: '发布第 2 版' }).click();
    await visible(admin, /有 1 处需要修改/);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await checkAxe('item-editor-problem');
    await name.fill(theCase.item.name);
    await expect.poll(() => admin.getByText(/有 \d+ 处需要修改/).count()).toBe(0);
  });

  it('publishes version 2 with a changed material', async () => {
    const material = admin.getByRole('group', { name: /^第 1 项材料/ });
    await material.getByLabel(/^材料名称/).fill(newMaterialName);
    await visible(admin, /将发布第 2 版（修改了：申请材料）/);
    await checkAxe('item-editor');
    await admin.getByRole('button', { name: '发布第 2 版' }).click();
    await visible(admin, `已发布「${theCase.item.name}」第 2 版`);
    await visible(admin, '当前为第 2 版');
  });

  it('the tablet receives version 2 at its next sync; the case it holds keeps version 1', async () => {
    await tablet.getByRole('button', { name: '立即同步' }).first().click();
    await expect
      .poll(async () => (await dumpIndexedDb(tablet)).includes(`${theCase.item.code}@2`), { timeout: 60_000 })
      .toBe(true);
    expect(await dumpIndexedDb(tablet)).toContain(newMaterialName);
    const local = await localHeadItems(tablet, theCase.id);
    expect(local.length).toBeGreaterThan(0);
    for (const item of local) {
      expect(item.version).toBe(1);
      expect(item.materials).not.toContain(newMaterialName);
    }
    const pulled = await serverApi<{ documents: PulledHead[] }>(
      server,
      '/api/replication/caseHeads/pull?seq=0&limit=500',
      { token: agentToken },
    );
    expect(pulled.documents.find((head) => head.id === theCase.id)?.item.version).toBe(1);
  });

  it('the import page checks its own template (nothing to publish) and lists a bad file’s errors', async () => {
    await section(admin, '目录导入');
    await visible(admin, '事项目录导入');
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Excel 模板（含现有事项）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('事项目录导入模板.xlsx');
    const template = readFileSync((await download.path()) ?? '');
    await admin.getByLabel('目录文件（.xlsx 或 .csv）').setInputFiles({
      name: '事项目录导入模板.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: template,
    });
    await visible(admin, '文件中的事项与当前目录完全相同，无需发布。');
    await checkAxe('import-checked');
    await admin.getByLabel('目录文件（.xlsx 或 .csv）').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '表,实施编码,材料编号,材料名称,材料形式,原件份数,复印件份数,必要性,来源渠道\r\n' +
          '申请材料,NO-SUCH,,户口簿,纸质,两份,0,必要,其他\r\n',
      ),
    });
    await visible(admin, /文件有 \d+ 处错误，没有导入任何事项/);
    await visible(
      admin,
      '「申请材料」表第 2 行「原件份数」（F2）：应为 0 到 20 之间的整数，现为「两份」',
      20_000,
    );
    await checkAxe('import-errors');
  });

  it('the audit log shows who revealed the ID number of which case', async () => {
    // The agent reveals the applicant's ID number of the case (the app records it this way; the answer is 204).
    const reveal = await fetch(`${server.url}/api/audit/reveal`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        authorization: `Bearer ${agentToken}`,
      },
      body: JSON.stringify({ caseId: theCase.id, field: 'idNumber' }),
    });
    expect(reveal.status).toBe(204);
    await section(admin, '审计日志');
    await admin.getByLabel('操作', { exact: true }).selectOption({ label: '显示办件个人信息' });
    await admin.getByRole('button', { name: '查询' }).click();
    // The filtered answer replaces the whole log (which also holds views of this case): wait until every
    // row of the case is a reveal, then check the newest.
    const rows = admin.getByRole('row', { name: new RegExp(theCase.id) });
    await expect
      .poll(
        async () => {
          const texts = await rows.allInnerTexts();
          const isFiltered = texts.length > 0 && texts.every((text) => text.includes('显示办件个人信息'));
          return isFiltered ? texts[0] : `not filtered yet: ${texts.join(' | ')}`;
        },
        { timeout: 20_000 },
      )
      .toMatch(new RegExp(`（${AGENT}）[\\s\\S]*显示办件个人信息[\\s\\S]*显示了身份证号码`));
    await checkAxe('audit');
  });

  it('loads the 2027 holiday schedule from the pasted notice text after a preview', async () => {
    await section(admin, '节假日安排');
    const adminToken = (await signInByApi(server, 'admin', 'e2e script')).accessToken;
    const holidays = () =>
      serverApi<{ schedules: { year: number; schedule: { workdays: string[] } }[] }>(
        server,
        '/api/admin/holidays',
        {
          token: adminToken,
        },
      );
    const nextYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() + 1;
    if (!(await holidays()).schedules.some((s) => s.year === nextYear))
      await visible(admin, `尚未载入 ${nextYear} 年的节假日安排`);
    await admin.getByLabel('年份').fill('2027');
    const noticeText = admin.getByRole('textbox', { name: '通知原文' });
    await noticeText.fill(NOTICE_2027.replace('共9天', '共8天'));
    await admin.getByRole('button', { name: '预览' }).click();
    await visible(admin, '「春节」通知写共 8 天，按日期计算是 9 天，请核对');
    await noticeText.fill(NOTICE_2027);
    await admin.getByRole('button', { name: '预览' }).click();
    await visible(admin, '2027 年节假日安排预览');
    await visible(admin, '2027-02-20（星期六）');
    expect(await admin.getByLabel(/^来源/).inputValue()).toBe('国务院办公厅关于2027年部分节假日安排的通知');
    await checkAxe('holidays-preview');
    await admin.getByRole('button', { name: '载入 2027 年安排' }).click();
    await visible(admin, '已载入 2027 年节假日安排');
    const stored = await holidays();
    expect(stored.schedules.find((s) => s.year === 2027)?.schedule.workdays).toEqual(['2027-02-20']);
  });

  it('the users and stations screens list the district', async () => {
    const token = (await signInByApi(server, 'admin', 'e2e script')).accessToken;
    const { users } = await serverApi<{ users: unknown[] }>(server, '/api/admin/users', { token });
    const { stations } = await serverApi<{ stations: unknown[] }>(server, '/api/admin/stations', { token });
    await section(admin, '用户');
    await visible(admin, `共 ${users.length} 个账号`);
    await visible(admin, AGENT);
    await checkAxe('users');
    await section(admin, '服务站');
    await visible(admin, `共 ${stations.length} 个服务站`);
    await checkAxe('stations');
  });

  it('revokes the agent’s tablet after a confirm dialog; the tablet wipes itself at its next contact', async () => {
    await section(admin, '设备');
    await admin.getByLabel('搜索设备或用户').fill(AGENT);
    const revoke = admin.getByRole('button', { name: new RegExp(`^停用设备 (?!e2e).*（${AGENT}）$`) });
    await expect.poll(() => revoke.count(), { timeout: 60_000 }).toBe(1);
    await revoke.click();
    const dialog = admin.getByRole('dialog', { name: '停用这台设备？' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await checkAxe('devices-confirm');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await revoke.click();
    await admin.getByRole('dialog').getByRole('button', { name: '停用设备' }).click();
    await visible(admin, new RegExp(`已停用 ${AGENT} 的设备`));

    await shot(tablet, 'tablet-before-revoke');
    await tablet.getByRole('button', { name: '立即同步' }).first().click();
    await visible(tablet, '本设备已被停用', 90_000);
    await expect
      .poll(async () => (await dumpIndexedDb(tablet)).includes(theCase.id), { timeout: 60_000 })
      .toBe(false);
  });

  it('has no accessibility violations on any screen it visited', () => {
    expect(violations).toEqual([]);
  });
});
