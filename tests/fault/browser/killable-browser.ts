/**
 * Chromium started as our own process (not by Playwright's launcher), so a test can kill it the way a
 * tablet loses it — battery out, OS kills the app: SIGKILL to its whole process group, no unload, no
 * flush. Playwright drives it over the DevTools protocol; its profile (IndexedDB, service worker, the
 * session) lives in `userDataDir` and survives for the next launch.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/browser';

export interface KillableBrowser {
  context: BrowserContext;
  page: Page;
  /** SIGKILL to the browser and every process it started; waits until it is gone. */
  kill(): Promise<void>;
  /** A normal close. */
  close(): Promise<void>;
}

export const TABLET_VIEWPORT = { width: 1280, height: 800 };

export async function launchKillableBrowser(userDataDir: string): Promise<KillableBrowser> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--lang=zh-CN',
      `--window-size=${TABLET_VIEWPORT.width},${TABLET_VIEWPORT.height}`,
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let printed = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(printed);
      if (match?.[1]) {
        child.stderr?.off('data', onData);
        child.stderr?.resume(); // keep draining what it prints
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`chromium exited (${code}) before it listened:\n${printed}`)),
    );
  });
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(TABLET_VIEWPORT);

  const killGroup = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // Our own process group (detached at spawn): the browser and its renderer/GPU/utility processes.
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
    await exited;
  };
  return {
    context,
    page,
    kill: async () => {
      await killGroup();
      await browser.close().catch(() => undefined); // drops the dead connection
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await killGroup();
    },
  };
}
