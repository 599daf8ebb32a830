/**
 * Fault: a bad network between 10 tablets and the server. Every tablet (its own process) talks to the real
 * server through tcp-fault-proxy, which refuses some connections, cuts open ones mid-request or mid-answer,
 * delays every chunk, and twice cuts everything at once. Eight agent tablets (two per village of 北陂镇)
 * write 代办登记 records; both township reviewers race to 收件 every new case. Then every tablet holds
 * exactly what the server holds for its user (actions and case heads, field for field), tablets of the
 * same user hold identical data, no record is pending, and each race has exactly one winner.
 *
 * The proxy's choices come from one seed, printed on failure: FAULT_SEED=<seed> replays them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../sync-server/src/replication/canonical-json';
import { startServer, type ServerProcess } from '../support/server-process';
import type { SyncedDoc } from '../support/sync-test-client';
import { faultSeed, startTcpFaultProxy, type TcpFaultProxy } from '../support/tcp-fault-proxy';
import { spawnSyncClient, type ClientProcess, type ClientSnapshot } from './client-process';
import { byId, serverDocuments, sleep, stepBy, submitBy, waitFor } from './fault-helpers';

const VILLAGE_AGENTS = ['cun042', 'cun043', 'cun044', 'cun045'];
const REVIEWERS = ['zhen05a', 'zhen05b'];
const WRITES_PER_AGENT_TABLET = 4;
const FAULTS = { refuseRate: 0.1, cutRate: 0.02, maxDelayMs: 60 };

describe('10 tablets behind a network that drops and delays connections', () => {
  const seed = faultSeed();
  let server: ServerProcess;
  let proxy: TcpFaultProxy;
  const tablets: { username: string; client: ClientProcess }[] = [];

  beforeAll(async () => {
    server = await startServer();
    proxy = await startTcpFaultProxy({ targetPort: server.port, seed, faults: FAULTS });
  });
  afterAll(async () => {
    await Promise.all(tablets.map(({ client }) => client.close()));
    await proxy?.close();
    await server?.dispose();
  });

  it(`converges: every tablet holds what the server holds for its user (FAULT_SEED=${seed})`, async () => {
    const usernames = [...VILLAGE_AGENTS.flatMap((username) => [username, username]), ...REVIEWERS];
    const opened = await Promise.allSettled(
      usernames.map((username, index) =>
        spawnSyncClient({
          baseUrl: proxy.url,
          username,
          deviceName: `测试平板 ${index + 1}`,
          retryMs: 300,
          timeoutMs: 8_000,
        }),
      ),
    );
    // Every started tablet is kept (afterAll closes it) before a failed start is reported.
    opened.forEach((result, index) => {
      if (result.status === 'fulfilled')
        tablets.push({ username: usernames[index] ?? '', client: result.value });
    });
    for (const result of opened) if (result.status === 'rejected') throw result.reason;
    const agents = tablets.filter(({ client }) => client.actor.role === 'agent');
    const submits: SyncedDoc[] = [];
    const caseIds = () => submits.map((doc) => String(doc.caseId));
    /** The server's data per user, read once nothing is pending any more. */
    const expected = new Map<string, { actions: SyncedDoc[]; heads: SyncedDoc[] }>();
    const viewOf = (username: string) => expected.get(username) ?? { actions: [], heads: [] };
    const describeTablets = async () => {
      const lines = await Promise.all(
        tablets.map(async ({ username, client }) => {
          const counts = await client.counts();
          const view = expected.get(username);
          const newCases = (await client.heads(caseIds())).length;
          return (
            `${username}: ${counts.actions}/${view?.actions.length ?? '?'} actions, ` +
            `${counts.heads}/${view?.heads.length ?? '?'} heads (${newCases}/${submits.length} new), ` +
            `${counts.pending} pending`
          );
        }),
      );
      const errors = await Promise.all(
        tablets.map(
          async ({ username, client }) =>
            `--- ${username}: ${JSON.stringify(await client.debug())}\nlast output:\n${client.output().slice(-1_000)}`,
        ),
      );
      return `${lines.join('\n')}\nproxy ${JSON.stringify(proxy.stats)}\n${errors.join('\n')}`;
    };
    const reviewers = tablets.filter(({ client }) => client.actor.role === 'reviewer');

    // Agents write; reviewers 收件 every new case they see; the network fails twice on the way.
    const writing = Promise.all(
      agents.map(async ({ client }) => {
        for (let count = 0; count < WRITES_PER_AGENT_TABLET; count += 1) {
          const doc = submitBy(client.actor, new Date().toISOString());
          submits.push(doc);
          await client.insert([doc]);
          await sleep(150);
        }
      }),
    );
    const received = new Map<ClientProcess, Set<string>>(reviewers.map(({ client }) => [client, new Set()]));
    const receives: SyncedDoc[] = [];
    let isWriting = true;
    void writing.finally(() => (isWriting = false));
    const outages = (async () => {
      await sleep(600);
      proxy.cutAll();
      await sleep(900);
      proxy.cutAll();
    })();
    const allReceived = () =>
      [...received.values()].every((ids) => caseIds().every((caseId) => ids.has(caseId)));
    await waitFor(
      'both reviewers saw every new case and sent their 收件',
      async () => {
        for (const { client } of reviewers) {
          const done = received.get(client) ?? new Set<string>();
          for (const head of await client.heads(caseIds().filter((id) => !done.has(id)))) {
            const receive = stepBy('receive', client.actor, head.id, String(head.regionCode));
            receives.push(receive);
            done.add(head.id);
            await client.insert([receive]);
          }
        }
        return !isWriting && allReceived();
      },
      { timeoutMs: 120_000, intervalMs: 200, describe: () => describeTablets() },
    );
    await Promise.all([writing, outages]);
    expect(submits).toHaveLength(VILLAGE_AGENTS.length * 2 * WRITES_PER_AGENT_TABLET);

    // Converged: no tablet holds a pending record, and each holds exactly the server's view of its user.
    // Nothing else writes, so once no tablet waits for the server its data is final: read it then.
    await waitFor(
      'no tablet holds a pending record',
      async () =>
        (await Promise.all(tablets.map(({ client }) => client.counts()))).every((c) => c.pending === 0),
      { timeoutMs: 120_000, intervalMs: 500, describe: () => describeTablets() },
    );
    for (const username of new Set(usernames))
      expected.set(username, {
        actions: byId(await serverDocuments(server, username, 'actions')),
        heads: byId(await serverDocuments(server, username, 'caseHeads')),
      });
    const snapshots = new Map<ClientProcess, ClientSnapshot>();
    await waitFor(
      'every tablet holds what the server holds for its user',
      async () => {
        for (const { username, client } of tablets) {
          const counts = await client.counts();
          const view = viewOf(username);
          if (counts.actions !== view.actions.length || counts.heads !== view.heads.length) return false;
        }
        for (const { username, client } of tablets) {
          const snapshot = await client.snapshot();
          snapshots.set(client, snapshot);
          const view = viewOf(username);
          if (canonicalJson(snapshot.actions) !== canonicalJson(view.actions)) return false;
          if (canonicalJson(snapshot.heads) !== canonicalJson(view.heads)) return false;
        }
        return true;
      },
      { timeoutMs: 120_000, intervalMs: 500, describe: () => describeTablets() },
    );
    for (const { username, client } of tablets) {
      const snapshot = snapshots.get(client);
      const view = viewOf(username);
      expect(snapshot?.actions).toEqual(view.actions);
      expect(snapshot?.heads).toEqual(view.heads);
    }
    // Every write reached the server once; each 收件 race has exactly one winner.
    const township = viewOf(REVIEWERS[0] ?? '');
    for (const doc of submits)
      expect(township.actions.filter((stored) => stored.id === doc.id)).toMatchObject([
        { status: 'accepted' },
      ]);
    for (const caseId of caseIds()) {
      const verdicts = township.actions
        .filter((stored) => stored.caseId === caseId && stored.type === 'receive')
        .map((stored) => stored.status)
        .sort();
      expect(verdicts).toEqual(['accepted', 'rejected']);
      expect(township.heads.find((head) => head.id === caseId)?.status).toBe('received');
    }
    // The faults really happened.
    expect(proxy.stats.refused).toBeGreaterThan(0);
    expect(proxy.stats.cut).toBeGreaterThan(2);
    expect(proxy.stats.delayedChunks).toBeGreaterThan(0);
  }, 420_000);
});
