/**
 * Faults on the tablet itself, in headless Chromium against the real server, on one 代办登记
 * (最低生活保障申请 for 永湖村):
 * - the browser is killed (SIGKILL to its whole process group: battery out, the OS kills the app) with a
 *   complete draft stored and a photo still being written; started again on the same profile, the draft
 *   is intact — applicant, item fields, every photographed page, 容缺 note, signature — and the page
 *   being written when it died is either whole or absent, never a broken reference;
 * - the device's storage is full (Chromium's quota for the origin set below what it already uses, before
 *   the app opens its database): submitting, signing, adding a photo and saving a field each fail with a
 *   clear Chinese message (本机存储空间已满…); nothing stored before is lost; once there is room again the
 *   same work succeeds and the case is submitted to a 收件凭证.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOnPage } from '../../support/app-page';
import { axeViolations } from '../../support/axe';
import { dumpIndexedDb } from '../../support/indexeddb-dump';
import { requireChromium } from '../../support/browser';
import { DEMO_PASSWORD_FOR_TESTS } from '../../support/server-api';
import { startServer, type ServerProcess } from '../../support/server-process';
import { launchKillableBrowser, type KillableBrowser } from './killable-browser';

const hasBrowser = requireChromium();
const AGENT = 'cun042';
const APPLICANT = { name: '断电测试人', idNumber: '11010519491231002X', phone: '13800138000' };
const FIELDS = { category: '农村低保', household: '4', income: '420', reason: '主要劳动力因病丧失劳动能力' };
const DEFER_NOTE = '一周内到村代办点补交银行卡复印件';
/** The five 必要 materials of 最低生活保障申请 come first in its checklist; the sixth is optional. */
const REQUIRED_MATERIALS = 5;
const STORAGE_FULL = /本机存储空间已满/;
/** FAULT_SCREENSHOT_DIR=/some/dir keeps PNG screenshots (1280×800) of each state for a person to look at. */
const SCREENSHOTS = process.env.FAULT_SCREENSHOT_DIR ?? null;

async function visible(page: Page | Locator, text: string | RegExp, timeout = 20_000): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout }).toBe(true);
}

/** Waits until the draft's last change is stored (the wizard says 已自动保存, not 正在保存…). */
async function waitSaved(page: Page): Promise<void> {
  const status = page.locator('.db-intake__save');
  await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^已自动保存/);
}

async function unlock(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { name: '解锁' }).isVisible(), { timeout: 30_000 })
    .toBe(true);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD_FOR_TESTS);
  await page.getByRole('button', { name: '解锁' }).click();
}

const photoGroups = (page: Page) => page.getByRole('group', { name: /：材料照片$/ });

/** A photo drawn by the browser: small, or large noise that stays big after the app's JPEG compression. */
async function photo(page: Page, seed: number, isLarge = false): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ({ n, large }) => {
      const canvas = document.createElement('canvas');
      canvas.width = large ? 1400 : 64;
      canvas.height = large ? 1000 : 48;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      if (large) {
        const image = context.createImageData(canvas.width, canvas.height);
        let state = n >>> 0 || 1;
        for (let i = 0; i < image.data.length; i += 1) {
          state ^= state << 13;
          state ^= state >>> 17;
          state ^= state << 5;
          image.data[i] = i % 4 === 3 ? 255 : (state >>> 0) % 256;
        }
        context.putImageData(image, 0, 0);
      } else {
        context.fillStyle = `rgb(${(n * 53) % 256}, ${(n * 97) % 256}, ${(n * 31) % 256})`;
        context.fillRect(0, 0, 64, 48);
        context.fillStyle = '#fff';
        context.fillRect(n * 3, 8, 10, 10);
      }
      return canvas.toDataURL('image/png');
    },
    { n: seed, large: isLarge },
  );
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function addPhoto(group: Locator, buffer: Buffer, name: string): Promise<void> {
  await group.locator('input[type=file][multiple]').setInputFiles({ name, mimeType: 'image/png', buffer });
}

/** Widths of the decoded thumbnails of a photo group (0 for one that does not read back). */
function thumbnailWidths(group: Locator): Promise<number[]> {
  return group
    .locator('.db-photo__thumb')
    .evaluateAll((nodes) => nodes.map((node) => (node instanceof HTMLImageElement ? node.naturalWidth : 0)));
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

/** The sealed session (ciphertext) in the device's key vault, from a raw dump of IndexedDB. */
function sealedSessionOf(dump: string): string | null {
  return /"sealedSession":"([^"]+)"/.exec(dump)?.[1] ?? null;
}

const stepButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /步骤/ }).getByRole('button', { name: new RegExp(name) });

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describe.skipIf(!hasBrowser)('代办登记 when the tablet fails: browser killed, storage full', () => {
  let server: ServerProcess;
  let userDataDir: string;
  let browser: KillableBrowser | null = null;
  let draftUrl = '';
  const page = () => {
    if (!browser) throw new Error('no browser');
    return browser.page;
  };

  beforeAll(async () => {
    server = await startServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'daiban-fault-browser-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('is killed while a photo is being stored, with a complete draft on the device', async () => {
    browser = await launchKillableBrowser(userDataDir);
    const p = page();
    await p.goto(server.url);
    await signInOnPage(p, AGENT);
    await visible(p, '新建代办');
    await visible(p, '全部已上传', 60_000); // first sync done: the catalogue is on the device

    await p.getByRole('button', { name: '新建代办' }).click();
    await p.waitForURL(/\/intake\/[0-9A-Z]{26}$/, { timeout: 15_000 });
    draftUrl = p.url();
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
    await p.getByLabel(/申请类别/).selectOption(FIELDS.category);
    await p.getByLabel(/家庭人口数/).fill(FIELDS.household);
    await p.getByLabel(/家庭月人均收入/).fill(FIELDS.income);
    await p.getByLabel(/申请理由/).fill(FIELDS.reason);
    await p.getByLabel(/申请理由/).press('Tab');
    await p.getByRole('button', { name: '下一步' }).click();

    for (let index = 0; index < REQUIRED_MATERIALS; index += 1) {
      const group = photoGroups(p).nth(index);
      await addPhoto(group, await photo(p, index + 1), `page-${index}.png`);
      await expect.poll(() => group.getByText('第 1 页').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await p.getByLabel('容缺受理：申请人稍后补交').check();
    await p.getByLabel(/补交约定/).fill(DEFER_NOTE);
    await p.getByLabel(/补交约定/).press('Tab');
    await p.getByRole('button', { name: '下一步' }).click();
    await sign(p);
    await visible(p, '重新签名');
    await p.getByRole('button', { name: '下一步' }).click();
    await visible(p, '确认登记并出具收件凭证');
    await waitSaved(p);

    // Back to the materials for an optional page; the browser dies while that photo is being stored.
    await stepButton(p, '收取材料').click();
    await waitSaved(p);
    await screenshot(p, 'fault-intake-before-kill');
    await addPhoto(photoGroups(p).nth(REQUIRED_MATERIALS), await photo(p, 9, true), 'optional.png');
    await browser.kill();
    browser = null;
  });

  it('opens again on the same profile with the draft intact', async () => {
    browser = await launchKillableBrowser(userDataDir);
    const p = page();
    await p.goto(draftUrl);
    await unlock(p);
    // The wizard reopens on the materials, every stored page reads back and decodes.
    await expect.poll(() => photoGroups(p).count(), { timeout: 30_000 }).toBeGreaterThan(REQUIRED_MATERIALS);
    for (let index = 0; index < REQUIRED_MATERIALS; index += 1)
      await expect.poll(() => thumbnailWidths(photoGroups(p).nth(index)), { timeout: 15_000 }).toEqual([64]);
    // The page written at the moment of the kill is whole (it decodes) or absent — never half there.
    const interrupted = photoGroups(p).nth(REQUIRED_MATERIALS);
    await expect
      .poll(async () => (await thumbnailWidths(interrupted)).every((width) => width > 0), { timeout: 15_000 })
      .toBe(true);
    expect((await thumbnailWidths(interrupted)).length).toBeLessThanOrEqual(1);
    expect(await p.getByLabel(/补交约定/).inputValue()).toBe(DEFER_NOTE);
    await screenshot(p, 'fault-intake-after-kill');
    expect(await axeViolations(p)).toEqual([]);

    await stepButton(p, '事项信息').click();
    expect(await p.getByLabel(/申请类别/).inputValue()).toBe(FIELDS.category);
    expect(await p.getByLabel(/家庭人口数/).inputValue()).toBe(FIELDS.household);
    expect(await p.getByLabel(/家庭月人均收入/).inputValue()).toBe(FIELDS.income);
    expect(await p.getByLabel(/申请理由/).inputValue()).toBe(FIELDS.reason);
    await stepButton(p, '申请人').click();
    expect(await p.getByLabel(/申请人姓名/).inputValue()).toBe(APPLICANT.name);
    expect(await p.getByLabel(/^身份证号码/).inputValue()).toBe(APPLICANT.idNumber);
    expect(await p.getByLabel(/^手机号码/).inputValue()).toBe(APPLICANT.phone);
    await stepButton(p, '代办委托书').click();
    await expect
      .poll(() =>
        p.getByRole('img', { name: '已确认的签名' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    await stepButton(p, '核对提交').click();
    await visible(p, '确认登记并出具收件凭证');
    await waitSaved(p);
  });

  describe('with the device storage full', () => {
    let cdp: CDPSession;
    /** The vault's sealed session as stored when the app opened on the full disk. */
    let sealedAtStart: string | null = null;
    const origin = () => new URL(server.url).origin;

    it('says so in Chinese on submit, signature, photo and field, and loses nothing', async () => {
      await browser?.close();
      browser = await launchKillableBrowser(userDataDir);
      const p = page();
      // Chromium checks the quota when the app opens its database: lower it first (the disk is full).
      cdp = await browser.context.newCDPSession(p);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: origin(), quotaSize: 1024 });
      await p.goto(draftUrl);
      await unlock(p);
      await visible(p, '确认登记并出具收件凭证', 30_000);
      sealedAtStart = sealedSessionOf(await dumpIndexedDb(p));
      expect(sealedAtStart).not.toBeNull();

      await p.getByRole('button', { name: '确认登记并出具收件凭证' }).click();
      await visible(p, /^登记未能保存：本机存储空间已满/);
      expect(p.url()).toBe(draftUrl); // no receipt: nothing was recorded
      await screenshot(p, 'fault-storage-full-submit');

      await stepButton(p, '代办委托书').click();
      await p.getByRole('button', { name: '重新签名' }).click();
      await sign(p);
      const letter = p.locator('.db-intake__authorisation');
      await expect.poll(() => letter.getByRole('alert').filter({ hasText: STORAGE_FULL }).count()).toBe(1);

      await stepButton(p, '收取材料').click();
      const first = photoGroups(p).first();
      await addPhoto(first, await photo(p, 21, true), 'page-2.png');
      await visible(first, STORAGE_FULL);
      expect(await first.getByText('照片无法读取').count()).toBe(0);
      expect(await thumbnailWidths(first)).toEqual([64]); // the stored page is still there, and only it
      await first.getByText(STORAGE_FULL).scrollIntoViewIfNeeded();
      await screenshot(p, 'fault-storage-full-photo');

      await stepButton(p, '事项信息').click();
      await p.getByLabel(/家庭人口数/).fill('5');
      await p.getByLabel(/家庭人口数/).press('Tab');
      await expect.poll(() => p.locator('.db-intake__save').innerText()).toMatch(/保存失败/);
      await visible(p, STORAGE_FULL);
      expect(await p.getByLabel(/家庭人口数/).inputValue()).toBe('5'); // what was typed stays on screen
      await screenshot(p, 'fault-storage-full-field');
      expect(await axeViolations(p)).toEqual([]);
    });

    it('with room again, the same work succeeds; after a reload everything is there and submits', async () => {
      const p = page();
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: origin() }); // back to the real quota
      // The refresh token rotated at unlock could not be sealed while the disk was full: it is now.
      await expect
        .poll(async () => sealedSessionOf(await dumpIndexedDb(p)), { timeout: 30_000, interval: 1_000 })
        .not.toBe(sealedAtStart);
      await p.getByRole('button', { name: '重试保存' }).click();
      await waitSaved(p);
      expect(await p.getByText(STORAGE_FULL).count()).toBe(0);
      await stepButton(p, '收取材料').click();
      const first = photoGroups(p).first();
      await addPhoto(first, await photo(p, 21, true), 'page-2.png');
      await expect.poll(() => first.getByText('第 2 页').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await first.getByText(STORAGE_FULL).count()).toBe(0);
      await waitSaved(p);

      await p.reload();
      await unlock(p);
      await expect
        .poll(() => photoGroups(p).count(), { timeout: 30_000 })
        .toBeGreaterThan(REQUIRED_MATERIALS);
      await expect
        .poll(async () => (await thumbnailWidths(photoGroups(p).first())).length, { timeout: 15_000 })
        .toBe(2);
      for (let index = 1; index < REQUIRED_MATERIALS; index += 1)
        await expect
          .poll(() => thumbnailWidths(photoGroups(p).nth(index)), { timeout: 15_000 })
          .toEqual([64]);
      await stepButton(p, '事项信息').click();
      expect(await p.getByLabel(/家庭人口数/).inputValue()).toBe('5');
      expect(await p.getByLabel(/申请理由/).inputValue()).toBe(FIELDS.reason);
      await stepButton(p, '核对提交').click();
      await p.getByRole('button', { name: '确认登记并出具收件凭证' }).click();
      await p.waitForURL(/\/receipt\//, { timeout: 20_000 });
      await visible(p, /\d{12}-\d{6}-\d{4}-\d{4}-[0-9X]/);
      await screenshot(p, 'fault-storage-receipt');
    });
  });
});
