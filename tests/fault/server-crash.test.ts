/**
 * Fault: the sync server is killed with SIGKILL while several tablets push at the same moment, and
 * restarted. Four agents of 北陂镇 write 代办登记 (submit) records as fast as they can; the server dies when
 * at least two of them have a push request on the wire; they keep writing while it is down. After the
 * restart and the tablets' own retries: every write the server acknowledged before the crash is stored,
 * every write is stored exactly once, every case has one head with one timeline entry, the reviewer's
 * tablet holds them all, and the SQLite file passes its integrity check.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../support/server-process';
import { openSyncTestClient, type SyncTestClient, type SyncedDoc } from '../support/sync-test-client';
import { serverDocuments, sleep, submitBy, waitFor } from './fault-helpers';

/** Four villages of 北陂镇 (360799101) and one of its township reviewers: 10 RxDB collections in all. */
const AGENTS = ['cun042', 'cun043', 'cun044', 'cun045'];
const REVIEWER = 'zhen05a';
/** Records each agent writes while the server is down. */
const WRITES_WHILE_DOWN = 3;

describe('server killed with SIGKILL during concurrent pushes', () => {
  let server: ServerProcess;
  const clients: SyncTestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.dispose();
  });

  it('loses no acknowledged write and stores none twice once the tablets retried', async () => {
    const agents = await Promise.all(
      AGENTS.map((username) => openSyncTestClient({ baseUrl: server.url, username })),
    );
    const reviewer = await openSyncTestClient({ baseUrl: server.url, username: REVIEWER });
    clients.push(...agents, reviewer);

    // Every agent writes until the crash, one record at a time, each push racing the others'.
    let isKilled = false;
    const written = new Map<SyncTestClient, SyncedDoc[]>(agents.map((agent) => [agent, []]));
    const writers = agents.map(async (agent) => {
      for (let count = 0; !isKilled && count < 200; count += 1) {
        const doc = submitBy(agent.actor, agent.deviceNow());
        written.get(agent)?.push(doc);
        await agent.actions.insert(doc);
        await sleep(15);
      }
    });

    // Kill when pushes of two or more tablets are on the wire and some writes are already acknowledged.
    const acknowledgedCount = () => agents.reduce((sum, agent) => sum + agent.acknowledged.size, 0);
    let pushingAtKill = 0;
    await waitFor('two tablets pushing at once', async () => {
      pushingAtKill = agents.filter((agent) => agent.pushesInFlight() > 0).length;
      return pushingAtKill >= 2 && acknowledgedCount() >= 8;
    });
    const killing = server.stop('SIGKILL');
    isKilled = true;
    const acknowledgedBeforeCrash = new Set(agents.flatMap((agent) => [...agent.acknowledged]));
    await killing;
    await Promise.all(writers);
    expect(pushingAtKill).toBeGreaterThanOrEqual(2);

    // Offline work goes on while the server is down.
    for (const agent of agents)
      for (let count = 0; count < WRITES_WHILE_DOWN; count += 1) {
        const doc = submitBy(agent.actor, agent.deviceNow());
        written.get(agent)?.push(doc);
        await agent.actions.insert(doc);
      }
    const all = [...written.values()].flat();
    expect(acknowledgedBeforeCrash.size).toBeLessThan(all.length); // the crash came mid-way

    await server.restart();
    for (const agent of agents) {
      const mine = written.get(agent) ?? [];
      await waitFor(`${agent.actor.name}'s tablet holds all ${mine.length} records accepted`, async () => {
        const docs = await agent.actions.findByIds(mine.map((doc) => doc.id)).exec();
        return mine.every((doc) => docs.get(doc.id)?.get('status') === 'accepted');
      });
    }

    // The server: every write once, every acknowledged write kept, one head per case with one entry.
    const stored = await serverDocuments(server, REVIEWER, 'actions');
    const storedIds = stored.map((doc) => doc.id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    for (const id of acknowledgedBeforeCrash) expect(storedIds).toContain(id);
    for (const doc of all) expect(storedIds.filter((id) => id === doc.id)).toHaveLength(1);
    const caseIds = new Set(all.map((doc) => String(doc.caseId)));
    const heads = (await serverDocuments(server, REVIEWER, 'caseHeads')).filter((head) =>
      caseIds.has(head.id),
    );
    expect(heads).toHaveLength(caseIds.size);
    for (const head of heads) {
      expect(head.status).toBe('submitted');
      expect(head.timeline).toHaveLength(1);
    }

    // The township reviewer's tablet converges to the same heads.
    await waitFor('the reviewer holds every head', async () => {
      const docs = await reviewer.heads.findByIds([...caseIds]).exec();
      return [...caseIds].every((id) => docs.get(id)?.get('status') === 'submitted');
    });
  });

  it('leaves a SQLite file that passes its integrity check', async () => {
    await server.stop('SIGTERM');
    const db = new Database(join(server.dataDir, 'daiban.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
