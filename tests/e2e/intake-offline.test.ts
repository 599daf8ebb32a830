/**
 * 代办登记 offline, end to end: the agent signs in online once, goes offline, takes a 最低生活保障申请
 * (applicant, item fields, photographed materials, 容缺 with a note, the 代办委托书 signed on screen),
 * survives a reload in the middle of the wizard, submits, gets the 收件凭证 with its QR code, keeps it
 * across a reload, and the `submit` action reaches the server when the network returns.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormedReceiptNo } from '../../src/domain/case/receipt-number';
import { CHROMIUM_PATH, requireChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';

const hasBrowser = requireChromium();
const AGENT = { username: 'cun042', password: 'daiban123' };
const REVIEWER = { username: 'zhen05a', password: 'daiban123' };
const APPLICANT = { name: '测试申请人', idNumber: '11010519491231002X', phone: '13800138000' };
const RECEIPT_PATTERN = /\d{12}-\d{6}-\d{4}-\d{4}-[0-9X]/;
/** The five 必要 materials of 最低生活保障申请 come first in its checklist; each needs a photo. */
const REQUIRED_MATERIALS = 5;

async function openPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('用户名').fill(AGENT.username);
  await page.getByLabel('密码', { exact: true }).fill(AGENT.password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function unlock(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { name: '解锁' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  await page.getByLabel('密码', { exact: true }).fill(AGENT.password);
  await page.getByRole('button', { name: '解锁' }).click();
}

async function visible(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout }).toBe(true);
}

async function waitSaved(page: Page): Promise<void> {
  await visible(page, '已自动保存');
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

interface PulledHead {
  receiptNo: string;
  materials: Array<{ files: string[] }>;
  authorisationSignature: string;
}

/** The case head with that receipt number as the township reviewer pulls it, and the reviewer's token. */
async function reviewerPull(
  baseUrl: string,
  receiptNo: string,
): Promise<{ head: PulledHead; token: string } | null> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...REVIEWER, deviceName: 'e2e' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  let seq = 0;
  for (let round = 0; round < 200; round += 1) {
    const response = await fetch(`${baseUrl}/api/replication/caseHeads/pull?seq=${seq}&limit=500`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = (await response.json()) as { documents: PulledHead[]; checkpoint: { seq: number } };
    const head = body.documents.find((doc) => doc.receiptNo === receiptNo);
    if (head) return { head, token: accessToken };
    if (body.documents.length === 0 || body.checkpoint.seq === seq) return null;
    seq = body.checkpoint.seq;
  }
  return null;
}

async function reviewerFindsReceipt(baseUrl: string, receiptNo: string): Promise<boolean> {
  return (await reviewerPull(baseUrl, receiptNo)) !== null;
}

describe.skipIf(!hasBrowser)('代办登记 offline: draft, submit, receipt and upload', () => {
  let server: ServerProcess;
  let userDataDir: string;
  let context: BrowserContext | null = null;
  let receiptNo = '';
  const page = () => context!.pages()[0]!;

  beforeAll(async () => {
    server = await startServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'daiban-e2e-intake-'));
  });
  afterAll(async () => {
    await context?.close();
    await server?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('signs in online, waits for the service worker and the catalogue, then goes offline', async () => {
    context = await openPersistent(userDataDir);
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(server.url);
    await signIn(first);
    await visible(first, '新建代办', 20_000);
    await expect
      .poll(
        () =>
          first.evaluate(async () => {
            const registrations = await navigator.serviceWorker.getRegistrations();
            return registrations.some((registration) => registration.active?.state === 'activated');
          }),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    await visible(first, '全部已上传', 60_000); // first sync done: the catalogue is on the device
    await context.setOffline(true);
  });

  it('keeps a draft across a reload in the middle of the wizard', async () => {
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
    await p.getByLabel(/^住址/).fill('青石村一组 8 号');
    await p.getByRole('button', { name: '下一步' }).click();
    await p.getByLabel(/申请类别/).selectOption('农村低保');
    await p.getByLabel(/家庭人口数/).fill('3');
    await p.getByLabel(/家庭人口数/).press('Tab');
    await waitSaved(p);

    await p.reload();
    await unlock(p);
    await expect.poll(() => p.getByLabel(/家庭人口数/).inputValue(), { timeout: 20_000 }).toBe('3');
    expect(await p.getByLabel(/申请类别/).inputValue()).toBe('农村低保');
    await p.getByRole('button', { name: '上一步' }).click();
    expect(await p.getByLabel(/申请人姓名/).inputValue()).toBe(APPLICANT.name);
    expect(await p.getByLabel(/^身份证号码/).inputValue()).toBe(APPLICANT.idNumber);
    await p.getByRole('button', { name: '下一步' }).click();
  });

  it('takes the materials, the signature, and submits offline to a receipt with a QR code', async () => {
    const p = page();
    await p.getByLabel(/家庭月人均收入/).fill('500');
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
    await p.getByLabel(/补交约定/).fill('一周内到村代办点补交银行卡复印件');
    await p.getByLabel(/补交约定/).press('Tab');
    await p.getByRole('button', { name: '下一步' }).click();

    const canvas = p.locator('canvas.db-signature__canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('signature pad not laid out');
    await p.mouse.move(box.x + 30, box.y + box.height / 2);
    await p.mouse.down();
    for (let step = 1; step <= 12; step += 1)
      await p.mouse.move(box.x + 30 + step * 20, box.y + box.height / 2 + (step % 2 === 0 ? 25 : -25));
    await p.mouse.up();
    await p.getByRole('button', { name: '确认签名' }).click();
    await visible(p, '已确认的签名').catch(async () => visible(p, '重新签名'));
    await p.getByRole('button', { name: '下一步' }).click();

    await p.getByRole('button', { name: '确认登记并出具收件凭证' }).click();
    await p.waitForURL(/\/receipt\//, { timeout: 20_000 });
    await visible(p, RECEIPT_PATTERN);
    receiptNo = RECEIPT_PATTERN.exec(await p.locator('main').innerText())?.[0] ?? '';
    expect(isWellFormedReceiptNo(receiptNo)).toBe(true);
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe(`/receipt/${receiptNo}`);
    expect(await p.locator('main svg path').count()).toBeGreaterThan(0);
    await expect.poll(() => p.getByTestId('sync-pending').innerText()).toMatch(/待上传 1 条记录、6 张照片/);
  });

  it('keeps the receipt and the submitted case across a reload', async () => {
    const p = page();
    await p.reload();
    await unlock(p);
    await visible(p, receiptNo, 20_000);
    expect(await p.locator('main svg path').count()).toBeGreaterThan(0);
    await p.getByRole('link', { name: '事项目录' }).first().click();
    const row = p.getByTestId('submitted-case').filter({ hasText: receiptNo });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('待上传');
    expect(await p.getByText('没有未完成的登记').isVisible()).toBe(true); // the draft went with the submit
  });

  it('pushes the submit when the network returns; the township reviewer can pull the case', async () => {
    const p = page();
    await context!.setOffline(false);
    const row = p.getByTestId('submitted-case').filter({ hasText: receiptNo });
    await expect.poll(() => row.innerText(), { timeout: 60_000, interval: 500 }).toContain('已上传');
    await expect
      .poll(() => reviewerFindsReceipt(server.url, receiptNo), { timeout: 30_000, interval: 1_000 })
      .toBe(true);
  });

  it('uploads the photos and the signature with tus; the server holds them under their SHA-256', async () => {
    const p = page();
    await expect
      .poll(() => p.getByTestId('sync-pending').innerText(), { timeout: 60_000, interval: 500 })
      .toContain('全部已上传');
    const pulled = await reviewerPull(server.url, receiptNo);
    if (!pulled) throw new Error('case not pulled');
    const hashes = [
      ...pulled.head.materials.flatMap((material) => material.files),
      pulled.head.authorisationSignature,
    ];
    expect(hashes).toHaveLength(6);
    for (const hash of hashes) {
      const response = await fetch(`${server.url}/api/files/${hash}`, {
        headers: { authorization: `Bearer ${pulled.token}` },
      });
      expect(response.status).toBe(200);
    }
  });
});
