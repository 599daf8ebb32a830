/**
 * Opens the bench page (tests/bench/browser, served by the sync server as its STATIC_DIR) in a fresh browser
 * context with a CDP session, and gives its functions a typed handle. Page errors are collected so a failed
 * start names its cause.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { SyncBenchPage } from './browser/sync-bench-entry';

export type BenchWindow = { daibanBench: SyncBenchPage };

export interface OpenBenchPage {
  page: Page;
  cdp: CDPSession;
  problems: string[];
  close(): Promise<void>;
}

export async function openBenchPage(
  browser: Browser,
  origin: string,
  timeoutMs: number,
  path = '/',
): Promise<OpenBenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const view = await openBenchPageIn(context, origin, timeoutMs, path);
  return { ...view, close: () => context.close() };
}

/** The bench page in an existing context (sharing its IndexedDB with the app); `close` closes the page. */
export async function openBenchPageIn(
  context: BrowserContext,
  origin: string,
  timeoutMs: number,
  path = '/',
): Promise<OpenBenchPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await page.goto(`${origin}${path}`);
  await page
    .waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
      timeout: 60_000,
    })
    .catch((error: unknown) => {
      throw new Error(`bench page at ${origin} not ready: ${problems.join(' | ') || String(error)}`);
    });
  return { page, cdp, problems, close: () => page.close() };
}

/** A link as Chromium's network emulation models it (per request: added latency, throughput caps). */
export interface LinkProfile {
  name: string;
  downKbps: number;
  upKbps: number;
  rttMs: number;
}

/** kbps = 1,000 bit/s. Chromium adds `latency` to every request and caps each direction's throughput. */
export async function emulateLink(cdp: CDPSession, link: LinkProfile | null): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: link?.rttMs ?? 0,
    downloadThroughput: link ? (link.downKbps * 1000) / 8 : -1,
    uploadThroughput: link ? (link.upKbps * 1000) / 8 : -1,
  });
}

/** Bytes Chromium received (encoded: compressed bodies + headers) between reset() and read(). */
export function receivedCounter(cdp: CDPSession) {
  let received = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    received += event.encodedDataLength;
  });
  cdp.on('Network.requestWillBeSent', () => {
    requests += 1;
  });
  return {
    reset() {
      received = 0;
      requests = 0;
    },
    read: () => ({ received, requests }),
  };
}
