/**
 * Real RxDB clients in Node (memory storage, replicateRxCollection with pull/push/stream handlers over
 * fetch) against the real sync-server process: two clients converge; a client offline for a while catches
 * up; a server killed with SIGKILL during pushes and restarted loses no acknowledged write and stores no
 * duplicate once the clients retried. One server process for the file (seeding is slow).
 */
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { Subject } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../src/demo';
import type { Checkpoint, PullResponse, PushRow } from '../../src/domain/wire/replication-messages';
import {
  newId,
  stepDocument,
  submitDocument,
  type Pusher,
} from '../../sync-server/src/replication/replication-test-fixtures';
import { startServer, type ServerProcess } from '../support/server-process';

type Doc = { id: string } & Record<string, unknown>;
const schemaOf = (title: string): RxJsonSchema<Doc> => ({
  title,
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

interface Client {
  actor: Pusher & { scope: string };
  db: RxDatabase;
  actions: RxCollection<Doc>;
  heads: RxCollection<Doc>;
  /** Ids the server acknowledged (a push request answered 200). */
  acknowledged: Set<string>;
  /** Called as a push request is sent (the crash test kills the server right then). */
  onPush: (() => void) | null;
  setOnline(isOnline: boolean): void;
  close(): Promise<void>;
}

let server: ServerProcess;
const clients: Client[] = [];

async function signIn(username: string) {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, deviceName: 'RxDB 测试客户端' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return (await response.json()) as {
    accessToken: string;
    user: { id: string; name: string; role: Pusher['role']; scope: string };
  };
}

async function openClient(username: string): Promise<Client> {
  const { accessToken, user } = await signIn(username);
  const headers = { authorization: `Bearer ${accessToken}` };
  let isOnline = true;
  let isClosed = false;
  const db = await createRxDatabase({
    name: newId('client').toLowerCase(),
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const collections = await db.addCollections({
    actions: { schema: schemaOf('actions') },
    heads: { schema: schemaOf('heads') },
  });
  const acknowledged = new Set<string>();
  const offline = () => new Error('offline');

  const pullHandler =
    (collection: string) => async (checkpoint: Checkpoint | undefined, batchSize: number) => {
      if (!isOnline) throw offline();
      const url = `${server.url}/api/replication/${collection}/pull?seq=${checkpoint?.seq ?? 0}&limit=${batchSize}`;
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`pull ${collection}: ${response.status}`);
      const body = (await response.json()) as PullResponse<Doc>;
      return { documents: body.documents, checkpoint: body.checkpoint };
    };

  const streamOf = (collection: string) => {
    const subject = new Subject<PullResponse<Doc> | 'RESYNC'>();
    void (async () => {
      while (!isClosed) {
        if (!isOnline) {
          await sleep(100);
          continue;
        }
        try {
          const response = await fetch(`${server.url}/api/replication/${collection}/stream`, { headers });
          const reader = response.body?.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          while (reader && !isClosed && isOnline) {
            const { done, value } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
              const line = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (line.startsWith('data: '))
                subject.next(JSON.parse(line.slice(6)) as PullResponse<Doc> | 'RESYNC');
            }
          }
          await reader?.cancel().catch(() => undefined);
        } catch {
          // server down: try again
        }
        await sleep(200);
      }
    })();
    return subject;
  };

  const replicate = (
    collection: RxCollection<Doc>,
    remote: string,
    canPush: boolean,
  ): RxReplicationState<Doc, Checkpoint> =>
    replicateRxCollection<Doc, Checkpoint>({
      collection,
      replicationIdentifier: `${remote}-${server.url}`,
      live: true,
      retryTime: 200,
      waitForLeadership: false,
      pull: { handler: pullHandler(remote), batchSize: 100, stream$: streamOf(remote).asObservable() },
      push: canPush
        ? {
            batchSize: 10,
            handler: async (rows) => {
              if (!isOnline) throw offline();
              client.onPush?.();
              const body: PushRow[] = rows.map((row) => ({
                assumedMasterState: row.assumedMasterState ?? null,
                newDocumentState: row.newDocumentState,
              }));
              const response = await fetch(`${server.url}/api/replication/${remote}/push`, {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/json' },
                body: JSON.stringify(body),
              });
              if (!response.ok) throw new Error(`push ${remote}: ${response.status}`);
              const { conflicts } = (await response.json()) as { conflicts: Doc[] };
              for (const row of rows) acknowledged.add(row.newDocumentState.id);
              return conflicts.map((doc) => ({ ...doc, _deleted: false }));
            },
          }
        : undefined,
    });

  const replications = [
    replicate(collections.actions, 'actions', true),
    replicate(collections.heads, 'caseHeads', false),
  ];
  const client: Client = {
    actor: { userId: user.id, name: user.name, role: user.role, scope: user.scope },
    db,
    actions: collections.actions,
    heads: collections.heads,
    acknowledged,
    onPush: null,
    setOnline: (value) => void (isOnline = value),
    async close() {
      isClosed = true;
      await Promise.all(replications.map((r) => r.cancel()));
      await db.close();
    },
  };
  clients.push(client);
  return client;
}

const agentLogin = DEMO_LOGINS.find((l) => l.role === 'agent')?.username ?? '';
const reviewerLogin = DEMO_LOGINS.find((l) => l.role === 'reviewer')?.username ?? '';

async function serverActions(client: Client): Promise<Doc[]> {
  const { accessToken } = await signIn(client.actor.role === 'agent' ? agentLogin : reviewerLogin);
  const documents: Doc[] = [];
  for (let seq = 0; ;) {
    const response = await fetch(`${server.url}/api/replication/actions/pull?seq=${seq}&limit=500`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const page = (await response.json()) as PullResponse<Doc>;
    documents.push(...page.documents);
    if (page.documents.length === 0) return documents;
    seq = page.checkpoint.seq;
  }
}

const statusOf = async (collection: RxCollection<Doc>, id: string) =>
  (await collection.findOne(id).exec())?.get('status');

describe('RxDB clients against the real sync server', () => {
  beforeAll(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('two clients converge: the agent submits, the reviewer receives, both see the same head', async () => {
    const agent = await openClient(agentLogin);
    const reviewer = await openClient(reviewerLogin);
    const caseId = newId('case');
    const submit = submitDocument(caseId, { regionCode: agent.actor.scope, actor: agent.actor });
    await agent.actions.insert(submit as Doc);
    await waitFor(
      'the reviewer receives the case',
      async () => (await statusOf(reviewer.heads, caseId)) === 'submitted',
    );
    // Heads and actions replicate independently: the action may land a moment after the head.
    await waitFor(
      'the reviewer holds the submit action, accepted',
      async () => (await statusOf(reviewer.actions, String(submit.id))) === 'accepted',
    );
    await reviewer.actions.insert(
      stepDocument('receive', caseId, reviewer.actor, { regionCode: agent.actor.scope }) as Doc,
    );
    await waitFor(
      'the agent sees it received',
      async () => (await statusOf(agent.heads, caseId)) === 'received',
    );
    await waitFor('the agent has both actions accepted', async () => {
      const docs = await agent.actions.find({ selector: { caseId } }).exec();
      return docs.length === 2 && docs.every((d) => d.get('status') === 'accepted');
    });
  });

  it('a client offline for a while pushes its actions and catches up with everything else', async () => {
    const online = await openClient(agentLogin);
    const offline = await openClient(agentLogin); // a second tablet of the same station
    await sleep(300);
    offline.setOnline(false);
    const meanwhile = Array.from({ length: 5 }, () =>
      submitDocument(newId('case'), { regionCode: online.actor.scope, actor: online.actor }),
    );
    await online.actions.bulkInsert(meanwhile as Doc[]);
    const written = Array.from({ length: 4 }, () =>
      submitDocument(newId('case'), { regionCode: offline.actor.scope, actor: offline.actor }),
    );
    await offline.actions.bulkInsert(written as Doc[]);
    await sleep(1_000);
    expect(await statusOf(offline.actions, String(written[0]?.id))).toBe('pending');
    offline.setOnline(true);
    const ids = [...meanwhile, ...written].map((d) => String(d.id));
    for (const client of [online, offline]) {
      await waitFor('both tablets hold every action, accepted', async () => {
        const docs = await client.actions.findByIds(ids).exec();
        return ids.every((id) => docs.get(id)?.get('status') === 'accepted');
      });
    }
  });

  it('loses no acknowledged write and stores no duplicate when the server is SIGKILLed during pushes', async () => {
    const agent = await openClient(agentLogin);
    const reviewer = await openClient(reviewerLogin);
    const cases = Array.from({ length: 30 }, () => newId('case'));
    const submits = cases.map((caseId) =>
      submitDocument(caseId, { regionCode: agent.actor.scope, actor: agent.actor }),
    );
    const writing = (async () => {
      for (const submit of submits) {
        await agent.actions.insert(submit as Doc);
        await sleep(20);
      }
    })();
    // Kill the server while a push request is on its way: committed or not, its answer is lost.
    let killed: Promise<void> | null = null;
    agent.onPush = () => {
      if (agent.acknowledged.size >= 5) killed ??= server.stop('SIGKILL');
    };
    await waitFor('the server killed during a push', async () => killed !== null);
    await killed;
    agent.onPush = null;
    const acknowledgedBeforeCrash = new Set(agent.acknowledged);
    expect(acknowledgedBeforeCrash.size).toBeLessThan(submits.length); // the crash came mid-way
    await writing;
    await server.restart();
    await waitFor(
      'every action accepted on the tablet',
      async () => {
        const docs = await agent.actions.find().exec();
        return submits.every((s) => docs.find((d) => d.id === s.id)?.get('status') === 'accepted');
      },
      60_000,
    );
    const stored = await serverActions(agent);
    const storedIds = stored.map((d) => d.id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    for (const id of acknowledgedBeforeCrash) expect(storedIds).toContain(id);
    for (const submit of submits) expect(storedIds.filter((id) => id === submit.id)).toHaveLength(1);
    await waitFor(
      'the reviewer holds every head once',
      async () => {
        const heads = await reviewer.heads.findByIds(cases).exec();
        return cases.every((id) => heads.get(id)?.get('status') === 'submitted');
      },
      60_000,
    );
    for (const caseId of cases) {
      const head = await reviewer.heads.findOne(caseId).exec();
      const timeline = (head?.get('timeline') ?? []) as { actionId: string }[];
      expect(timeline.map((e) => e.actionId)).toHaveLength(1);
    }
  });
});
