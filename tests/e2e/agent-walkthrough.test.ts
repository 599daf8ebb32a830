/**
 * The village agent's whole follow-up of one case (issue #5, Done when), in headless Chromium:
 * offline — unlock → 代办登记 of 最低生活保障申请 with photographed materials (the bank account deferred as
 * 容缺) and the 代办委托书 signature → 收件凭证 with QR → reload → all intact → back online → synced;
 * then the township (zhen05a, through the API) returns it for 补正 → the agent sees the 一次性告知 list, adds
 * the material, resubmits → the township accepts and decides it → the agent records 送达 with the
 * recipient's signature and a 满意 rating → the station's figures of this month count it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormedReceiptNo } from '../../src/domain/case/receipt-number';
import type { CaseHead } from '../../src/domain/case/case-types';
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { signInOnPage } from '../support/app-page';
import { axeViolations } from '../support/axe';
import { CHROMIUM_PATH, requireChromium } from '../support/browser';
import { DEMO_PASSWORD_FOR_TESTS, serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = 'cun042'; // 北陂镇 永湖村
const REVIEWER = 'zhen05a'; // 北陂镇
const APPLICANT = { name: '走查申请人', idNumber: '11010519491231002X', phone: '13800138000' };
const MASKED_ID = '110105********002X';
const RECEIPT_PATTERN = /\d{12}-\d{6}-\d{4}-\d{4}-[0-9X]/;
/** The intake requires a photo of each of the five 必要 materials of 最低生活保障申请. */
const REQUIRED_MATERIALS = 5;
const BANK_ACCOUNT = { id: 'bank-account', name: '本人社会保障卡（金融账户）或银行账户信息' };
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

async function visible(page: Page, text: string | RegExp, timeout = 20_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout }).toBe(true);
}

async function unlock(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { name: '解锁' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD_FOR_TESTS);
  await page.getByRole('button', { name: '解锁' }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** A small PNG drawn by the browser itself (distinct per seed, so each photo has its own hash). */
async function photo(page: Page, seed: number): Promise<Buffer> {
  const dataUrl = await page.evaluate((n) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = `rgb(${(n * 53) % 256}, ${(n * 97) % 256}, ${(n * 31) % 256})`;
    context.fillRect(0, 0, 64, 48);
    context.fillStyle = '#fff';
    context.fillRect(n * 3, 8, 10, 10);
    return canvas.toDataURL('image/png');
  }, seed);
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function sign(page: Page): Promise<void> {
  const canvas = page.locator('canvas.db-signature__canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature pad not laid out');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1)
    await page.mouse.move(box.x + 30 + step * 20, box.y + box.height / 2 + (step % 2 === 0 ? 25 : -25));
  await page.mouse.up();
  await page.getByRole('button', { name: '确认签名' }).click();
}

/** A number shown in a station figure ('12 件', '95.0%' with '20 条评价'). */
async function figure(page: Page, testId: string, pattern = /(\d+)\s*件/): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  const match = pattern.exec(text);
  if (!match) throw new Error(`${testId}: no number in ${text}`);
  return Number(match[1]);
}

interface StationFigures {
  submitted: number;
  decided: number;
  ratings: number;
  consultations: number;
}

async function stationFigures(page: Page): Promise<StationFigures> {
  await expect.poll(() => page.getByTestId('figure-submitted').count(), { timeout: 20_000 }).toBe(1);
  return {
    submitted: await figure(page, 'figure-submitted'),
    decided: await figure(page, 'figure-decided'),
    ratings: await figure(page, 'figure-satisfaction', /(\d+)\s*条评价/),
    consultations: await figure(page, 'figure-consultations'),
  };
}

/** The township reviewer of 北陂镇, acting through the API as the township desk would. */
class Township {
  private login: LoginResponse | null = null;
  constructor(private readonly server: ServerProcess) {}

  private async session(): Promise<LoginResponse> {
    this.login ??= await signInByApi(this.server, REVIEWER, 'e2e township');
    return this.login;
  }

  /** The newest version of the case head with this receipt number, as the township pulls it. */
  async head(receiptNo: string): Promise<CaseHead | null> {
    const { accessToken } = await this.session();
    let seq = 0;
    let found: CaseHead | null = null;
    for (let round = 0; round < 500; round += 1) {
      const page = await serverApi<{ documents: CaseHead[]; checkpoint: { seq: number } | null }>(
        this.server,
        `/api/replication/caseHeads/pull?seq=${seq}&limit=500`,
        { token: accessToken },
      );
      found = page.documents.findLast((doc) => doc.receiptNo === receiptNo) ?? found;
      if (page.documents.length === 0 || !page.checkpoint || page.checkpoint.seq === seq) return found;
      seq = page.checkpoint.seq;
    }
    return found;
  }

  async statusOf(receiptNo: string): Promise<string | null> {
    return (await this.head(receiptNo))?.status ?? null;
  }

  /** Pushes one action on the case; the server folds it with the shared reducer. */
  async act(head: CaseHead, type: string, payload: object): Promise<void> {
    const login = await this.session();
    await serverApi(this.server, '/api/replication/actions/push', {
      token: login.accessToken,
      body: [
        {
          assumedMasterState: null,
          newDocumentState: {
            id: `e2e-${type}-${Date.now()}`,
            caseId: head.id,
            regionCode: head.regionCode,
            actorId: login.user.id,
            actorName: login.user.name,
            actorRole: 'reviewer',
            deviceId: login.deviceId,
            clientTime: new Date().toISOString(),
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
  }
}

describe.skipIf(!hasBrowser)('the agent follows a case from intake to 好差评 (issue #5 walk-through)', () => {
  let server: ServerProcess;
  let township: Township;
  let userDataDir: string;
  let context: BrowserContext | null = null;
  let receiptNo = '';
  let before: StationFigures;
  const page = () => context!.pages()[0]!;
  const caseRow = () => page().getByTestId('case-row').filter({ hasText: APPLICANT.name });

  beforeAll(async () => {
    server = await startServer();
    township = new Township(server);
    userDataDir = mkdtempSync(join(tmpdir(), 'daiban-e2e-walkthrough-'));
  });
  afterAll(async () => {
    await context?.close();
    await server?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('signs in online once, syncs the station, notes this month’s figures, then works offline after an unlock', async () => {
    context = await openPersistent(userDataDir);
    const p = context.pages()[0] ?? (await context.newPage());
    await p.goto(server.url);
    await signInOnPage(p, AGENT);
    await visible(p, '今日待办');
    await expect
      .poll(
        () =>
          p.evaluate(async () =>
            (await navigator.serviceWorker.getRegistrations()).some((r) => r.active?.state === 'activated'),
          ),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    await expect
      .poll(() => p.getByTestId('sync-pending').innerText(), { timeout: 60_000 })
      .toContain('全部已上传');
    before = await stationFigures(p);
    expect(before.submitted).toBeGreaterThan(0); // the demo history of this month is on the tablet
    await shot(p, '1-station-online');
    expect(await axeViolations(p)).toEqual([]);

    await context.setOffline(true);
    await p.reload();
    await unlock(p);
    await visible(p, '今日待办');
    await visible(p, '离线：无法连接服务器', 30_000);
  });

  it('takes a 最低生活保障申请 offline: photos, 容缺 bank account, signature, receipt with QR', async () => {
    const p = page();
    await p.getByRole('button', { name: '新建代办' }).click();
    await p.waitForURL(/\/intake\/[0-9A-Z]{26}$/, { timeout: 15_000 });
    await p.getByLabel(/搜索事项/).fill('最低生活保障申请');
    await p
      .getByRole('button', { name: /^最低生活保障申请/ })
      .first()
      .click();
    await p.getByRole('button', { name: '下一步' }).click();
    await p.getByLabel(/申请人姓名/).fill(APPLICANT.name);
    await p.getByLabel(/^身份证号码/).fill(APPLICANT.idNumber);
    await p.getByLabel(/^手机号码/).fill(APPLICANT.phone);
    await p.getByLabel(/^住址/).fill('永湖村三组 12 号');
    await p.getByRole('button', { name: '下一步' }).click();
    await p.getByLabel(/申请类别/).selectOption('农村低保');
    await p.getByLabel(/家庭人口数/).fill('4');
    await p.getByLabel(/家庭月人均收入/).fill('480');
    await p.getByLabel(/申请理由/).fill('家庭收入低于当地低保标准');
    await p.getByRole('button', { name: '下一步' }).click();

    const groups = p.getByRole('group', { name: /：材料照片$/ });
    await expect.poll(() => groups.count(), { timeout: 10_000 }).toBeGreaterThan(REQUIRED_MATERIALS);
    for (let index = 0; index < REQUIRED_MATERIALS; index += 1) {
      const group = groups.nth(index);
      await group.locator('input[type=file][multiple]').setInputFiles({
        name: `page-${index}.png`,
        mimeType: 'image/png',
        buffer: await photo(p, index + 1),
      });
      await expect.poll(() => group.getByText('第 1 页').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await p.getByLabel('容缺受理：申请人稍后补交').check();
    await p.getByLabel(/补交约定/).fill('一周内到代办点补交银行卡复印件');
    await p.getByLabel(/补交约定/).press('Tab');
    await p.getByRole('button', { name: '下一步' }).click();
    await sign(p);
    await visible(p, '重新签名'); // the signature is stored with the draft
    await p.getByRole('button', { name: '下一步' }).click();
    await p.getByRole('button', { name: '确认登记并出具收件凭证' }).click();

    await p.waitForURL(/\/receipt\//, { timeout: 20_000 });
    await visible(p, RECEIPT_PATTERN);
    receiptNo = RECEIPT_PATTERN.exec(await p.locator('main').innerText())?.[0] ?? '';
    expect(isWellFormedReceiptNo(receiptNo)).toBe(true);
    expect(await p.locator('main svg path').count()).toBeGreaterThan(0); // the QR code
    await expect.poll(() => p.getByTestId('sync-pending').innerText()).toMatch(/待上传 1 条记录、6 张照片/);
  });

  it('keeps everything across a reload while offline: receipt, case list and case detail', async () => {
    const p = page();
    await p.reload();
    await unlock(p);
    await visible(p, receiptNo);
    expect(await p.locator('main svg path').count()).toBeGreaterThan(0);

    await p.getByRole('link', { name: '办件', exact: true }).click();
    await expect.poll(() => caseRow().count(), { timeout: 20_000 }).toBe(1);
    const rowText = await caseRow().innerText();
    expect(rowText).toContain(MASKED_ID); // masked in the list
    expect(rowText).not.toContain(APPLICANT.idNumber);
    expect(rowText).toContain('待上传');
    expect(rowText).toContain('已报送');

    // search by the whole ID number (keyed hash on the device) and by receipt number
    await p.getByLabel('搜索办件').fill(APPLICANT.idNumber.toLowerCase());
    await expect.poll(() => p.getByTestId('case-row').count(), { timeout: 10_000 }).toBe(1);
    await p.getByLabel('搜索办件').fill(receiptNo);
    await expect.poll(() => p.getByTestId('case-row').count()).toBe(1);
    await shot(p, '2-cases-offline');
    expect(await axeViolations(p)).toEqual([]);

    await caseRow().click();
    await p.waitForURL(/\/cases\/.+/);
    await visible(p, '办理过程');
    expect(await p.getByTestId('applicant-id').innerText()).toBe(MASKED_ID);
    // 显示完整号码 offline: shown, and the reveal is queued for the audit log
    await p.getByRole('button', { name: '显示完整号码' }).click();
    expect(await p.getByTestId('applicant-id').innerText()).toBe(APPLICANT.idNumber);
    await p.getByRole('button', { name: '隐藏号码' }).click();
    expect(await p.getByTestId('applicant-id').innerText()).toBe(MASKED_ID);
    const timeline = p.getByTestId('timeline-row');
    await expect.poll(() => timeline.count()).toBe(1);
    expect(await timeline.first().innerText()).toMatch(/提交[\s\S]*待上传/);
    expect(await p.getByTestId('case-pending').innerText()).toContain('1 条办理记录待上传');
  });

  it('syncs when the network returns: the township sees the case with its photos', async () => {
    const p = page();
    await context!.setOffline(false);
    await expect
      .poll(() => p.getByTestId('sync-pending').innerText(), { timeout: 90_000, interval: 500 })
      .toContain('全部已上传');
    await expect.poll(() => p.getByTestId('case-pending').count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(() => township.statusOf(receiptNo), { timeout: 30_000, interval: 1_000 })
      .toBe('submitted');
    const head = await township.head(receiptNo);
    expect(head?.materials.flatMap((m) => m.files)).toHaveLength(REQUIRED_MATERIALS);
    expect(head?.materials.some((m) => m.materialId === BANK_ACCOUNT.id)).toBe(false);

    // The reveal made offline reached the audit log (case and field only).
    const supervisor = await signInByApi(server, 'qu01', 'e2e audit');
    const reveals = async () =>
      (
        await serverApi<{ entries: { actorId: string; target: string; details: { field?: string } }[] }>(
          server,
          '/api/admin/audit?action=case.reveal',
          { token: supervisor.accessToken },
        )
      ).entries
        .filter((entry) => entry.target === `case:${head?.id}`)
        .map((entry) => entry.details.field)
        .sort();
    await expect.poll(reveals, { timeout: 30_000, interval: 1_000 }).toEqual(['idNumber', 'phone']);
    // So did opening the case (case.view), with the time on the tablet.
    const views = await serverApi<{ entries: { target: string; details: { deviceTime?: string } }[] }>(
      server,
      '/api/admin/audit?action=case.view',
      { token: supervisor.accessToken },
    );
    expect(views.entries.filter((entry) => entry.target === `case:${head?.id}`)).toContainEqual(
      expect.objectContaining({ details: { deviceTime: expect.any(String) } }),
    );
  });

  it('shows the township’s 一次性告知; the agent adds the material and resubmits', async () => {
    const p = page();
    const submitted = await township.head(receiptNo);
    if (!submitted) throw new Error('case not on the server');
    await township.act(submitted, 'receive', { note: '' });
    await expect.poll(() => township.statusOf(receiptNo), { timeout: 15_000 }).toBe('received');
    await township.act(submitted, 'request_correction', {
      items: [{ materialId: BANK_ACCOUNT.id, problem: 'missing', note: '请补交申请人本人银行卡复印件' }],
      note: '补齐后即可受理',
    });
    await expect.poll(() => township.statusOf(receiptNo), { timeout: 15_000 }).toBe('correction');

    // The home lists it under 待补正 (live from the server's stream).
    await p.getByRole('link', { name: '事项目录' }).first().click();
    const corrections = p.getByTestId('work-corrections');
    await expect.poll(() => corrections.innerText(), { timeout: 60_000 }).toContain(APPLICANT.name);
    await shot(p, '3-station-correction');
    await corrections.getByRole('button', { name: new RegExp(APPLICANT.name) }).click();
    await p.waitForURL(/\/cases\/.+/);

    const panel = p.getByTestId('correction-panel');
    await expect.poll(() => panel.count(), { timeout: 20_000 }).toBe(1);
    const notice = await panel.innerText();
    expect(notice).toContain(BANK_ACCOUNT.name);
    expect(notice).toContain('缺失');
    expect(notice).toContain('请补交申请人本人银行卡复印件');
    expect(notice).toContain('补齐后即可受理');

    // Sending without the photo is refused with a clear message; nothing is recorded.
    await p.getByRole('button', { name: '提交补正材料' }).click();
    await visible(p, `请为「${BANK_ACCOUNT.name}」拍摄补正材料`);
    expect(await p.getByTestId('case-pending').count()).toBe(0);

    const group = panel.getByRole('group', { name: /：补正照片$/ });
    await group.locator('input[type=file][multiple]').setInputFiles({
      name: 'bank.png',
      mimeType: 'image/png',
      buffer: await photo(p, 9),
    });
    await expect.poll(() => group.getByText('第 1 页').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(p, '4-correction-panel');
    expect(await axeViolations(p)).toEqual([]);
    await p.getByRole('button', { name: '提交补正材料' }).click();

    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(() => township.statusOf(receiptNo), { timeout: 60_000, interval: 1_000 })
      .toBe('received');
    const head = await township.head(receiptNo);
    expect(head?.materials.find((m) => m.materialId === BANK_ACCOUNT.id)?.files).toHaveLength(1);
    await expect
      .poll(() => p.getByTestId('timeline-row').filter({ hasText: '补正提交' }).count(), { timeout: 30_000 })
      .toBe(1);
  });

  it('records 送达 with the recipient’s signature and the applicant’s 满意 rating once the township decides', async () => {
    const p = page();
    const received = await township.head(receiptNo);
    if (!received) throw new Error('case not on the server');
    await township.act(received, 'accept', { note: '' });
    await expect.poll(() => township.statusOf(receiptNo), { timeout: 15_000 }).toBe('accepted');
    await township.act(received, 'decide', {
      outcome: 'approved',
      documentNo: '北民救〔2026〕88号',
      reason: '',
      file: null,
    });
    await expect.poll(() => township.statusOf(receiptNo), { timeout: 15_000 }).toBe('decided');

    const delivery = p.getByTestId('delivery-panel');
    await expect.poll(() => delivery.count(), { timeout: 60_000 }).toBe(1);
    expect(await delivery.innerText()).toContain('北民救〔2026〕88号');
    await p.getByRole('radio', { name: '当面送达' }).check();
    await p.getByRole('button', { name: '确认送达' }).click();
    await visible(p, '请领取人签名后点「确认签名」'); // no signature yet: refused
    await sign(p);
    await visible(p, '领取人已签名');
    await shot(p, '5-delivery');
    await p.getByRole('button', { name: '确认送达' }).click();

    const rating = p.getByTestId('evaluation-panel');
    await expect.poll(() => rating.count(), { timeout: 15_000 }).toBe(1);
    await p.getByRole('radio', { name: '不满意', exact: true }).check();
    await p.getByRole('button', { name: '提交评价' }).click();
    await visible(p, '选择「不满意」时须填写不满意的原因'); // a 差评 needs a reason
    await p.getByRole('radio', { name: '满意', exact: true }).check();
    await shot(p, '6-rating');
    expect(await axeViolations(p)).toEqual([]);
    await p.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => rating.count(), { timeout: 15_000 }).toBe(0);
    expect(await p.getByTestId('case-evaluation').innerText()).toContain('满意');

    await expect
      .poll(async () => (await township.head(receiptNo))?.evaluation?.level ?? null, {
        timeout: 60_000,
        interval: 1_000,
      })
      .toBe('满意');
    const head = await township.head(receiptNo);
    expect(head?.status).toBe('delivered');
    expect(head?.delivery?.method).toBe('in_person');
    const signature = head?.delivery?.signature ?? '';
    expect(signature).toMatch(/^[a-f0-9]{64}$/);
    const { accessToken } = await signInByApi(server, REVIEWER, 'e2e files');
    await expect
      .poll(
        async () =>
          (
            await fetch(`${server.url}/api/files/${signature}`, {
              headers: { authorization: `Bearer ${accessToken}` },
            })
          ).status,
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(200);
    const steps = await p.getByTestId('timeline-row').allInnerTexts();
    expect(steps.map((s) => s.split('\n')[0]?.trim())).toEqual([
      '提交',
      '收件',
      '补正告知',
      '补正提交',
      '受理',
      '办结',
      '送达',
      '评价',
    ]);
    await shot(p, '7-case-done');
  });

  it('counts the case in the station’s figures of this month', async () => {
    const p = page();
    await expect
      .poll(() => p.getByTestId('sync-pending').innerText(), { timeout: 60_000 })
      .toContain('全部已上传');
    await p.getByRole('link', { name: '事项目录' }).first().click();
    await expect
      .poll(async () => (await stationFigures(p)).ratings, { timeout: 30_000 })
      .toBe(before.ratings + 1);
    const after = await stationFigures(p);
    expect(after).toEqual({
      submitted: before.submitted + 1,
      decided: before.decided + 1,
      ratings: before.ratings + 1,
      consultations: before.consultations,
    });
    expect(await p.getByTestId('work-corrections').innerText()).not.toContain(APPLICANT.name);
    expect(await p.getByTestId('work-toDeliver').innerText()).not.toContain(APPLICANT.name);
    await shot(p, '8-station-after');
  });

  it('shows the case list and the case in English too', async () => {
    const p = page();
    await p.getByRole('link', { name: '办件', exact: true }).click();
    await expect.poll(() => caseRow().count(), { timeout: 20_000 }).toBe(1);
    await shot(p, '9-cases-all');
    await caseRow().click();
    await p.waitForURL(/\/cases\/.+/);
    await p.getByRole('button', { name: 'English' }).click();
    await visible(p, 'History');
    expect(await p.locator('main').innerText()).toContain('Handed back');
    await shot(p, '10-case-english');
    expect(await axeViolations(p)).toEqual([]);
    await p.getByRole('button', { name: '中文' }).click();
    await visible(p, '办理过程');
  });
});
