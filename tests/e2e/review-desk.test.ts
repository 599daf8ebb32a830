/**
 * 审核台 end to end, in headless Chromium against the real server: a village agent's 临时救助申请 (sent through
 * the API with photographed materials) reaches the township reviewer zhen05a, who receives it (收件), reveals the
 * applicant's ID number (logged), zooms into a photo, returns it for 补正 with a 一次性告知 written offline and
 * printed, then — after the agent's 补正提交 — accepts it (受理) and completes it (办结 准予, with a photo of the
 * decision document).
 *
 * Both clocks (the server process and the browser) are moved to Tuesday 2026-09-29, 09:30 Beijing time, so that
 * the 7 working days promised for the item cross 国庆节 2026. The promised date shown is compared with one
 * counted here by hand from the published 2026 schedule — not with the app's calendar.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Upload } from 'tus-js-client';
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

/** The day of 受理 in this test: Tuesday before 国庆节 2026. */
const ACCEPT_DAY = '2026-09-29';
const FAKE_NOW = Date.parse(`${ACCEPT_DAY}T09:30:00+08:00`);

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), typed here from the notice: 中秋节 09-25…27 and
 * 国庆节 10-01…07 off; Sunday 09-20 and Saturday 10-10 are working days.
 */
const DAYS_OFF_AUTUMN_2026 = new Set([
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
]);
const WORKING_WEEKENDS_AUTUMN_2026 = new Set(['2026-09-20', '2026-10-10']);

/** Counts `n` working days after `start` (the day after 受理 is day 1), by hand. */
function addWorkingDaysByHand(start: string, n: number): string {
  const day = new Date(`${start}T00:00:00Z`);
  let counted = 0;
  while (counted < n) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    const isWeekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const isWorking = WORKING_WEEKENDS_AUTUMN_2026.has(iso) || (!isWeekend && !DAYS_OFF_AUTUMN_2026.has(iso));
    if (isWorking) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

function zhDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A Node preload that moves the server's clock (Date, Date.now) by an offset, ticking on from there. */
const SHIFT_CLOCK_MODULE = `
const offset = Number(process.env.DAIBAN_TEST_CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [RealDate.now() + offset] : args, newTarget),
  apply: () => new RealDate(RealDate.now() + offset).toString(),
  get: (target, key, receiver) => (key === 'now' ? () => RealDate.now() + offset : Reflect.get(target, key, receiver)),
});
`;

const ITEM = DEMO_CATALOGUE.find((item) => item.name === '临时救助申请');
const APPLICANT = { name: '测试申请人', idNumber: '11010519491231002X', phone: '13800138000' };

describe.skipIf(!hasBrowser)('审核台: receive, 补正, accept across 国庆节, decide', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let preloadDir: string;
  let agent: LoginResponse;
  let reviewer: LoginResponse;
  const caseId = ulid();
  let receiptNo = '';
  const expectedDeadline = addWorkingDaysByHand(ACCEPT_DAY, ITEM?.promisedDays ?? 0);

  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `review-${name}.png`) });
  };

  /** A PNG drawn by the browser, with the material's name on it (each one distinct). */
  const drawPhoto = (label: string, seed: number): Promise<Buffer> =>
    page
      .evaluate(
        ({ text, n }) => {
          const canvas = document.createElement('canvas');
          canvas.width = 640;
          canvas.height = 420;
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.fillStyle = `hsl(${(n * 47) % 360} 40% 94%)`;
          ctx.fillRect(0, 0, 640, 420);
          ctx.strokeStyle = '#333';
          ctx.lineWidth = 6;
          ctx.strokeRect(20, 20, 600, 380);
          ctx.fillStyle = '#111';
          ctx.font = '40px "Noto Sans CJK SC", sans-serif';
          ctx.fillText(text, 60, 200);
          ctx.font = '24px sans-serif';
          ctx.fillText(`#${n}`, 60, 260);
          return canvas.toDataURL('image/png');
        },
        { text: label, n: seed },
      )
      .then((url) => Buffer.from(url.split(',')[1] ?? '', 'base64'));

  /** Uploads a file as the agent's tablet would (tus), answering its SHA-256. */
  const upload = (data: Buffer): Promise<string> => {
    const sha256 = createHash('sha256').update(data).digest('hex');
    return new Promise((resolve, reject) => {
      const tus = new Upload(data, {
        endpoint: `${server.url}/api/files/uploads`,
        metadata: { sha256, contentType: 'image/png' },
        headers: { authorization: `Bearer ${agent.accessToken}` },
        chunkSize: Infinity,
        retryDelays: null,
        storeFingerprintForResuming: false,
        onSuccess: () => resolve(sha256),
        onError: reject,
      });
      tus.start();
    });
  };

  /** Pushes one action as the agent. */
  const pushAsAgent = (type: string, payload: unknown) =>
    serverApi(server, '/api/replication/actions/push', {
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
            clientTime: new Date(FAKE_NOW).toISOString(),
            type,
            payload,
            status: 'pending',
            rejection: null,
            serverTime: null,
            _deleted: false,
          },
        },
      ],
    });

  /** The case head as the server holds it (pulled as the agent). */
  const serverHead = async (): Promise<Record<string, unknown> | null> => {
    let seq = 0;
    for (let round = 0; round < 50; round += 1) {
      const body = await serverApi<{ documents: Record<string, unknown>[]; checkpoint: { seq: number } }>(
        server,
        `/api/replication/caseHeads/pull?seq=${seq}&limit=500`,
        { token: agent.accessToken },
      );
      const head = body.documents.find((doc) => doc.id === caseId);
      if (head) return head;
      if (body.documents.length === 0 || body.checkpoint.seq === seq) return null;
      seq = body.checkpoint.seq;
    }
    return null;
  };
  const serverStatus = async () => (await serverHead())?.status;

  const headerText = () => page.locator('.db-review-head').innerText();
  const syncLine = () => page.getByTestId('sync-pending').innerText();
  const allUploaded = () => expect.poll(syncLine, { timeout: 60_000, interval: 500 }).toContain('全部已上传');

  beforeAll(async () => {
    if (!ITEM) throw new Error('临时救助申请 is not in the demo catalogue');
    preloadDir = mkdtempSync(join(tmpdir(), 'daiban-review-clock-'));
    const preload = join(preloadDir, 'shift-clock.mjs');
    writeFileSync(preload, SHIFT_CLOCK_MODULE);
    const offset = FAKE_NOW - Date.now();
    server = await startServer({
      env: {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(preload).href}`.trim(),
        DAIBAN_TEST_CLOCK_OFFSET_MS: String(offset),
      },
    });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    // The tablet's clock is on the same day as the server's.
    await context.addInitScript((shift: number) => {
      const RealDate = Date;
      (globalThis as { Date: DateConstructor }).Date = new Proxy(RealDate, {
        construct: (target, args: unknown[], newTarget) =>
          Reflect.construct(target, args.length === 0 ? [RealDate.now() + shift] : args, newTarget) as object,
        apply: () => new RealDate(RealDate.now() + shift).toString(),
        get: (target, key, receiver) =>
          key === 'now' ? () => RealDate.now() + shift : (Reflect.get(target, key, receiver) as unknown),
      });
    }, offset);
    page = await context.newPage();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    if (preloadDir) rmSync(preloadDir, { recursive: true, force: true });
  });

  it('shows the case the agent sent in the township queue, sorted with its light', async () => {
    if (!ITEM) return;
    expect(expectedDeadline).toBe('2026-10-14'); // 09-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13, 10-14
    expect(expectedDeadline > '2026-10-07').toBe(true); // the count crosses 国庆节

    await page.goto(server.url);
    agent = await signInByApi(server, 'cun042', 'e2e agent tablet');
    reviewer = await signInByApi(server, 'zhen05a', 'e2e reviewer script');
    expect(new Date(agent.serverTime).toISOString().slice(0, 10)).toBe(ACCEPT_DAY); // 01:30 UTC

    const files = {
      form: await upload(await drawPhoto('临时救助申请书', 1)),
      id1: await upload(await drawPhoto('居民身份证 正面', 2)),
      id2: await upload(await drawPhoto('居民身份证 反面', 3)),
      hardship: await upload(await drawPhoto('住院费用票据', 4)),
      signature: await upload(await drawPhoto('申请人签名', 5)),
    };
    receiptNo = generateReceiptNo({
      regionCode: agent.user.scope,
      deviceSeq: 77,
      date: ACCEPT_DAY,
      counter: 1,
    });
    await pushAsAgent('submit', {
      receiptNo,
      item: snapshotOf(ITEM),
      applicant: { kind: 'person', ...APPLICANT, address: '永湖村三组 12 号' },
      proxy: null,
      fields: {
        hardshipType: '支出型',
        hardshipCause: '突发重大疾病',
        amountRequested: 3000,
        description: '家中老人突发重病住院，医疗支出较大',
      },
      materials: [
        { materialId: 'application-form', form: '原件', files: [files.form] },
        { materialId: 'id-card', form: '复印件', files: [files.id1, files.id2] },
        { materialId: 'hardship-proof', form: '复印件', files: [files.hardship] },
      ],
      authorisationSignature: files.signature,
    });
    expect(await serverStatus()).toBe('submitted');

    await signInOnPage(page, 'zhen05a');
    await page.waitForURL(/\/review$/, { timeout: 30_000 });
    // The service worker holds the app before the tablet goes offline later on.
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await navigator.serviceWorker.getRegistrations()).some((r) => r.active?.state === 'activated'),
          ),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    const row = page.getByTestId('review-case').filter({ hasText: receiptNo });
    await expect.poll(() => row.count(), { timeout: 90_000, interval: 500 }).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain('临时救助申请');
    expect(rowText).toContain('110105********002X'); // masked in the list
    expect(rowText).not.toContain(APPLICANT.idNumber);
    expect(rowText).toContain('未计时');
    expect(rowText).toContain('待收件');
    expect(await page.getByRole('link', { name: '审核台' }).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('查找办件').fill(receiptNo);
    await expect.poll(() => page.getByTestId('review-case').count()).toBe(1);
    await shot('1-queue');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('查找办件').fill('');
  });

  it('opens the case: masked ID revealed only on request (logged), photos zoomable, 收件', async () => {
    await page.getByTestId('review-case').filter({ hasText: receiptNo }).getByRole('link').click();
    await page.waitForURL(new RegExp(`/review/${caseId}$`));
    await expect
      .poll(() => page.getByTestId('applicant-id').innerText(), { timeout: 20_000 })
      .toBe('110105********002X');
    expect(await page.locator('main').innerText()).not.toContain(APPLICANT.idNumber);
    expect(await page.locator('main').innerText()).toContain('138****8000');
    expect(await page.locator('main').innerText()).toContain('致困原因'); // item field labels from the catalogue

    await page.getByRole('button', { name: '显示完整号码：身份证号码（查看将被记录）' }).click();
    await expect.poll(() => page.getByTestId('applicant-id').innerText()).toBe(APPLICANT.idNumber);
    const supervisor = await signInByApi(server, 'qu01', 'e2e audit reader');
    await expect
      .poll(
        async () => {
          const audit = await serverApi<{ entries: { actorId: string; target: string; details: unknown }[] }>(
            server,
            `/api/admin/audit?action=case.reveal&actor=${reviewer.user.id}`,
            { token: supervisor.accessToken },
          );
          return audit.entries.filter((e) => e.target === `case:${caseId}`).map((e) => e.details);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([{ field: 'idNumber', deviceTime: expect.any(String) }]);
    await page.getByRole('button', { name: '隐藏：身份证号码' }).click();
    expect(await page.getByTestId('applicant-id').innerText()).toBe('110105********002X');

    // The photos come from the server (uploaded by the agent's tablet) and open full screen.
    const firstPage = page.getByRole('button', { name: '放大查看：居民身份证，第 1 页' });
    await expect.poll(() => firstPage.isVisible(), { timeout: 30_000 }).toBe(true);
    await shot('2-case');
    expect(await axeViolations(page)).toEqual([]);
    await firstPage.click();
    const viewer = page.getByRole('dialog', { name: '居民身份证：第 1 页，共 2 页' });
    await expect.poll(() => viewer.isVisible()).toBe(true);
    // antd-mobile's mask is aria-hidden: the image is found by its alt text, the dialog by its title.
    const image = viewer.locator('img[alt="居民身份证，第 1 页"]');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    const scaleOf = () =>
      viewer
        .locator('.adm-image-viewer-image-wrapper')
        .first()
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scaleOf()).toBe(1);
    const box = await image.boundingBox();
    if (!box) throw new Error('image not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300); // a trackpad pinch reaches the page as ctrl + wheel
    await page.keyboard.up('Control');
    await expect.poll(scaleOf, { timeout: 10_000 }).toBeGreaterThan(1.2);
    await shot('3-photo-zoomed');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('dialog', { name: '居民身份证：第 2 页，共 2 页' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Focus goes back to the page that opened the viewer (on the next frame after it closed).
    await expect.poll(() => firstPage.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: '收件', exact: true }).click();
    await page.getByRole('button', { name: '确认收件' }).click();
    await expect
      .poll(() => page.getByTestId('review-action-message').innerText())
      .toContain('已记录「收件」');
    await expect.poll(headerText).toContain('已收件');
    await allUploaded();
    await expect.poll(serverStatus, { timeout: 30_000 }).toBe('received');
  });

  it('writes the 一次性告知 offline, with a clear error first, and prints the notice', async () => {
    await context.setOffline(true);
    await page.getByRole('button', { name: '补正告知', exact: true }).click();
    const checklist = page.getByTestId('correction-checklist');
    await checklist.getByRole('checkbox', { name: /居民身份证/ }).check(); // received: defective by default
    await checklist.getByRole('checkbox', { name: /^居民户口簿/ }).check(); // not received: missing
    await page.getByRole('button', { name: '确认补正告知' }).click();
    await expect.poll(() => page.getByText('材料有误时，请写明错在哪里、怎样补正').isVisible()).toBe(true);
    expect(await page.getByLabel('「居民身份证」需要怎样补正').getAttribute('aria-invalid')).toBe('true');
    await shot('4-correction-error');
    await page.getByLabel('「居民身份证」需要怎样补正').fill('身份证复印件反面不清晰，请重新复印');
    await page.getByLabel('其他需要补正的内容（选填）').fill('申请书第二页缺少申请人签名');
    await page.getByLabel('告知书补充说明（选填）').fill('请在 5 个工作日内补齐');
    await page.getByRole('button', { name: '确认补正告知' }).click();
    await expect
      .poll(() => page.getByTestId('review-action-message').innerText())
      .toContain('已记录「补正告知」');
    await expect.poll(headerText).toContain('补正中');
    await expect.poll(syncLine).toContain('待上传 1 条记录');

    await page.getByRole('link', { name: '查看并打印一次性告知书' }).click();
    const notice = page.getByTestId('correction-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('补正材料一次性告知书');
    expect(text).toContain(receiptNo);
    expect(text).toContain('居民身份证');
    expect(text).toContain('身份证复印件反面不清晰，请重新复印');
    expect(text).toMatch(/居民户口簿\s+缺失/);
    expect(text).toContain('申请书第二页缺少申请人签名');
    expect(text).toContain(`${reviewer.user.scopeName}政务服务中心`);
    expect(text).toContain(`经办人：${reviewer.user.name}`);
    expect(text).toContain('2026年9月29日');
    await shot('5-notice');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await notice.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印告知书' }).isVisible()).toBe(false);
    await shot('6-notice-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '返回办件' }).click();

    await context.setOffline(false);
    await allUploaded();
    await expect.poll(serverStatus, { timeout: 30_000 }).toBe('correction');
  });

  it('after the agent’s 补正提交, accepts with the promised date across 国庆节 and decides', async () => {
    const idCopy = await upload(await drawPhoto('居民身份证 反面（重新复印）', 6));
    const hukou = await upload(await drawPhoto('居民户口簿', 7));
    await pushAsAgent('resubmit', {
      materials: [
        { materialId: 'id-card', form: '复印件', files: [idCopy] },
        { materialId: 'hukou', form: '复印件', files: [hukou] },
      ],
      note: '已按告知补齐',
    });
    expect(await serverStatus()).toBe('received');
    await expect.poll(headerText, { timeout: 60_000, interval: 500 }).toContain('已收件');
    await expect
      .poll(() => page.getByTestId('timeline-entry').filter({ hasText: '补正提交' }).count())
      .toBe(1);

    await page.getByRole('button', { name: '受理', exact: true }).click();
    const preview = await page.getByTestId('acceptance-preview').innerText();
    expect(preview).toContain(`承诺办结日期为${zhDate(expectedDeadline)}（7 个工作日）`);
    expect(preview).toContain('国庆节 10月1日至10月7日');
    expect(preview).toContain('调休上班：10月10日');
    await shot('7-accept-preview');
    await page.getByRole('button', { name: '确认受理' }).click();
    await expect.poll(headerText).toContain('已受理');
    expect(await page.getByTestId('case-deadline').innerText()).toBe(zhDate(expectedDeadline));
    await allUploaded();
    await expect.poll(async () => (await serverHead())?.deadline, { timeout: 30_000 }).toBe(expectedDeadline);
    // The server's head replaced the optimistic one: still the same date, now with its light.
    expect(await page.getByTestId('case-deadline').innerText()).toBe(zhDate(expectedDeadline));
    expect(await headerText()).toContain('绿灯');
    expect(await headerText()).toContain('剩余 7 个工作日');

    await page.getByRole('button', { name: '办结', exact: true }).click();
    await page.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(() => page.getByText('请选择准予或不予').isVisible()).toBe(true);
    expect(await page.getByText('请填写结果文书编号').isVisible()).toBe(true);
    await page.getByRole('radio', { name: '准予' }).check();
    await expect.poll(() => page.getByText('请选择准予或不予').count()).toBe(0); // a fixed problem goes away
    await page.getByLabel('结果文书编号').fill('北陂临救〔2026〕88号');
    const photoGroup = page.getByRole('group', { name: '结果文书照片（选填）' });
    await photoGroup.locator('input[type=file][multiple]').setInputFiles({
      name: 'decision.png',
      mimeType: 'image/png',
      buffer: await drawPhoto('临时救助审批决定书', 8),
    });
    await expect.poll(() => photoGroup.getByText('第 1 页').count(), { timeout: 15_000 }).toBe(1);
    await shot('8-decide');
    await page.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(headerText).toContain('已办结');
    await allUploaded();
    await expect.poll(serverStatus, { timeout: 30_000 }).toBe('decided');
    const decided = await serverHead();
    const decision = decided?.decision as { outcome: string; documentNo: string; file: string | null };
    expect(decision).toMatchObject({ outcome: 'approved', documentNo: '北陂临救〔2026〕88号' });
    expect(decision.file).toMatch(/^[a-f0-9]{64}$/);
    await expect
      .poll(
        async () =>
          (
            await fetch(`${server.url}/api/files/${decision.file ?? ''}`, {
              headers: { authorization: `Bearer ${reviewer.accessToken}` },
            })
          ).status,
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(200);
    await shot('9-decided');

    await page.getByRole('link', { name: '返回审核台' }).click();
    await page.getByLabel('查找办件').fill(receiptNo);
    await expect.poll(() => page.getByTestId('review-case').count()).toBe(0); // no longer waiting
    await page.getByRole('button', { name: /^已结束/ }).click();
    await expect.poll(() => page.getByTestId('review-case').filter({ hasText: '已办结' }).count()).toBe(1);
    const doneRow = await page.getByTestId('review-case').innerText();
    expect(doneRow).toContain('按期办结');
    expect(doneRow).toContain('2026年9月29日办结（准予）');

    // English second: the same desk in the other language.
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: `${reviewer.user.scopeName} review desk` }).isVisible())
      .toBe(true);
    expect(await page.getByTestId('review-case').innerText()).toContain('Finished on time');
    await shot('10-english');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
  });
});
