/**
 * `npm run screenshots`: every main screen of the app, as each role sees it on a 10-inch landscape tablet
 * (1280×800), written to docs/screenshots/ (PNG) with an index (docs/screenshots/README.md).
 *
 * Builds the app into a temporary directory, starts the real sync server on a fresh copy of the demo district
 * (4 months of history), and drives headless Chromium like a person: sign in, open the screen, wait for its
 * content. Needs Debian's `chromium` and `fonts-noto-cjk`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { ROOT_DIR, startServer, type ServerProcess } from '../support/server-process';
import { serverApi, signInByApi } from '../support/server-api';
import { signInOnPage } from '../support/app-page';

const OUT_DIR = join(ROOT_DIR, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

interface Shot {
  file: string;
  title: string;
  /** Opens the screen on a signed-in page and waits until its content is there. */
  open(page: Page): Promise<void>;
}

interface RoleTour {
  username: string;
  role: string;
  shots: Shot[];
}

/** Waits until no loading indicator is left and the network is quiet. */
/** The 「应用已可离线使用」 notice (8 s after the service worker is ready) would cover part of a screen. */
async function dismissOfflineReady(page: Page): Promise<void> {
  const notice = page.locator('.db-update--info');
  if (await notice.isVisible()) await notice.getByRole('button').click();
}

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .waitForFunction(() => !document.body.innerText.includes('正在加载'), undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForTimeout(400); // animations (antd-mobile popups, ECharts) come to rest
}

/**
 * Navigates inside the app (a reload would lock the device again: the keys live in memory only), the way
 * the router does: pushState, then a popstate event it listens to.
 */
async function go(page: Page, path: string, waitFor: string | RegExp): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, path);
  await page.getByText(waitFor).first().waitFor({ timeout: 30_000 });
  await settled(page);
}

/** Clicks the first link whose href starts with the prefix (a case in a list) and waits for the screen. */
async function openFirst(page: Page, hrefPrefix: string, waitFor: string | RegExp): Promise<void> {
  const link = page.locator(`a[href^="${hrefPrefix}/"]`).first();
  await link.waitFor({ timeout: 60_000 });
  await link.click();
  await page.getByText(waitFor).first().waitFor({ timeout: 30_000 });
  await settled(page);
}

function tours(): RoleTour[] {
  return [
    {
      username: 'cun042',
      role: '村代办员 (永湖村)',
      shots: [
        { file: 'agent-station.png', title: '代办台 — 今日待办', open: (p) => go(p, '/station', '新建代办') },
        { file: 'agent-catalogue.png', title: '事项目录', open: (p) => go(p, '/catalogue', '最低生活保障') },
        {
          file: 'agent-guide.png',
          title: '办事指南',
          open: async (p) => {
            await go(p, '/catalogue', '最低生活保障');
            await p
              .getByRole('link', { name: /最低生活保障申请/ })
              .first()
              .click();
            await p.getByText('申请材料').first().waitFor();
            await settled(p);
          },
        },
        {
          file: 'agent-intake.png',
          title: '代办登记 — 选择事项',
          open: (p) => go(p, '/intake/new', '选择事项'),
        },
        { file: 'agent-cases.png', title: '办件查询', open: (p) => go(p, '/cases', '办件') },
        {
          file: 'agent-case-detail.png',
          title: '办件详情与办理过程',
          open: async (p) => {
            await go(p, '/cases', '办件');
            await openFirst(p, '/cases', '办理过程');
          },
        },
        { file: 'agent-consultations.png', title: '咨询登记', open: (p) => go(p, '/consultations', '咨询') },
      ],
    },
    {
      username: 'zhen05a',
      role: '乡镇审核员 (北陂镇)',
      shots: [
        { file: 'reviewer-queue.png', title: '审核台 — 待办队列', open: (p) => go(p, '/review', '审核') },
        {
          file: 'reviewer-case.png',
          title: '审核台 — 办件详情与办理',
          open: async (p) => {
            await go(p, '/review', '审核');
            await openFirst(p, '/review', '办理过程');
          },
        },
        { file: 'reviewer-dashboard.png', title: '乡镇看板', open: (p) => go(p, '/dashboard', '办结率') },
      ],
    },
    {
      username: 'qu01',
      role: '区监管员',
      shots: [
        { file: 'supervisor-dashboard.png', title: '监管看板', open: (p) => go(p, '/dashboard', '办结率') },
        {
          file: 'supervisor-overdue.png',
          title: '电子监察 — 超期预警',
          open: (p) => go(p, '/supervision', '超期'),
        },
        {
          file: 'supervisor-follow-ups.png',
          title: '差评回访整改',
          open: (p) => go(p, '/supervision/follow-ups', '回访'),
        },
        {
          file: 'supervisor-report.png',
          title: '月度工作情况报告',
          open: (p) => go(p, '/reports/monthly', '办结率'),
        },
      ],
    },
    {
      username: 'admin',
      role: '系统管理员',
      shots: [
        { file: 'admin-home.png', title: '系统管理', open: (p) => go(p, '/admin', '系统管理') },
        { file: 'admin-users.png', title: '用户管理', open: (p) => go(p, '/admin/users', '用户') },
        { file: 'admin-devices.png', title: '设备管理', open: (p) => go(p, '/admin/devices', '设备') },
        { file: 'admin-audit.png', title: '审计日志', open: (p) => go(p, '/admin/audit', '审计') },
      ],
    },
  ];
}

async function signedInPage(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await signInOnPage(page, username);
  await page.waitForURL((target) => !target.pathname.startsWith('/login'), { timeout: 60_000 });
  await settled(page);
  return page;
}

async function main(): Promise<void> {
  const distDir = mkdtempSync(join(tmpdir(), 'daiban-shots-dist-'));
  console.info('building the app…');
  execSync(`npx vite build --outDir ${distDir} --emptyOutDir`, { cwd: ROOT_DIR, stdio: 'ignore' });
  process.env.DAIBAN_TEST_STATIC_DIR = distDir;
  const server = await startServer();
  const browser = await launchBrowser();
  mkdirSync(OUT_DIR, { recursive: true });
  const index: string[] = [
    '# Screenshots',
    '',
    'Produced by `npm run screenshots` (tests/screenshots/take-screenshots.ts) on the demo district, 1280×800.',
    '',
  ];
  const failures: string[] = [];
  try {
    const login = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    await login.goto(`${server.url}/login`);
    await settled(login);
    await login.screenshot({ path: join(OUT_DIR, 'login.png') });
    index.push('## 登录', '', '![登录](login.png)', '');
    await login.close();

    const progress = await publicProgressShot(browser, server);
    if (progress)
      index.push('## 办事进度查询 (public, on the server)', '', '![办事进度查询](progress.png)', '');

    for (const tour of tours()) {
      console.info(`${tour.role}: signing in as ${tour.username}`);
      const page = await signedInPage(browser, server.url, tour.username);
      index.push(`## ${tour.role} (\`${tour.username}\`)`, '');
      for (const shot of tour.shots) {
        try {
          await shot.open(page);
          await dismissOfflineReady(page);
          await page.screenshot({ path: join(OUT_DIR, shot.file) });
          index.push(`### ${shot.title}`, '', `![${shot.title}](${shot.file})`, '');
          console.info(`  ✓ ${shot.file}`);
        } catch (error) {
          failures.push(`${shot.file}: ${(error as Error).message.split('\n')[0] ?? ''}`);
          console.error(`  ✗ ${shot.file}`);
        }
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
  writeFileSync(join(OUT_DIR, 'README.md'), `${index.join('\n')}\n`);
  if (failures.length > 0) {
    console.error(`screens that could not be shot:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

/** The public 办事进度查询 page of one demo case, after the last four characters of the ID number. */
async function publicProgressShot(browser: Browser, server: ServerProcess): Promise<boolean> {
  const { url } = server;
  const { accessToken: token } = await signInByApi(server, 'zhen05a');
  const pulled = await serverApi<{
    documents: Array<{ receiptNo: string; applicant?: { idNumber?: string } }>;
  }>(server, '/api/replication/caseHeads/pull?seq=0&limit=20', { token });
  const head = pulled.documents.find((doc) => doc.applicant?.idNumber);
  if (!head?.applicant?.idNumber) return false;
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
  await page.goto(`${url}/progress/${encodeURIComponent(head.receiptNo)}`);
  await page.getByRole('textbox').first().fill(head.applicant.idNumber.slice(-4));
  await page.getByRole('button').first().click();
  await settled(page);
  await page.screenshot({ path: join(OUT_DIR, 'progress.png') });
  await page.close();
  return true;
}

await main();
