/**
 * A tablet's sync in Node, for tests that cross the client/server line: RxDB (memory storage) replicating
 * `actions` (pull, push, SSE stream) and `caseHeads` (pull, stream) with the APP'S OWN handlers
 * (src/sync: ApiClient with its timeouts and token refresh, createPullHandler / createPushHandler,
 * createPullStream with its reconnect + RESYNC), so a fault test exercises the code the tablets run.
 * Records are kept as the wire carries them (no sealing): the tests compare them with the server's.
 *
 * RxDB's open-source build allows 13 open collections per process: at most 6 clients at a time here
 * (tests/fault/client-process.ts runs one client per child process for more).
 */
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { Role } from '../../src/domain/roles';
import type { Checkpoint, SyncedCollection } from '../../src/domain/wire/replication-messages';
import { ApiClient } from '../../src/sync/api-client';
import { createPullStream } from '../../src/sync/pull-stream';
import {
  createPullHandler,
  createPushHandler,
  type RecordConverters,
  type WireDocument,
} from '../../src/sync/replication-handlers';
import { DEMO_PASSWORD_FOR_TESTS } from './server-api';

export type SyncedDoc = { id: string } & Record<string, unknown>;

export interface SyncActor {
  userId: string;
  name: string;
  role: Role;
  scope: string;
}

export interface SyncTestClientOptions {
  /** The server, or a proxy in front of it. */
  baseUrl: string;
  username: string;
  password?: string;
  deviceName?: string;
  /** Retry time of the replications after a failure (the app backs off from 1 s; tests retry faster). */
  retryMs?: number;
  /** Per-request timeout of the ApiClient (the app's default is 15 s). */
  timeoutMs?: number;
  /** How far this device's clock is off (added to Date.now() for `clientTime`). */
  clockOffsetMs?: number;
}

export interface SyncTestClient {
  actor: SyncActor;
  deviceId: string;
  db: RxDatabase;
  actions: RxCollection<SyncedDoc>;
  heads: RxCollection<SyncedDoc>;
  /** Ids of actions whose push request the server answered with 200. */
  acknowledged: Set<string>;
  /** Push requests sent and not answered yet. */
  pushesInFlight(): number;
  /** Called as a push request is about to be sent (a crash test kills the server right then). */
  onPush: ((ids: readonly string[]) => void) | null;
  /** This device's clock (ISO), skewed by `clockOffsetMs`: what it writes into `clientTime`. */
  deviceNow(): string;
  /** Actions and heads as stored on the device, without RxDB's own fields, sorted by id. */
  snapshot(): Promise<{ actions: SyncedDoc[]; heads: SyncedDoc[] }>;
  /** The replications' inner state (for a fault test's failure message). */
  debug(): unknown;
  close(): Promise<void>;
}

const schemaOf = (title: string): RxJsonSchema<SyncedDoc> => ({
  title,
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 128 } },
  required: ['id'],
});

/** The wire record is the device record here: only `_deleted` is RxDB's. */
const plainConverters: RecordConverters<SyncedDoc> = {
  toLocal: async (wire: WireDocument) => {
    const { _deleted: _ignored, ...rest } = wire;
    return rest as SyncedDoc;
  },
  toWire: async (local) => {
    const { _deleted: _ignored, ...rest } = local as SyncedDoc & { _deleted?: boolean };
    return rest;
  },
};

let databaseCounter = 0;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Signs in through the app's ApiClient, retrying network failures (a proxy may drop the first tries). */
async function signIn(api: ApiClient, options: SyncTestClientOptions) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await api.login({
        username: options.username,
        password: options.password ?? DEMO_PASSWORD_FOR_TESTS,
        deviceName: options.deviceName ?? `测试平板 ${options.username}`,
      });
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (attempt >= 40 || (typeof status === 'number' && status >= 400 && status < 500)) throw error;
      await sleep(250);
    }
  }
}

export async function openSyncTestClient(options: SyncTestClientOptions): Promise<SyncTestClient> {
  const tokens = { access: null as string | null, refresh: null as string | null, deviceId: '' };
  const api = new ApiClient({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? 10_000,
    session: {
      getAccessToken: () => tokens.access,
      getRefreshToken: () => tokens.refresh,
      getDeviceId: () => tokens.deviceId,
      setTokens: (next) => {
        tokens.access = next.accessToken;
        if (next.refreshToken) tokens.refresh = next.refreshToken;
      },
      onSessionExpired: () => {
        tokens.access = null;
      },
    },
  });
  const login = await signIn(api, options);
  tokens.access = login.accessToken;
  tokens.refresh = login.refreshToken;
  tokens.deviceId = login.deviceId;
  const actor: SyncActor = {
    userId: login.user.id,
    name: login.user.name,
    role: login.user.role,
    scope: login.user.scope,
  };

  databaseCounter += 1;
  const db = await createRxDatabase({
    name: `sync-test-${process.pid}-${databaseCounter}-${Date.now()}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const collections = await db.addCollections({
    actions: { schema: schemaOf('actions') },
    heads: { schema: schemaOf('heads') },
  });
  const actions = collections.actions as RxCollection<SyncedDoc>;
  const heads = collections.heads as RxCollection<SyncedDoc>;
  const acknowledged = new Set<string>();
  let inFlight = 0;

  const pushActions = createPushHandler(api, 'actions', plainConverters, {
    markRefused: (local, reason) => ({ ...local, status: 'rejected', rejection: reason }),
  });

  const pullHandlers = {
    actions: createPullHandler(api, 'actions', plainConverters),
    caseHeads: createPullHandler(api, 'caseHeads', plainConverters),
  } as Record<SyncedCollection, ReturnType<typeof createPullHandler<SyncedDoc>>>;
  const newCalls = () => ({ started: 0, finished: 0, failed: 0, lastStartedAt: '' });
  const pullCalls = { actions: newCalls(), caseHeads: newCalls() } as Record<
    SyncedCollection,
    ReturnType<typeof newCalls>
  >;
  const replicate = (
    collection: RxCollection<SyncedDoc>,
    remote: SyncedCollection,
    canPush: boolean,
  ): RxReplicationState<SyncedDoc, Checkpoint> =>
    replicateRxCollection<SyncedDoc, Checkpoint>({
      collection,
      replicationIdentifier: `${remote}-${options.baseUrl}`,
      live: true,
      retryTime: options.retryMs ?? 300,
      waitForLeadership: false,
      pull: {
        handler: async (checkpoint, batchSize) => {
          const calls = pullCalls[remote];
          calls.started += 1;
          calls.lastStartedAt = new Date().toISOString();
          try {
            return await pullHandlers[remote](checkpoint, batchSize);
          } catch (error) {
            calls.failed += 1;
            throw error;
          } finally {
            calls.finished += 1;
          }
        },
        batchSize: 100,
        stream$: createPullStream({
          baseUrl: options.baseUrl,
          collection: remote,
          getAccessToken: () => tokens.access,
          converters: plainConverters,
          onRefused: (status) => {
            if (status === 401) void api.refreshSession().catch(() => false);
          },
        }),
      },
      push: canPush
        ? {
            batchSize: 20,
            handler: async (rows) => {
              const ids = rows.map((row) => row.newDocumentState.id);
              client.onPush?.(ids);
              inFlight += 1;
              try {
                const conflicts = await pushActions(rows);
                for (const id of ids) acknowledged.add(id);
                return conflicts;
              } finally {
                inFlight -= 1;
              }
            },
          }
        : undefined,
    });

  const replications = [replicate(actions, 'actions', true), replicate(heads, 'caseHeads', false)];
  // Replication errors go to stderr (a fault test shows a child's output when it fails); no personal data.
  for (const replication of replications)
    replication.error$.subscribe((error) =>
      console.error(
        `${new Date().toISOString()} ${replication.collection.name}: ${error.code ?? ''} ${
          (error.parameters as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message ??
          error.message
        }`.slice(0, 300),
      ),
    );
  const plain = (docs: { toJSON(): unknown }[]) =>
    docs.map((doc) => doc.toJSON() as SyncedDoc).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const client: SyncTestClient = {
    actor,
    deviceId: login.deviceId,
    db,
    actions,
    heads,
    acknowledged,
    pushesInFlight: () => inFlight,
    onPush: null,
    deviceNow: () => new Date(Date.now() + (options.clockOffsetMs ?? 0)).toISOString(),
    snapshot: async () => ({
      actions: plain(await actions.find().exec()),
      heads: plain(await heads.find().exec()),
    }),
    debug: () =>
      replications.map((replication) => {
        const internal = replication.internalReplicationState as
          | {
              stats: { down: Record<string, number> };
              firstSyncDone: { down: { getValue(): boolean } };
              events: { active: { down: { getValue(): boolean }; up: { getValue(): boolean } } };
            }
          | undefined;
        return {
          collection: replication.collection.name,
          stopped: replication.isStopped(),
          pullCalls: pullCalls[replication.collection.name === 'heads' ? 'caseHeads' : 'actions'],
          down: internal?.stats.down,
          firstSyncDone: internal?.firstSyncDone.down.getValue(),
          activeDown: internal?.events.active.down.getValue(),
          activeUp: internal?.events.active.up.getValue(),
        };
      }),
    async close() {
      await Promise.all(replications.map((replication) => replication.cancel()));
      await db.close();
    },
  };
  return client;
}
