/**
 * 监管看板, 月度报告 and 电子监察 in Chromium against the real server with the seeded demo district: the figures
 * on screen equal figures computed here independently from the demo history (tests/support/demo-figures.ts,
 * plain loops), drill-down 区 → 乡镇 → 村, the Excel workbook and the CSV downloaded through the page, a 差评
 * 回访 recorded, the thresholds changed with a Chinese error for a bad value, ECharts loaded only with the
 * dashboard, and no axe violations.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/demo';
import { signInOnPage } from '../support/app-page';
import { axeViolations } from '../support/axe';
import { launchBrowser, requireChromium } from '../support/browser';
import {
  demoDataAsSeeded,
  percentText,
  plainFigures,
  plainRates,
  type DemoData,
  type PlainFigures,
} from '../support/demo-figures';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const LOADED = { timeout: 90_000 };
/** A string only ECharts' code contains (its option preprocessor registry). */
const ECHARTS_MARKER = 'registerPreprocessor';
const reviewer = DEMO_LOGINS.find((login) => login.role === 'reviewer');
const agent = DEMO_LOGINS.find((login) => login.role === 'agent');

async function tile(page: Page, indicator: string): Promise<string> {
  return (await page.locator(`[data-indicator="${indicator}"] dd`).innerText()).trim();
}

/** Closes the 「应用已可离线使用」 banner if it shows: it sits over the bottom of the page. */
async function dismissOfflineBanner(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: '知道了' });
  if (await button.isVisible()) await button.click();
}

/** The tiles as the page shows them, and as they should read for the plain figures. */
async function tilesOf(page: Page): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const indicator of [
    'accepted',
    'decided',
    'completionRate',
    'overdue',
    'satisfactionRate',
    'consultations',
  ])
    shown[indicator] = await tile(page, indicator);
  return shown;
}
function expectedTiles(f: PlainFigures): Record<string, string> {
  const rates = plainRates(f);
  return {
    accepted: String(f.accepted),
    decided: String(f.decided),
    completionRate: percentText(rates.completionRate),
    overdue: String(f.overdue),
    satisfactionRate: percentText(rates.satisfactionRate),
    consultations: String(f.consultations),
  };
}

/** 「北陂镇2026年10月：本月共受理 N 件，办结 M 件，办结率 x%，群众满意率 y%，接受咨询 k 件。」 */
function expectedSentence(region: string, f: PlainFigures): string {
  const rates = plainRates(f);
  return (
    `${region}2026年10月：本月共受理 ${f.accepted} 件，办结 ${f.decided} 件，办结率 ${percentText(rates.completionRate)}，` +
    `群众满意率 ${percentText(rates.satisfactionRate)}，接受咨询 ${f.consultations} 件。`
  );
}

describe.skipIf(!hasBrowser)('dashboards, monthly report and supervision in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let data: DemoData;
  let today: string;
  const scripts: { url: string; body: string }[] = [];
  const echartsLoaded = () => scripts.some((script) => script.body.includes(ECHARTS_MARKER));

  beforeAll(async () => {
    server = await startServer();
    data = demoDataAsSeeded();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      void response.text().then(
        (body) => scripts.push({ url: response.url(), body }),
        () => undefined,
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('lands the district supervisor on the dashboard without loading ECharts on the login screen', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByLabel('用户名').isVisible(), LOADED).toBe(true);
    expect(echartsLoaded()).toBe(false);
    await signInOnPage(page, 'qu01');
    await page.waitForURL(/\/dashboard/, LOADED);
    await expect.poll(() => page.getByTestId('report-sentence').isVisible(), LOADED).toBe(true);
    today = await page.evaluate(() => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    await expect.poll(echartsLoaded, LOADED).toBe(true);
  });

  it('shows October’s district figures exactly as counted independently from the demo history', async () => {
    await page.getByLabel('统计月份').selectOption('2026-10');
    const district = plainFigures(data, { ...OCTOBER, today, scope: '360799' });
    expect(district.accepted).toBeGreaterThan(300);
    await expect.poll(() => tilesOf(page), LOADED).toEqual(expectedTiles(district));
    expect(await page.getByTestId('report-sentence').innerText()).toBe(expectedSentence('青岚区', district));
    expect(
      await page
        .getByRole('img', { name: /受理数按乡镇图表/ })
        .locator('canvas')
        .count(),
    ).toBeGreaterThan(0);
    // every township is a table row with its own figures
    const rows = page.locator('table.db-dash__table tbody tr');
    expect(await rows.count()).toBe(18);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drills down from the district to a township and on to a village', async () => {
    const townshipScope = reviewer?.scope ?? '';
    const townshipName = reviewer?.regionName.split(' ').at(-1) ?? '';
    await page
      .getByRole('link', { name: new RegExp(`^${townshipName}`) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`scope=${townshipScope}`), LOADED);
    const township = plainFigures(data, { ...OCTOBER, today, scope: townshipScope });
    await expect.poll(() => tilesOf(page), LOADED).toEqual(expectedTiles(township));
    expect(await page.getByTestId('report-sentence').innerText()).toBe(
      expectedSentence(townshipName, township),
    );
    expect(await page.getByRole('navigation', { name: '下钻路径' }).innerText()).toContain('青岚区');

    const villageName = agent?.regionName.split(' ').at(-1) ?? '';
    await page
      .getByRole('link', { name: new RegExp(`^${villageName}`) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`scope=${agent?.scope ?? ''}`), LOADED);
    const village = plainFigures(data, { ...OCTOBER, today, scope: agent?.scope ?? '' });
    await expect.poll(() => tilesOf(page), LOADED).toEqual(expectedTiles(village));
    await page.getByRole('button', { name: '按月份' }).click();
    await expect.poll(() => page.locator('table.db-dash__table tbody tr').count(), LOADED).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: '下钻路径' }).getByRole('link', { name: '青岚区' }).click();
    await page.waitForURL((url) => !url.search.includes('scope=360799101'), LOADED);
  });

  it('prints the monthly report and downloads the workbook whose 合计 row has the independent totals', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '月度报告' }).click();
    await page.getByLabel('统计月份').selectOption('2026-10');
    const district = plainFigures(data, { ...OCTOBER, today, scope: '360799' });
    await expect
      .poll(() => page.getByTestId('report-sentence').innerText(), LOADED)
      .toBe(expectedSentence('青岚区', district));
    const townshipScope = reviewer?.scope ?? '';
    const townshipName = reviewer?.regionName.split(' ').at(-1) ?? '';
    expect(await page.getByTestId(`sentence-${townshipScope}`).innerText()).toBe(
      expectedSentence(townshipName, plainFigures(data, { ...OCTOBER, today, scope: townshipScope })),
    );
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download', LOADED),
      page.getByRole('button', { name: '下载 Excel 报表' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('青岚区2026年10月工作情况报表.xlsx');
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(await download.path());
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    const sheet = workbook.getWorksheet('月度汇总');
    const total = sheet?.getRow(sheet.rowCount);
    expect(total?.getCell(2).value).toBe('合计');
    expect([3, 4, 6, 9].map((column) => total?.getCell(column).value)).toEqual([
      district.accepted,
      district.decided,
      district.overdue,
      district.consultations,
    ]);
    expect(Number(total?.getCell(8).value)).toBeCloseTo(plainRates(district).satisfactionRate ?? NaN, 10);
  });

  it('exports the filtered case list as CSV with ID numbers masked', async () => {
    await page.getByLabel('办件状态').selectOption('archived');
    await page.getByLabel('报送日期起').fill(OCTOBER.from);
    await page.getByLabel('报送日期止').fill(OCTOBER.to);
    await dismissOfflineBanner(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', LOADED),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const expected = data.heads.filter((head) => {
      const submittedOn = new Date(Date.parse(head.submittedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
      return head.status === 'archived' && submittedOn >= OCTOBER.from && submittedOn <= OCTOBER.to;
    });
    expect(csv.trim().split('\r\n')).toHaveLength(1 + expected.length);
    for (const head of expected.slice(0, 50))
      if (head.applicant.kind === 'person') expect(csv).not.toContain(head.applicant.idNumber);
    await page.getByLabel('报送日期起').fill('2026-11-01');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    await expect.poll(() => page.getByText('报送日期起不能晚于报送日期止').isVisible()).toBe(true);
  });

  it('lists overdue cases and records a 差评 回访, refusing an empty one in Chinese', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '电子监察' }).click();
    await expect.poll(() => page.getByTestId('overdue-table').isVisible(), LOADED).toBe(true);
    const token = (await signInByApi(server, 'qu02', 'dashboard e2e')).accessToken;
    const overdue = await serverApi<{ counts: { red: number; yellow: number } }>(
      server,
      '/api/supervision/overdue',
      {
        token,
      },
    );
    expect(await page.getByTestId('count-red').innerText()).toBe(String(overdue.counts.red));
    expect(echartsLoaded()).toBe(true); // loaded earlier by the dashboard, never by these screens' own chunks
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '差评回访整改' }).click();
    const card = page.locator('li.db-sup__card').first();
    await expect.poll(() => card.isVisible(), LOADED).toBe(true);
    const caseId = (await card.getAttribute('data-case')) ?? '';
    await dismissOfflineBanner(page);
    await card.getByRole('button', { name: '登记回访' }).click();
    await card.getByRole('button', { name: '保存' }).click();
    expect(await card.getByText('请填写回访情况，至少 2 个字').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await card.getByLabel('回访情况').fill('已电话回访，申请人反映等待时间太长');
    await dismissOfflineBanner(page);
    await card.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => page.locator(`li[data-case="${caseId}"]`).getByText('待整改').isVisible(), LOADED)
      .toBe(true);
    const followUps = await serverApi<{
      rows: { caseId: string; revision: number; followUp: { status: string } }[];
    }>(server, '/api/supervision/follow-ups?status=all', { token });
    expect(followUps.rows.find((row) => row.caseId === caseId)).toMatchObject({
      revision: 1,
      followUp: { status: 'awaiting_rectification' },
    });
  });

  it('changes the district thresholds, with a Chinese error for a value out of range', async () => {
    await page.getByRole('link', { name: '监察设置' }).click();
    const yellow = page.getByLabel('黄灯预警天数');
    await expect.poll(() => yellow.isVisible(), LOADED).toBe(true);
    await yellow.fill('20');
    await dismissOfflineBanner(page);
    await page.getByRole('button', { name: '保存设置' }).click();
    expect(await page.getByText('黄灯预警天数不能超过10个工作日').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await yellow.fill('3');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => page.getByText('监察阈值已保存。').isVisible(), LOADED).toBe(true);
    const token = (await signInByApi(server, 'qu02', 'dashboard e2e')).accessToken;
    const saved = await serverApi<{ thresholds: { yellowWorkingDays: number } }>(
      server,
      '/api/supervision/thresholds',
      { token },
    );
    expect(saved.thresholds.yellowWorkingDays).toBe(3);
  });

  it('gives a township reviewer the township’s dashboard, with ECharts loaded only on that route', async () => {
    const reviewerContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    const reviewerPage = await reviewerContext.newPage();
    const loaded: string[] = [];
    reviewerPage.on('response', (response) => {
      if (response.url().endsWith('.js'))
        void response.text().then(
          (body) => loaded.push(body),
          () => undefined,
        );
    });
    try {
      await reviewerPage.goto(server.url);
      await signInOnPage(reviewerPage, reviewer?.username ?? '');
      const nav = reviewerPage.getByRole('navigation', { name: '主导航' });
      await expect.poll(() => nav.getByRole('link', { name: '电子监察' }).isVisible(), LOADED).toBe(true);
      await nav.getByRole('link', { name: '电子监察' }).click();
      await expect.poll(() => reviewerPage.getByTestId('count-red').isVisible(), LOADED).toBe(true);
      expect(loaded.some((body) => body.includes(ECHARTS_MARKER))).toBe(false);
      await nav.getByRole('link', { name: '监管看板' }).click();
      await reviewerPage.getByLabel('统计月份').selectOption('2026-10');
      const township = plainFigures(data, { ...OCTOBER, today, scope: reviewer?.scope ?? '' });
      await expect.poll(() => tilesOf(reviewerPage), LOADED).toEqual(expectedTiles(township));
      expect(loaded.some((body) => body.includes(ECHARTS_MARKER))).toBe(true);
      // the township's villages, each a row; no way up to the district
      expect(await reviewerPage.getByRole('navigation', { name: '下钻路径' }).count()).toBe(0);
      expect(await axeViolations(reviewerPage)).toEqual([]);
    } finally {
      await reviewerContext.close();
    }
  });
});
