/**
 * The agent's case list at 10,000 local cases (issue #7 point 1). The village of agent cun042 (北陂镇 永湖村)
 * gets whole cases up to CASES (demo history generator, folded by the domain reducer, inserted through the
 * Store API while the server is stopped). Then, in one browser profile against that server (serving the app
 * and the bench page):
 * 1. the agent signs in to the app once (the app's vault and database on the profile);
 * 2. the bench page (browser/case-list-entry.ts) unlocks that vault and pulls the village's cases into the
 *    app's database with the app's pull handlers and sealing, under the sync engine's checkpoints (the app's
 *    own first sync is not timed here, see the README) — and times
 *    the list pipeline below the screen: the first read (every sealed head opened), a warm read, searches;
 * 3. the real 办件查询 screen (case-list-screen.ts): unlock, first render, searches.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { isChromiumAvailable, launchBrowser } from '../support/browser';
import { startServer } from '../support/server-process';
import { BENCH_PASSWORD, benchLogin, round } from './bench-api';
import { appWithBenchPageDir } from './bench-builds';
import { openBenchPageIn, type BenchWindow } from './bench-page';
import { measureCaseListScreen, signInOnce } from './case-list-screen';
import type { Measurement } from './measure';
import { countCaseHeads, insertWorkload } from './sync-bench';
import { buildVillageWorkload, demoAgent } from './village-workload';

const CASES = Number(process.env.BENCH_LIST_CASES ?? 10_000);
const AGENT = 'cun042';
const REPEATS = 5;
const TIMEOUT_MS = 15 * 60_000;
/** Screenshot (PNG, 1280×800) of the screen at N cases goes here when set. */
const SHOTS_DIR = process.env.BENCH_SHOTS_DIR;
const what =
  'src/db/case-store listCases + 电子监察 light per case + case-list-filter filterCases (the pipeline of src/features/cases/use-listed-cases, without React) in headless Chromium, not throttled';

export async function runCaseListBench(): Promise<Record<string, Measurement[]>> {
  if (!isChromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error('case-list bench: no Chromium at /usr/bin/chromium');
    console.warn('!!! case-list bench skipped: no Chromium (apt-get install chromium)');
    return {};
  }
  const server = await startServer({ env: { STATIC_DIR: appWithBenchPageDir() } });
  let browser: Browser | null = null;
  try {
    await server.stop('SIGTERM');
    const { village } = demoAgent(AGENT);
    const existing = await countCaseHeads(server.dataDir, village);
    console.info(`case list: generating ${CASES - existing} cases in ${AGENT}'s village…`);
    const workload = buildVillageWorkload(AGENT, CASES - existing);
    await insertWorkload(server.dataDir, workload);
    await server.restart();

    // Search terms a station would type: one applicant's name, another applicant's ID number.
    const named = workload.heads[Math.floor(workload.heads.length / 2)];
    const person = workload.heads.find(
      (head, index) => index > workload.heads.length / 3 && head.applicant.kind === 'person',
    );
    if (!named || person?.applicant.kind !== 'person') throw new Error('no applicants to search for');
    const search = { text: named.applicant.name, idNumber: person.applicant.idNumber };

    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    console.info(`case list: ${AGENT} signs in to the app once…`);
    await signInOnce(context, server.url, AGENT);

    const tablet = await benchLogin(server, AGENT, { deviceName: 'case list bench' });
    const view = await openBenchPageIn(context, server.url, TIMEOUT_MS, '/bench.html');
    let below: Measurement[];
    try {
      console.info(`case list: the village's ${CASES} cases into the app's database (bench page)…`);
      const prepared = await view.page.evaluate(
        (input) =>
          (window as unknown as BenchWindow).daibanBench.caseList.prepare(
            input.session,
            input.actor,
            input.password,
          ),
        {
          session: { accessToken: tablet.accessToken },
          actor: {
            userId: tablet.user.id,
            name: tablet.user.name,
            role: tablet.user.role,
            scope: tablet.user.scope,
          },
          password: BENCH_PASSWORD,
        },
      );
      if (prepared.heads < CASES || prepared.errors.length > 0)
        throw new Error(`case list: ${prepared.heads} heads on the device: ${prepared.errors.join('; ')}`);
      console.info('case list: timing the list and the searches below the screen…');
      const result = await view.page.evaluate(
        (input) => (window as unknown as BenchWindow).daibanBench.caseList.measure(input),
        { ...search, repeats: REPEATS },
      );
      if (result.cases !== prepared.heads || result.idHits < 1 || result.textHits < 1)
        throw new Error(
          `case list: ${result.cases} listed, ${result.textHits} text / ${result.idHits} ID hits`,
        );
      below = [
        {
          name: 'first read of the list',
          unit: 'ms',
          value: round(result.coldMs, 1),
          target: '≤ 100 ms',
          note: `${what}: a fresh case store opens (AES-GCM) every one of the ${result.cases} sealed heads on the device (${prepared.actions.toLocaleString('en-US')} actions also on it), folds pending actions, lights and sorts them (the app now pays this in the background after unlock)`,
        },
        {
          name: 'list again (heads cached)',
          unit: 'ms',
          value: round(result.warmMs, 1),
          target: '≤ 100 ms',
          note: `the same read when the store's cache already holds the opened heads (what every later change costs); median of ${REPEATS}`,
        },
        {
          name: 'search by applicant name',
          unit: 'ms',
          value: round(result.textMs, 1),
          target: '≤ 100 ms',
          note: `filterCases over the ${result.total} listed cases for a full name (${result.textHits} hits); median of ${REPEATS}`,
        },
        {
          name: 'search by ID number',
          unit: 'ms',
          value: round(result.idMs, 1),
          target: '≤ 100 ms',
          note: `a whole 居民身份证号码: HMAC of the number, caseIdsByIdNumber on the keyed-hash index of heads and actions, then filterCases (${result.idHits} hit); median of ${REPEATS}`,
        },
        {
          name: `pull of the ${CASES.toLocaleString('en-US')} cases (for reference)`,
          unit: 's',
          value: round(prepared.syncMs / 1000, 1),
          note: `${prepared.heads} heads + ${prepared.actions} actions pulled and sealed into the app's database by the app's pull handlers in the bench page (the app's own first sync, through its sync engine, is not timed: see tests/bench/README.md)`,
        },
      ];
    } finally {
      await view.close();
    }

    console.info('case list: the 办件查询 screen — unlock, first render, searches…');
    const screen = await measureCaseListScreen(context, server.url, {
      password: BENCH_PASSWORD,
      cases: CASES,
      ...search,
      screenshot: SHOTS_DIR ? join(SHOTS_DIR, `case-list-${CASES}.png`) : undefined,
    });
    return {
      [`Case list at ${CASES.toLocaleString('en-US')} local cases: the 办件查询 screen (/cases)`]: [
        {
          name: 'first render of the list',
          unit: 'ms',
          value: round(screen.firstRenderMs),
          target: '≤ 100 ms',
          note: `from the click on 「办件」 on 咨询登记 (no screen had read the cases; the click comes once the sync caught up, ${round(screen.catchUpMs / 1000, 1)} s after unlock, so the case store had opened the heads in the background after unlock: src/app/LocalServicesProvider, its cost is the "first read of the list" below) to the first frame showing case rows ("${screen.countText}"): the screen's chunk, the case store's read, lights, filter, the virtual list (@tanstack/react-virtual); headless Chromium 1280×800, not throttled`,
        },
        {
          name: 'search by applicant name',
          unit: 'ms',
          value: round(screen.textSearch.ms),
          target: '≤ 100 ms',
          note: `from the search box's input event (a full name) to the first frame with the new count and rows ("${screen.textSearch.count}")`,
        },
        {
          name: 'search by ID number',
          unit: 'ms',
          value: round(screen.idSearch.ms),
          target: '≤ 100 ms',
          note: `the same for a whole 居民身份证号码 (keyed hash on the device, never compared in the clear): "${screen.idSearch.count}"`,
        },
      ],
      [`Case list at ${CASES.toLocaleString('en-US')} local cases: below the screen`]: below,
    };
  } finally {
    await browser?.close();
    await server.dispose();
  }
}
