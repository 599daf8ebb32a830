/**
 * Initial sync of a township tablet and push of one tablet's backlog, in headless Chromium (real IndexedDB):
 * ours (the app's RxDB database and replication handlers against the real sync server), the floor (the same
 * documents bulkPut into plain Dexie) and the peer (PouchDB with its IndexedDB adapter replicating from
 * express-pouchdb on a memory PouchDB). Bytes on the wire are counted on the Chromium side with CDP.
 *
 * Data: the workload (sync-workload.ts) is inserted straight into the SQLite store of a copy of the seeded
 * demo data directory through the Store API (insertAction + upsertCaseHead in one transaction, as the demo
 * seed does) while the server is stopped — the fast way; pushing 97k actions through the API would measure
 * the server's push path instead. The wire documents for the floor and the peer are then pulled from the
 * running server by Node, so all three hold the same documents.
 */
import { PULL_BATCH_DEVICE } from '../../src/domain/wire/replication-messages';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { WireAction } from '../../src/db/record-sealing';
import { openSqliteStore } from '../../sync-server/src/store/sqlite-store';
import { isChromiumAvailable, launchBrowser } from '../support/browser';
import { startServer } from '../support/server-process';
import { benchLogin as login, pullAll, round } from './bench-api';
import { benchPageDir } from './bench-builds';
import type { SyncBenchPage } from './browser/sync-bench-entry';
import type { Measurement } from './measure';
import { startPeerServer, type PeerServer } from './peer-server';
import { BENCH_REVIEWER, benchTownship, buildSyncWorkload, type SyncWorkload } from './sync-workload';
import { SYNC_BENCH_PAGE_DIR } from './vite.bench.config';

const CASES = Number(process.env.BENCH_SYNC_CASES ?? 10_000);
const PUSHED = Number(process.env.BENCH_PUSH_ACTIONS ?? 1_000);
/** Upper bound for any one measured run in the browser. */
const RUN_TIMEOUT_MS = 15 * 60_000;
/** Repetitions of each initial-sync measurement (the median is reported). */
const REPEATS = Math.max(1, Number(process.env.BENCH_SYNC_REPEATS ?? 3));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Case heads already in a scope (the demo history of the seeded data directory). */
export async function countCaseHeads(dataDir: string, township: string): Promise<number> {
  const store = await openSqliteStore(join(dataDir, 'daiban.sqlite'));
  try {
    let count = 0;
    let seq = 0;
    for (let page = 0; page < 10_000; page += 1) {
      const batch = await store.changesSince('caseHeads', township, seq, 500);
      if (batch.rows.length === 0) return count;
      count += batch.rows.length;
      seq = batch.checkpoint;
    }
    throw new Error('too many case heads');
  } finally {
    await store.close();
  }
}

/** Inserts whole cases (actions accepted, heads folded) into a stopped server's SQLite store, as the demo seed does. */
export async function insertWorkload(
  dataDir: string,
  workload: Pick<SyncWorkload, 'events' | 'heads'>,
): Promise<void> {
  const store = await openSqliteStore(join(dataDir, 'daiban.sqlite'));
  try {
    await store.transaction(async (tx) => {
      for (const { action, actor, now } of workload.events) {
        await tx.insertAction({
          id: action.id,
          caseId: action.caseId,
          regionCode: action.regionCode,
          status: 'accepted',
          rejection: null,
          action,
          authorId: actor.userId,
          serverTime: now,
        });
      }
      for (const head of workload.heads)
        await tx.upsertCaseHead({
          caseId: head.id,
          regionCode: head.regionCode,
          head,
          updatedAt: head.updatedAt,
        });
    });
  } finally {
    await store.close();
  }
}

/** Bytes on the wire as Chromium sees them, between reset() and read(). */
async function wireCounter(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let received = 0;
  let sentBodies = 0;
  let sentHeaders = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    received += event.encodedDataLength;
  });
  cdp.on('Network.requestWillBeSent', (event: { request: { postData?: string; hasPostData?: boolean } }) => {
    requests += 1;
    if (event.request.postData) sentBodies += Buffer.byteLength(event.request.postData);
    else if (event.request.hasPostData) throw new Error('request body not reported: raise maxPostDataSize');
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event: { headers: Record<string, string> }) => {
    for (const [name, value] of Object.entries(event.headers)) sentHeaders += name.length + value.length + 4;
  });
  await cdp.send('Network.enable', { maxPostDataSize: 64 * 1024 * 1024 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    reset() {
      received = 0;
      sentBodies = 0;
      sentHeaders = 0;
      requests = 0;
    },
    read: () => ({ received, sent: sentBodies + sentHeaders, requests }),
  };
}

async function openBenchPage(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(RUN_TIMEOUT_MS);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const wire = await wireCounter(page);
  await page.goto(`${origin}/`); // served as index.html: the sync server serves a STATIC_DIR that has one
  await page
    .waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
      timeout: 60_000,
    })
    .catch((error: unknown) => {
      throw new Error(`bench page at ${origin} not ready: ${problems.join(' | ') || String(error)}`);
    });
  wire.reset();
  return { page, wire, close: () => context.close() };
}

type Bench = { daibanBench: SyncBenchPage };

export async function runSyncBench(): Promise<Record<string, Measurement[]>> {
  if (!isChromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error('sync bench: no Chromium at /usr/bin/chromium');
    console.warn('!!! sync bench skipped: no Chromium (apt-get install chromium)');
    return {};
  }
  console.info('sync bench: building the bench page…');
  const server = await startServer({ env: { STATIC_DIR: benchPageDir() } });
  let browser: Browser | null = null;
  let peer: PeerServer | null = null;
  try {
    await server.stop('SIGTERM');
    // The seeded data directory already holds the demo history: add cases up to CASES in the township.
    const existing = await countCaseHeads(server.dataDir, benchTownship());
    console.info(`sync bench: generating ${CASES - existing} cases for ${BENCH_REVIEWER}'s township…`);
    const workload = buildSyncWorkload(CASES - existing, PUSHED);
    const insertStarted = performance.now();
    await insertWorkload(server.dataDir, workload);
    const insertMs = performance.now() - insertStarted;
    await server.restart();

    const reviewer = await login(server, BENCH_REVIEWER);
    const heads = await pullAll(server, reviewer.accessToken, 'caseHeads');
    const actions = await pullAll(server, reviewer.accessToken, 'actions');
    const wireBytes = Buffer.byteLength(JSON.stringify(heads)) + Buffer.byteLength(JSON.stringify(actions));
    console.info(
      `sync bench: ${heads.length} heads and ${actions.length} actions in scope; starting the peer…`,
    );
    peer = await startPeerServer(SYNC_BENCH_PAGE_DIR, { caseHeads: heads, actions });
    browser = await launchBrowser();

    const token = reviewer.accessToken;
    const floorUrls = peer.floorUrls;
    const couchUrl = peer.couchUrl;
    const runOurs = async () => {
      const view = await openBenchPage(browser as Browser, server.url);
      const result = await view.page.evaluate(
        (session) => (window as unknown as Bench).daibanBench.oursPull(session),
        { accessToken: token },
      );
      const wire = view.wire.read();
      await view.close();
      if (result.heads !== heads.length || result.actions !== actions.length)
        throw new Error(`ours synced ${result.heads}/${result.actions}: ${result.errors.join('; ')}`);
      return { ms: result.ms, wire };
    };
    const runFloor = async () => {
      const view = await openBenchPage(browser as Browser, (peer as PeerServer).url);
      const result = await view.page.evaluate(
        (urls) => (window as unknown as Bench).daibanBench.floor(urls),
        floorUrls,
      );
      await view.close();
      if (result.heads !== heads.length || result.actions !== actions.length)
        throw new Error(`floor wrote ${result.heads}/${result.actions}`);
      return { ms: result.ms };
    };
    const runPeer = async () => {
      const view = await openBenchPage(browser as Browser, (peer as PeerServer).url);
      const result = await view.page.evaluate(
        (remote) => (window as unknown as Bench).daibanBench.peerPull(remote),
        couchUrl,
      );
      const wire = view.wire.read();
      await view.close();
      if (result.heads !== heads.length || result.actions !== actions.length)
        throw new Error(`peer synced ${result.heads}/${result.actions}`);
      return { ms: result.ms, wire };
    };

    // Interleaved repetitions (each in a fresh browser context and database); the median is reported.
    const oursRuns: Awaited<ReturnType<typeof runOurs>>[] = [];
    const floorRuns: number[] = [];
    const peerRuns: Awaited<ReturnType<typeof runPeer>>[] = [];
    for (let repeat = 1; repeat <= REPEATS; repeat += 1) {
      console.info(`sync bench: initial sync ${repeat}/${REPEATS}: ours (RxDB + Dexie, sealed)…`);
      oursRuns.push(await runOurs());
      console.info(`sync bench: initial sync ${repeat}/${REPEATS}: floor (Dexie bulkPut)…`);
      floorRuns.push((await runFloor()).ms);
      console.info(`sync bench: initial sync ${repeat}/${REPEATS}: peer (PouchDB idb ← express-pouchdb)…`);
      peerRuns.push(await runPeer());
    }
    const ours = { ms: median(oursRuns.map((r) => r.ms)) };
    const oursWire = oursRuns[0]?.wire ?? { received: 0, sent: 0, requests: 0 };
    const floor = { ms: median(floorRuns) };
    const peerRun = { ms: median(peerRuns.map((r) => r.ms)) };
    const peerWire = peerRuns[0]?.wire ?? { received: 0, sent: 0, requests: 0 };
    const spread = (values: number[]) =>
      `${REPEATS} runs, median; min–max ${round(Math.min(...values) / 1000, 1)}–${round(Math.max(...values) / 1000, 1)} s`;

    console.info('sync bench: ours without sealing (diagnostic, one run)…');
    const plainPage = await openBenchPage(browser, server.url);
    const plain = await plainPage.page.evaluate(
      (session) => (window as unknown as Bench).daibanBench.oursPull(session, { sealed: false }),
      { accessToken: token },
    );
    await plainPage.close();
    if (plain.heads !== heads.length || plain.actions !== actions.length)
      throw new Error(`ours (unsealed) synced ${plain.heads}/${plain.actions}: ${plain.errors.join('; ')}`);

    // Push: one village agent's tablet sends its backlog of new cases (submit actions).
    console.info(`sync bench: push of ${PUSHED} actions…`);
    const agent = await login(server, workload.pushAgent.username);
    const pushDocs: WireAction[] = workload.pushActions.map((action) => ({
      ...action,
      deviceId: agent.deviceId,
      status: 'pending',
      rejection: null,
      serverTime: null,
    }));
    const pushPage = await openBenchPage(browser, server.url);
    const oursPush = await pushPage.page.evaluate(
      ({ session, docs }) => (window as unknown as Bench).daibanBench.oursPush(session, docs),
      { session: { accessToken: agent.accessToken }, docs: pushDocs },
    );
    const oursPushWire = pushPage.wire.read();
    await pushPage.close();
    const pushed = await pullAll(server, agent.accessToken, 'actions');
    const accepted = pushed.filter((d) => String(d.id).startsWith('bench-push-') && d.status === 'accepted');
    if (accepted.length !== PUSHED)
      throw new Error(`ours push: ${accepted.length} of ${PUSHED} accepted: ${oursPush.errors.join('; ')}`);

    const peerPushPage = await openBenchPage(browser, peer.url);
    const peerPushDocs = pushDocs.map((doc) => ({ ...doc, _id: doc.id }));
    const peerPush = await peerPushPage.page.evaluate(
      ({ remote, docs }) => (window as unknown as Bench).daibanBench.peerPush(remote, docs),
      { remote: couchUrl, docs: peerPushDocs },
    );
    const peerPushWire = peerPushPage.wire.read();
    await peerPushPage.close();
    if ((await peer.docCount('pushactions')) !== PUSHED) throw new Error('peer push incomplete');

    const docs = heads.length + actions.length;
    const initial: Measurement[] = [
      {
        name: 'documents',
        unit: 'docs',
        value: docs,
        note: `${heads.length} case heads + ${actions.length} actions in ${BENCH_REVIEWER}'s township ${workload.township}: the ${existing} demo-history cases + ${workload.heads.length} generated by generateDemoHistory and folded by the domain reducer, inserted with the Store API in ${round(insertMs / 1000, 1)} s; ${round(wireBytes / 2 ** 20, 1)} MiB as JSON`,
      },
      {
        name: 'ours: initial sync',
        unit: 'ms',
        value: round(ours.ms),
        note: `fresh RxDB 17 database (src/db, Dexie on IndexedDB) with encryption at rest ON (AES-GCM sealing + HMAC of ID numbers, src/db/record-sealing); the app's pull handlers and converters (src/sync), batch ${PULL_BATCH_DEVICE}, caseHeads and actions at once (one-shot replicateRxCollection, live: false, no SSE, no leader election); start to last checkpoint; ${spread(oursRuns.map((r) => r.ms))}`,
      },
      {
        name: 'ours: throughput',
        unit: 'docs/s',
        value: round(docs / (ours.ms / 1000)),
        note: 'documents per second of the initial sync',
      },
      {
        name: 'ours: bytes received',
        unit: 'bytes',
        value: oursWire.received,
        note: `Chromium CDP Network.loadingFinished encodedDataLength (compressed bodies + response headers), ${oursWire.requests} requests`,
      },
      {
        name: 'ours: bytes sent',
        unit: 'bytes',
        value: oursWire.sent,
        note: 'request headers (bearer token, protocol header) + bodies',
      },
      {
        name: 'ours without sealing (diagnostic)',
        unit: 'ms',
        value: round(plain.ms),
        note: 'the same run with the sealed fields stored as plain JSON and no HMAC (bench-only converters, not an app mode): the difference is the cost of encryption at rest',
      },
      {
        name: 'floor: Dexie bulkPut',
        unit: 'ms',
        value: round(floor.ms),
        note: `the same wire documents (plain JSON) bulkPut into two plain Dexie tables in the same browser; no network, no sealing; ${spread(floorRuns)}`,
      },
      {
        name: 'peer: initial sync',
        unit: 'ms',
        value: round(peerRun.ms),
        note: `PouchDB 9 (pouchdb-browser, IndexedDB adapter) replicating both databases at once from express-pouchdb 4.2 (memory adapter, gzip) on localhost; plain documents, no encryption; PouchDB's default batch 100; ${spread(peerRuns.map((r) => r.ms))}`,
      },
      {
        name: 'peer: bytes received',
        unit: 'bytes',
        value: peerWire.received,
        note: `same CDP counting, ${peerWire.requests} requests (_changes, _bulk_get, checkpoints)`,
      },
      {
        name: 'peer: bytes sent',
        unit: 'bytes',
        value: peerWire.sent,
        note: 'request headers + bodies (_bulk_get requests, checkpoint documents)',
      },
      {
        name: 'ratio ours / floor',
        unit: '×',
        target: '≤ 2×',
        value: round(ours.ms / floor.ms, 2),
        note: 'how far our initial sync is from the raw IndexedDB write cost',
      },
      {
        name: 'ratio peer / ours',
        unit: '×',
        target: '≥ 3×',
        value: round(peerRun.ms / ours.ms, 2),
        note: '> 1: we are faster than PouchDB/CouchDB replication',
      },
      {
        name: 'ratio bytes ours / peer',
        unit: '×',
        target: '≤ 0.5×',
        value: round(oursWire.received / peerWire.received, 2),
        note: '< 1: we download fewer bytes',
      },
    ];
    const push: Measurement[] = [
      {
        name: 'ours: push',
        unit: 'ms',
        value: round(oursPush.ms),
        note: `${PUSHED} submit actions (new cases) by agent ${workload.pushAgent.username}, already in the device database (sealed, pending); the app's push handler, batch 100; the server folds each through the reducer (all ${PUSHED} accepted)`,
      },
      {
        name: 'ours: bytes sent',
        unit: 'bytes',
        value: oursPushWire.sent,
        note: `request bodies (uncompressed JSON) + headers, ${oursPushWire.requests} requests`,
      },
      {
        name: 'ours: bytes received',
        unit: 'bytes',
        value: oursPushWire.received,
        note: 'responses: each stored record handed back with its verdict and serverTime (gzip), so a device that skipped the streamed copy still learns it',
      },
      {
        name: 'peer: push',
        unit: 'ms',
        value: round(peerPush.ms),
        note: `the same ${PUSHED} documents in a local PouchDB (idb), replicated to express-pouchdb (no validation, no fold)`,
      },
      {
        name: 'peer: bytes sent',
        unit: 'bytes',
        value: peerPushWire.sent,
        note: `request bodies + headers, ${peerPushWire.requests} requests (_revs_diff, _bulk_docs, checkpoints)`,
      },
      {
        name: 'peer: bytes received',
        unit: 'bytes',
        value: peerPushWire.received,
        note: 'responses',
      },
      {
        name: 'ratio peer / ours (push time)',
        unit: '×',
        value: round(peerPush.ms / oursPush.ms, 2),
        note: '> 1: our push is faster',
      },
      {
        name: 'ratio bytes sent ours / peer (push)',
        unit: '×',
        value: round(oursPushWire.sent / peerPushWire.sent, 2),
        note: '< 1: we upload fewer bytes',
      },
    ];
    return {
      [`Initial sync of a township tablet (${CASES.toLocaleString('en-US')} cases, headless Chromium)`]:
        initial,
      [`Push of ${PUSHED.toLocaleString('en-US')} actions from one tablet`]: push,
    };
  } finally {
    await browser?.close();
    await peer?.close();
    await server.dispose();
  }
}
