/**
 * One-shot replication of the app's synced collections in the bench page, with the app's own pieces:
 * the RxDB database (src/db), the ApiClient, the pull/push handlers and the sealing converters (src/sync).
 * `live: false` and no leader election: the figures are the replication's, not the engine's scheduling.
 */
import type { RxCollection } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { DataKeys } from '../../../src/db/crypto/field-cipher';
import { openDaibanDatabase, type DaibanDatabase } from '../../../src/db/daiban-database';
import {
  PULL_BATCH_DEVICE,
  PUSH_BATCH_MAX,
  type Checkpoint,
  type SyncedCollection,
} from '../../../src/domain/wire/replication-messages';
import { ApiClient } from '../../../src/sync/api-client';
import { collectionSyncFor } from '../../../src/sync/collection-converters';
import { createPullHandler, createPushHandler } from '../../../src/sync/replication-handlers';

export interface BenchSession {
  accessToken: string;
}

export function benchApiClient(session: BenchSession): ApiClient {
  return new ApiClient({
    timeoutMs: 300_000,
    session: {
      getAccessToken: () => session.accessToken,
      getRefreshToken: () => null,
      getDeviceId: () => null,
      setTokens: () => undefined,
      onSessionExpired: () => undefined,
    },
  });
}

export function openBenchDatabase(prefix: string): Promise<DaibanDatabase> {
  return openDaibanDatabase({ name: `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` });
}

/**
 * Pulls the collections from their stored checkpoints to the end, all at once as the sync engine does.
 * The same `identifier` resumes from where the previous call stopped (RxDB keeps the checkpoint); a
 * function gives each collection its own (the app's sync engine names them `daiban-<collection>-v1`).
 */
export async function pullOnce(
  db: DaibanDatabase,
  keys: DataKeys,
  session: BenchSession,
  collections: readonly SyncedCollection[],
  identifier: string | ((collection: SyncedCollection) => string),
): Promise<{ errors: string[] }> {
  const api = benchApiClient(session);
  const errors: string[] = [];
  const states = collections.map((name) => {
    const pull = createPullHandler(api, name, collectionSyncFor(name, keys).converters);
    const state = replicateRxCollection<unknown, Checkpoint>({
      replicationIdentifier: typeof identifier === 'string' ? `${identifier}-${name}` : identifier(name),
      collection: db.collections[name] as unknown as RxCollection<unknown>,
      live: false,
      waitForLeadership: false,
      autoStart: true,
      retryTime: 1_000,
      pull: { batchSize: PULL_BATCH_DEVICE, handler: (checkpoint, size) => pull(checkpoint, size) },
    });
    state.error$.subscribe((error) => errors.push(String(error)));
    return state;
  });
  await Promise.all(states.map((state) => state.awaitInitialReplication()));
  await Promise.all(states.map((state) => state.cancel()));
  return { errors: errors.slice(0, 3) };
}

/** Pushes the device's pending actions (the app's push handler, batch 100) until none is left. */
export async function pushActionsOnce(
  db: DaibanDatabase,
  keys: DataKeys,
  session: BenchSession,
): Promise<{ errors: string[] }> {
  const { converters, markRefused } = collectionSyncFor('actions', keys);
  if (!markRefused) throw new Error('actions are pushable');
  const push = createPushHandler(benchApiClient(session), 'actions', converters, { markRefused });
  const state = replicateRxCollection<unknown, Checkpoint>({
    replicationIdentifier: `bench-push-${Date.now()}`,
    collection: db.actions as unknown as RxCollection<unknown>,
    live: false,
    waitForLeadership: false,
    autoStart: true,
    retryTime: 1_000,
    push: { batchSize: PUSH_BATCH_MAX, handler: (rows) => push(rows as never) },
  });
  const errors: string[] = [];
  state.error$.subscribe((error) => errors.push(String(error)));
  await state.awaitInitialReplication();
  await state.cancel();
  return { errors: errors.slice(0, 3) };
}
