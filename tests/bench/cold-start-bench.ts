/**
 * Cold start offline (issue #7 point 1), the real app built into a temporary directory:
 * 1. first visit online in a fresh Chromium profile (persistent, on disk): the JavaScript Chromium receives
 *    until the login form is usable (CDP, encoded = gzip bytes), then agent cun042 signs in, the service
 *    worker installs and precaches the shell;
 * 2. the browser is restarted online until the page opens controlled by the service worker (Chromium
 *    stores the registration lazily), closed, and the sync server STOPPED (nothing answers: offline);
 * 3. REPEATS times: Chromium starts again on the same profile with 4× CPU throttling (CDP
 *    Emulation.setCPUThrottlingRate on the page) and opens the app's address: the service worker serves it.
 *
 * "Interactive" = the unlock screen's password field and 解锁 button are in the DOM, visible and enabled at a
 * rendered frame (checked every animation frame by a script injected before the app's own), AND a key typed
 * into the field right then is dispatched as an `input` event by the page's main thread. Both are measured
 * in the page from navigation start (performance.now()); the second is the figure against the target.
 * The service worker itself runs unthrottled (CDP throttles the page's target only).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { signInOnPage } from '../support/app-page';
import { CHROMIUM_PATH, isChromiumAvailable } from '../support/browser';
import { startServer } from '../support/server-process';
import { round } from './bench-api';
import type { Measurement } from './measure';

const REPEATS = Math.max(1, Number(process.env.BENCH_COLD_REPEATS ?? 3));
const CPU_SLOWDOWN = 4;
const AGENT = 'cun042';
/** Screenshots (PNG, 1280×800) of the login and unlock screens go here when set. */
const SHOTS_DIR = process.env.BENCH_SHOTS_DIR;

function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
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

/** Runs in the page before any of the app's scripts (CDP, so the app's CSP does not apply). */
const INTERACTIVE_PROBE = `(() => {
  const w = window;
  const check = () => {
    const field = document.querySelector('input[type="password"][name="password"]');
    const button = Array.from(document.querySelectorAll('button[type="submit"]')).find((b) => (b.textContent || '').includes('解锁'));
    if (field && !field.disabled && button && !button.disabled && field.getBoundingClientRect().height > 0) {
      w.__benchUnlockReadyAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  document.addEventListener('input', (event) => {
    const target = event.target;
    if (w.__benchFirstInputAt === undefined && target && target.name === 'password') w.__benchFirstInputAt = performance.now();
  }, true);
})();`;

type ProbeWindow = { __benchUnlockReadyAt?: number; __benchFirstInputAt?: number };

const shot = async (page: Page, name: string) => {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
};

async function firstVisit(context: BrowserContext, url: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const types = new Map<string, string>();
  let scriptBytes = 0;
  let allBytes = 0;
  let scripts = 0;
  cdp.on('Network.responseReceived', (event: { requestId: string; type: string }) => {
    types.set(event.requestId, event.type);
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    allBytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') {
      scriptBytes += event.encodedDataLength;
      scripts += 1;
    }
  });
  await cdp.send('Network.enable');
  await page.goto(url);
  await page.getByLabel('用户名').waitFor({ state: 'visible', timeout: 60_000 });
  const firstScreen = { scriptBytes, scripts, allBytes };
  await shot(page, 'cold-start-0-login-online');
  await signInOnPage(page, AGENT);
  await page.waitForURL(/\/station/, { timeout: 60_000 });
  // The shell is precached once the service worker is activated.
  await settleServiceWorker(page, url);
  const precached = await page.evaluate(async () => {
    let entries = 0;
    for (const name of await caches.keys()) entries += (await (await caches.open(name)).keys()).length;
    return entries;
  });
  return { firstScreen, precached };
}

async function offlineStart(profileDir: string, url: string, repeat: number) {
  const context = await launch(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(INTERACTIVE_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page
      .waitForFunction(() => (window as ProbeWindow).__benchUnlockReadyAt !== undefined, null, {
        timeout: 60_000,
        polling: 'raf',
      })
      .catch(async (error: unknown) => {
        await shot(page, `cold-start-failed-${repeat}`);
        throw new Error(`offline start ${repeat}: no usable unlock screen within 60 s`, { cause: error });
      });
    await page.locator('input[type="password"][name="password"]').focus();
    await page.keyboard.type('d');
    await page.waitForFunction(() => (window as ProbeWindow).__benchFirstInputAt !== undefined, null, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(() => {
      const w = window as ProbeWindow;
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        readyMs: w.__benchUnlockReadyAt ?? 0,
        inputMs: w.__benchFirstInputAt ?? 0,
        documentMs: navigation?.responseEnd ?? 0,
        domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? 0,
        isControlled: navigator.serviceWorker.controller !== null,
      };
    });
    if (!timing.isControlled) throw new Error('cold start: the page was not served by the service worker');
    if (repeat === 1) await shot(page, 'cold-start-1-unlock-offline');
    return timing;
  } finally {
    await context.close();
  }
}

/** Whether the app's service worker is activated with nothing installing or waiting (the shell precached). */
const isWorkerSettled = (page: Page) =>
  page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).some(
      (r) => r.active?.state === 'activated' && r.installing === null && r.waiting === null,
    ),
  );

/** Waits until the worker is settled (polled: waitForFunction does not await async predicates), then navigates until it controls the page. */
async function settleServiceWorker(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!(await isWorkerSettled(page))) {
    if (Date.now() > deadline) throw new Error('the service worker did not activate within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  for (let visit = 0; visit < 3; visit += 1) {
    await page.goto(url); // a new navigation goes through the activated worker
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
  }
  throw new Error('the activated service worker does not control the app');
}

/**
 * Restarts the browser on the profile until the app opens controlled by its service worker at once (at most
 * 5 times): Chromium writes the registration to the profile lazily, and one closed too early is installed again.
 */
async function untilControlledAfterRestart(profileDir: string, url: string): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const context = await launch(profileDir);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
      console.warn(`cold start: restart ${attempt}: not yet controlled by the service worker`);
      await settleServiceWorker(page, url);
    } finally {
      await context.close();
    }
  }
  throw new Error('the service worker never controlled the app after a browser restart');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function runColdStartBench(appDir: string): Promise<Record<string, Measurement[]>> {
  if (!isChromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error(`cold-start bench: no Chromium at ${CHROMIUM_PATH}`);
    console.warn('!!! cold-start bench skipped: no Chromium (apt-get install chromium)');
    return {};
  }
  const server = await startServer({ env: { STATIC_DIR: appDir } });
  const profileDir = mkdtempSync(join(tmpdir(), 'daiban-bench-profile-'));
  try {
    console.info('cold start: first visit online, sign-in, service worker install…');
    const online = await launch(profileDir);
    const first = await firstVisit(online, server.url).finally(() => online.close());
    // Visits online until a fresh browser start finds the page controlled by the service worker: Chromium
    // writes the registration to the profile lazily, and a browser closed right after activation may lose it.
    await untilControlledAfterRestart(profileDir, server.url);
    await server.stop('SIGTERM'); // offline: nothing answers any more
    const runs = [];
    for (let repeat = 1; repeat <= REPEATS; repeat += 1) {
      console.info(`cold start: offline start ${repeat}/${REPEATS} at ${CPU_SLOWDOWN}× CPU throttling…`);
      runs.push(await offlineStart(profileDir, server.url, repeat));
    }
    const spread = (values: number[]) =>
      `${REPEATS} browser starts, median; min–max ${round(Math.min(...values))}–${round(Math.max(...values))} ms`;
    return {
      [`Cold start offline (service worker, ${CPU_SLOWDOWN}× CPU throttling, headless Chromium)`]: [
        {
          name: 'cold offline start to interactive unlock screen',
          unit: 'ms',
          value: round(median(runs.map((r) => r.inputMs))),
          target: '≤ 2,000 ms',
          note: `Chromium restarted on the profile of a tablet that signed in once, sync server stopped, page throttled ${CPU_SLOWDOWN}×: from navigation start until a key typed into the unlock screen's password field (as soon as it was visible and enabled) was dispatched as an input event; ${spread(runs.map((r) => r.inputMs))}`,
        },
        {
          name: '… unlock form rendered',
          unit: 'ms',
          value: round(median(runs.map((r) => r.readyMs))),
          note: 'first animation frame with the password field and the 解锁 button visible and enabled (the time before the keystroke)',
        },
        {
          name: '… document from the service worker',
          unit: 'ms',
          value: round(median(runs.map((r) => r.documentMs))),
          note: `navigation responseEnd (index.html from the precache); DOMContentLoaded at ${round(median(runs.map((r) => r.domContentLoadedMs)))} ms`,
        },
        {
          name: 'first-screen JavaScript transferred (measured)',
          unit: 'KB',
          value: round(first.firstScreen.scriptBytes / 1024, 1),
          target: '≤ 200 KB',
          note: `first visit online, fresh profile: ${first.firstScreen.scripts} scripts as Chromium received them (CDP encodedDataLength: gzip bodies + headers) until the login form was visible; ${round(first.firstScreen.allBytes / 1024, 1)} KB of all resources (the service worker's precache downloads are not counted: they run in the worker)`,
        },
        {
          name: 'precache entries stored',
          unit: 'files',
          value: first.precached,
          note: 'entries in the Cache Storage after the service worker activated (the shell available offline)',
        },
      ],
    };
  } finally {
    await server.dispose();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
