/**
 * The real 办件查询 screen (route /cases, src/features/cases/CasesScreen.tsx) at N local cases, in the app.
 * The profile already holds the cases in the app's database (case-list-bench.ts filled it); the app opens at
 * /consultations (咨询登记, which reads no cases), is unlocked with the password, its sync engine catches up
 * (status bar 「上次同步」), then, in the page (performance.now()):
 * - first render: from the click on the 「办件」 navigation link to the first animation frame after the first
 *   case row is in the DOM (the screen's chunk, the read of every head — opened in the background after
 *   unlock by the case store's warm-up — lights, virtual list);
 * - search: from the `input` event of the search box (the whole query typed at once) to the first animation
 *   frame where the count line changed and a row is shown — for a name and for a whole ID number.
 * Not throttled (the target is for this machine as it is).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { signInOnPage } from '../support/app-page';

const SYNC_TIMEOUT_MS = 20 * 60_000;

type MarkWindow = {
  __benchMarks: { clickAt?: number; rowsAt?: number; inputAt?: number; resultAt?: number; before?: string };
};

/**
 * Observers that note, in page time, the click on the nav link, the first rows, a search input and its
 * result. A string, not a function: tsx would wrap the inner functions in a `__name` helper the page lacks.
 */
const MARKS_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const count = () => document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
  const hasRows = () => document.querySelector('[data-testid="case-row"]') !== null;
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href="/cases"]')) marks.clickAt ??= performance.now();
  }, true);
  document.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') {
      marks.inputAt = performance.now();
      marks.resultAt = undefined;
    }
  }, true);
  const frame = (set) => requestAnimationFrame(() => set(performance.now()));
  new MutationObserver(() => {
    if (marks.clickAt !== undefined && marks.rowsAt === undefined && hasRows()) {
      marks.rowsAt = -1;
      frame((at) => (marks.rowsAt = at));
    }
    if (marks.inputAt !== undefined && marks.resultAt === undefined && hasRows() && count() !== marks.before) {
      marks.resultAt = -1;
      frame((at) => (marks.resultAt = at));
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

const installMarks = (page: Page) => page.evaluate(MARKS_SCRIPT);

const readMarks = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as MarkWindow).__benchMarks }));

async function search(page: Page, query: string): Promise<{ ms: number; count: string }> {
  await page.evaluate(() => {
    const marks = (window as unknown as MarkWindow).__benchMarks;
    marks.before = document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
    marks.inputAt = undefined;
    marks.resultAt = undefined;
  });
  await page.getByLabel('搜索办件').fill(query);
  await page.waitForFunction(
    () => ((window as unknown as MarkWindow).__benchMarks.resultAt ?? -1) > 0,
    null,
    { timeout: 60_000 },
  );
  const marks = await readMarks(page);
  const count = (await page.getByTestId('case-count').textContent()) ?? '';
  return { ms: (marks.resultAt ?? 0) - (marks.inputAt ?? 0), count };
}

export interface CaseListScreenResult {
  catchUpMs: number;
  firstRenderMs: number;
  countText: string;
  textSearch: { ms: number; count: string };
  idSearch: { ms: number; count: string };
}

/** Signs the agent in once on this profile (creates the app's vault and database), then leaves the app. */
export async function signInOnce(context: BrowserContext, url: string, agent: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await signInOnPage(page, agent);
    await page.waitForURL(/\/station/, { timeout: 60_000 });
  } finally {
    await page.close();
  }
}

/** Waits until the status bar no longer shows the first sync (「上次同步」), logging progress. */
async function untilSynced(page: Page): Promise<number> {
  const started = Date.now();
  let lastLog = started;
  const status = page.getByTestId('sync-pending');
  for (;;) {
    const text = await status.textContent({ timeout: 1_000 }).catch(() => null);
    if (text?.includes('上次同步')) return Date.now() - started;
    if (Date.now() - started > SYNC_TIMEOUT_MS) throw new Error(`the app did not finish syncing: ${text}`);
    if (Date.now() - lastLog > 30_000) {
      console.info(
        `case list screen: ${Math.round((Date.now() - started) / 1000)} s: ${text ?? '(page busy)'}`,
      );
      lastLog = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function measureCaseListScreen(
  context: BrowserContext,
  url: string,
  input: { password: string; cases: number; text: string; idNumber: string; screenshot?: string },
): Promise<CaseListScreenResult> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/consultations`); // locked: the unlock screen, then back to 咨询登记
    await page.getByLabel('密码', { exact: true }).fill(input.password);
    await page.getByRole('button', { name: '解锁' }).click();
    await page.waitForURL(/\/consultations/, { timeout: 60_000 });
    const catchUpMs = await untilSynced(page);

    await installMarks(page);
    await page.locator('a[href="/cases"]').first().click();
    await page.waitForFunction(
      () => ((window as unknown as MarkWindow).__benchMarks.rowsAt ?? -1) > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const marks = await readMarks(page);
    const countText = (await page.getByTestId('case-count').textContent()) ?? '';
    if (!countText.replace(/[,\s]/g, '').includes(String(input.cases)))
      throw new Error(`the screen counts "${countText}", expected ${input.cases} cases`);
    if (input.screenshot) await page.screenshot({ path: input.screenshot });

    const textSearch = await search(page, input.text);
    await page.getByLabel('搜索办件').fill('');
    await page.waitForFunction(
      (unfiltered) => document.querySelector('[data-testid="case-count"]')?.textContent === unfiltered,
      countText,
    );
    const idSearch = await search(page, input.idNumber);
    return {
      catchUpMs,
      firstRenderMs: (marks.rowsAt ?? 0) - (marks.clickAt ?? 0),
      countText,
      textSearch,
      idSearch,
    };
  } finally {
    await page.close();
  }
}
