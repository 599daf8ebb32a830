/**
 * Weak links (issue #7 point 1): through Chromium's network emulation (CDP Network.emulateNetworkConditions)
 * at Regular 2G (250 kbps down, 50 kbps up, 300 ms) and Regular 3G (750 / 250 kbps, 100 ms):
 * - the time to send one new case with two ~300 KB photos (+ the signature): the app's tus uploads and the
 *   push of the pending `submit` action, started together as when the link comes back;
 * - the time to pull 100 new cases (100 heads + their 100 submit actions) onto a device of the village that
 *   is otherwise up to date.
 * The page is the bench page (browser/weak-link-entry.ts) served by the real sync server on SQLite. The
 * server checks afterwards that it holds the case (accepted) and the three files (GET /api/files/:sha256).
 */
import { PULL_BATCH_DEVICE } from '../../src/domain/wire/replication-messages';
import type { Browser } from 'playwright-core';
import type { ActionPayload } from '../../src/domain/case/case-types';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import { isChromiumAvailable, launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { benchApi, benchLogin, pullAll, round } from './bench-api';
import { benchPageDir } from './bench-builds';
import {
  emulateLink,
  openBenchPage,
  receivedCounter,
  type BenchWindow,
  type LinkProfile,
} from './bench-page';
import type { Measurement } from './measure';
import { demoAgent, newSubmits, pushRowOf, runPrefix } from './village-workload';

export const WEAK_LINKS: readonly LinkProfile[] = [
  { name: 'Regular 2G', downKbps: 250, upKbps: 50, rttMs: 300 },
  { name: 'Regular 3G', downKbps: 750, upKbps: 250, rttMs: 100 },
];
const AGENT = 'cun042'; // 北陂镇 永湖村
const NEW_CASES = Number(process.env.BENCH_WEAK_NEW_CASES ?? 100);
const PHOTO_BYTES = Number(process.env.BENCH_WEAK_PHOTO_BYTES ?? 300 * 1024);
/** Upper bound of one timed step (2G upload of 600 KB takes about 100 s). */
const STEP_TIMEOUT_MS = 10 * 60_000;

type PageBench = BenchWindow['daibanBench'];

async function fileIsOnServer(server: ServerProcess, token: string, hash: string): Promise<boolean> {
  const response = await fetch(`${server.url}/api/files/${hash}`, {
    headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
  });
  await response.arrayBuffer();
  return response.ok;
}

async function sendCase(
  browser: Browser,
  server: ServerProcess,
  link: LinkProfile,
  payload: ActionPayload<'submit'>,
) {
  const tablet = await benchLogin(server, AGENT, { deviceName: `weak link ${link.name}` });
  const view = await openBenchPage(browser, server.url, STEP_TIMEOUT_MS);
  try {
    const prepared = await view.page.evaluate(
      (input) => (window as unknown as BenchWindow).daibanBench.weak.sendPrepare(input),
      {
        session: { accessToken: tablet.accessToken },
        user: tablet.user,
        deviceId: tablet.deviceId,
        payload,
        photoBytes: PHOTO_BYTES,
      },
    );
    if (prepared.pendingActions !== 1 || prepared.waitingFiles !== 3)
      throw new Error(
        `send: ${prepared.pendingActions} pending actions, ${prepared.waitingFiles} files waiting`,
      );
    const wire = receivedCounter(view.cdp);
    await emulateLink(view.cdp, link);
    wire.reset();
    const run = await view.page.evaluate(() =>
      (window as unknown as { daibanBench: PageBench }).daibanBench.weak.sendRun(),
    );
    const received = wire.read();
    await emulateLink(view.cdp, null);
    if (run.errors.length > 0) throw new Error(`send on ${link.name}: ${run.errors.join('; ')}`);
    // The server holds the case (accepted) and the three files.
    const actions = await pullAll(server, tablet.accessToken, 'actions');
    const submit = actions.find((doc) => doc.caseId === prepared.caseId && doc.type === 'submit');
    if (submit?.status !== 'accepted') throw new Error(`send on ${link.name}: case not accepted`);
    for (const hash of prepared.hashes)
      if (!(await fileIsOnServer(server, tablet.accessToken, hash)))
        throw new Error(`send on ${link.name}: file ${hash.slice(0, 8)}… not on the server`);
    return { ...run, prepared, received };
  } finally {
    await view.close();
  }
}

async function pullNewCases(browser: Browser, server: ServerProcess, link: LinkProfile, prefix: string) {
  const tablet = await benchLogin(server, AGENT, { deviceName: `weak link pull ${link.name}` });
  const other = await benchLogin(server, AGENT, { deviceName: 'weak link other tablet' });
  const view = await openBenchPage(browser, server.url, STEP_TIMEOUT_MS);
  try {
    const before = await view.page.evaluate(
      (session) => (window as unknown as BenchWindow).daibanBench.weak.pullPrepare(session),
      { accessToken: tablet.accessToken },
    );
    if (before.errors.length > 0) throw new Error(`pull prepare: ${before.errors.join('; ')}`);
    // Another tablet of the station sends NEW_CASES new cases (the server folds them into heads).
    const agent = demoAgent(AGENT);
    const submits = newSubmits([agent.village], NEW_CASES, { seed: 23, prefix }).get(agent.village) ?? [];
    for (let start = 0; start < submits.length; start += 100) {
      const rows = submits.slice(start, start + 100).map((action) => pushRowOf(action, other.deviceId));
      const answer = await benchApi<{ conflicts: { status?: unknown }[] }>(
        server,
        '/api/replication/actions/push',
        { body: rows, token: other.accessToken },
      );
      // The server hands every stored record back; each must be an accepted new case.
      const accepted = answer.conflicts.filter((doc) => doc.status === 'accepted').length;
      if (accepted !== rows.length)
        throw new Error(`push of new cases: ${accepted} of ${rows.length} accepted`);
    }
    const wire = receivedCounter(view.cdp);
    await emulateLink(view.cdp, link);
    wire.reset();
    const run = await view.page.evaluate(() => (window as unknown as BenchWindow).daibanBench.weak.pullRun());
    const received = wire.read();
    await emulateLink(view.cdp, null);
    if (run.newHeads !== NEW_CASES || run.newActions !== NEW_CASES)
      throw new Error(
        `pull on ${link.name}: ${run.newHeads} heads, ${run.newActions} actions; ${run.errors.join('; ')}`,
      );
    return { ...run, before, received };
  } finally {
    await view.close();
  }
}

const seconds = (ms: number) => round(ms / 1000, 1);

export async function runWeakLinkBench(): Promise<Record<string, Measurement[]>> {
  if (!isChromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error('weak-link bench: no Chromium at /usr/bin/chromium');
    console.warn('!!! weak-link bench skipped: no Chromium (apt-get install chromium)');
    return {};
  }
  const server = await startServer({ env: { STATIC_DIR: benchPageDir() } });
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const agent = demoAgent(AGENT);
    const template = newSubmits([agent.village], 1, { seed: 29, prefix: runPrefix('bt') }).get(
      agent.village,
    )?.[0];
    if (template?.type !== 'submit') throw new Error('no submit template');
    const rows: Measurement[] = [];
    for (const link of WEAK_LINKS) {
      const ideal = (bytes: number, kbps: number) => (bytes * 8) / kbps; // ms at the link's rate
      console.info(`weak links: ${link.name}: sending one case with two photos…`);
      const sent = await sendCase(browser, server, link, template.payload);
      const uploadBytes = sent.prepared.photoBytes.reduce((a, b) => a + b, 0) + sent.prepared.signatureBytes;
      console.info(`weak links: ${link.name}: pulling ${NEW_CASES} new cases…`);
      const pulled = await pullNewCases(browser, server, link, runPrefix(`bp${link.rttMs}`));
      const label = `${link.name} (${link.downKbps}/${link.upKbps} kbps, ${link.rttMs} ms)`;
      rows.push(
        {
          name: `${link.name}: send one new case with two photos`,
          unit: 's',
          value: seconds(sent.ms),
          note: `${label}: photos ${sent.prepared.photoBytes.map((b) => `${round(b / 1024)} KB`).join(' + ')} JPEG + signature ${round(sent.prepared.signatureBytes / 1024, 1)} KB PNG, recorded through the app's submit (sealed in RxDB), then the app's photo uploader (tus, one file at a time) and the push of the submit action started together; all three files on the server (hash checked) and the case accepted. Push done at ${seconds(sent.pushMs)} s, photos at ${seconds(sent.photosMs)} s; the uplink alone needs ${seconds(ideal(uploadBytes, link.upKbps))} s for the file bytes`,
        },
        {
          name: `${link.name}: pull ${NEW_CASES} new cases`,
          unit: 's',
          value: seconds(pulled.ms),
          note: `${label}: a device of the village already holding its ${pulled.before.heads} cases pulls ${pulled.newHeads} new heads + ${pulled.newActions} actions from its checkpoints (app's pull handlers, batch ${PULL_BATCH_DEVICE}, sealed on arrival); ${pulled.received.requests} requests, ${round(pulled.received.received / 1024, 1)} KB received (gzip)`,
        },
      );
    }
    return { 'Weak links (Chromium network emulation, one tablet, sync server on SQLite)': rows };
  } finally {
    await browser?.close();
    await server.dispose();
  }
}
