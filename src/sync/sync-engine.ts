/**
 * The sync engine: one RxDB replication per synced collection (pull with checkpoint {seq}, the SSE
 * stream for live changes, push for actions and consultations), run in the LEADER TAB only (other tabs
 * read the same IndexedDB). Started after unlock; it retries on its own with backoff, probes the
 * server for connectivity, and keeps the sync status store current.
 */
import type { RxCollection } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { auditTime, merge, tap, type Subscription } from 'rxjs';
import {
  PULL_BATCH_DEVICE,
  PUSHABLE_COLLECTIONS,
  PUSH_BATCH_MAX,
  SYNCED_COLLECTIONS,
  type Checkpoint,
  type SyncedCollection,
} from '../domain/wire/replication-messages';
import type { DataKeys } from '../db/crypto/field-cipher';
import type { DaibanDatabase } from '../db/daiban-database';
import { isApiClientError, type ApiClient } from './api-client';
import { readStorageUsage, requestPersistentStorage } from '../db/storage-quota';
import { backoffDelay } from './backoff-delay';
import { collectionSyncFor } from './collection-converters';
import { startConnectivityProber } from './connectivity-prober';
import { createPullStream } from './pull-stream';
import { createPullHandler, createPushHandler } from './replication-handlers';
import { syncStatusStore } from './sync-status-store';
import { refreshThresholds } from './thresholds-refresh';

export interface SyncEngineOptions {
  db: DaibanDatabase;
  keys: DataKeys;
  api: ApiClient;
  getAccessToken(): string | null;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Fixed retry time after success; failures back off from 1 s to 60 s. */
  retryMs?: number;
  /**
   * The signed-in user: refused actions are counted only when they are theirs (a reviewer's tablet pulls the
   * township's actions, colleagues' refused ones included, and those are not this user's to fix).
   */
  userId?: string;
}

export interface SyncEngine {
  syncNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Collections with a live SSE stream. Browsers allow 6 HTTP/1.1 connections per host: seven streams
 * would leave none for pulls and pushes. Reference data changes rarely and is pulled again every
 * REFERENCE_RESYNC_MS and whenever the server comes back.
 */
const LIVE_COLLECTIONS: readonly SyncedCollection[] = ['caseHeads', 'actions', 'consultations'];
const REFERENCE_RESYNC_MS = 5 * 60_000;
/** The status bar's counts are read again at most this often while records change. */
const RECOUNT_EVERY_MS = 300;

const isPushable = (collection: SyncedCollection) =>
  (PUSHABLE_COLLECTIONS as readonly SyncedCollection[]).includes(collection);

function errorText(error: unknown): string {
  if (isApiClientError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, keys, api } = options;
  const states: RxReplicationState<unknown, Checkpoint>[] = [];
  const subscriptions: Subscription[] = [];
  let isStopped = false;
  let failures = 0;
  const set = syncStatusStore.setState;

  const succeeded = () => {
    failures = 0;
    for (const state of states) state.retryTime = options.retryMs ?? 5_000;
    set({ lastSyncedAt: Date.now(), lastError: null });
  };
  const failed = (error: unknown) => {
    failures += 1;
    for (const state of states) state.retryTime = backoffDelay(failures);
    set({ lastError: errorText(error) });
  };
  async function tracked<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      succeeded();
      return result;
    } catch (error) {
      failed(error);
      throw error;
    }
  }

  const refreshDistrictThresholds = () => void refreshThresholds(api).catch(() => false);

  const start = () => {
    if (isStopped || states.length > 0) return;
    set({ firstSync: {} });
    refreshDistrictThresholds();
    const received: Partial<Record<SyncedCollection, number>> = {};
    for (const collectionName of SYNCED_COLLECTIONS) {
      const { converters, markRefused } = collectionSyncFor(collectionName, keys);
      const pull = createPullHandler(api, collectionName, converters);
      const push = markRefused ? createPushHandler(api, collectionName, converters, { markRefused }) : null;
      const state = replicateRxCollection<unknown, Checkpoint>({
        replicationIdentifier: `daiban-${collectionName}-v1`,
        collection: db.collections[collectionName] as unknown as RxCollection<unknown>,
        live: true,
        retryTime: options.retryMs ?? 5_000,
        waitForLeadership: true,
        autoStart: true,
        pull: {
          batchSize: PULL_BATCH_DEVICE,
          handler: (checkpoint, batchSize) => tracked(() => pull(checkpoint, batchSize)),
          stream$: LIVE_COLLECTIONS.includes(collectionName)
            ? createPullStream({
                baseUrl: options.baseUrl,
                fetch: options.fetch,
                collection: collectionName,
                getAccessToken: options.getAccessToken,
                converters,
                onRefused: (status) => {
                  if (status === 401) void api.refreshSession().catch(() => false);
                },
              })
            : undefined,
        },
        ...(push && isPushable(collectionName)
          ? { push: { batchSize: PUSH_BATCH_MAX, handler: (rows) => tracked(() => push(rows as never)) } }
          : {}),
      });
      states.push(state);
      // Progress of the first sync: counted here, shown at most every RECOUNT_EVERY_MS (one store update
      // per received record would re-render the status bar thousands of times).
      subscriptions.push(
        state.received$
          .pipe(
            tap(() => (received[collectionName] = (received[collectionName] ?? 0) + 1)),
            auditTime(RECOUNT_EVERY_MS),
          )
          .subscribe(() => {
            if (syncStatusStore.getState().firstSync) set({ firstSync: { ...received } });
          }),
      );
    }
    void Promise.all(states.map((state) => state.awaitInitialReplication()))
      .then(() => {
        if (!isStopped) set({ firstSync: null });
      })
      .catch(() => undefined);
  };

  // Replication needs an access token; after an offline unlock there is only the refresh token.
  const ensureTokenThenStart = async () => {
    if (isStopped || states.length > 0) return;
    if (!options.getAccessToken()) {
      try {
        if (!(await api.refreshSession())) return;
      } catch {
        return; // the server went away again: the next probe tries again
      }
    }
    start();
  };

  const prober = startConnectivityProber({
    probe: (signal) => api.probeHealth(5_000, signal),
    onChange: (connectivity, at) => {
      const wasOnline = syncStatusStore.getState().connectivity === 'online';
      set(connectivity === 'online' ? { connectivity, lastContactAt: at } : { connectivity });
      if (connectivity !== 'online') return;
      if (states.length === 0) void ensureTokenThenStart();
      else if (!wasOnline) {
        for (const state of states) state.reSync();
        refreshDistrictThresholds();
      }
    },
  });

  // Counts for the status bar; RxDB's change streams include writes made by other tabs. A first sync
  // writes thousands of records, one change event each: the counts are read through the `status` index
  // and at most once per RECOUNT_EVERY_MS, not once per event (that was quadratic in the records pulled).
  const recount = async () => {
    const [pending, rejected, consultations, photos] = await Promise.all([
      db.actions.count({ selector: { status: 'pending' } }).exec(),
      db.actions.find({ selector: { status: 'rejected' } }).exec(),
      db.consultations.find().exec(),
      db.files.find({ selector: { uploadState: { $in: ['waiting', 'uploading'] } } }).exec(),
    ]);
    if (isStopped) return;
    const waiting = consultations.filter((doc) => doc.serverTime === null && !doc.rejection).length;
    const refused = consultations.filter((doc) => Boolean(doc.rejection)).length;
    set({
      pendingRecords: pending + waiting,
      rejectedRecords:
        rejected.filter((doc) => options.userId === undefined || doc.actorId === options.userId).length +
        refused,
      pendingPhotos: photos.length,
    });
  };
  subscriptions.push(
    merge(db.actions.$, db.consultations.$, db.files.$)
      .pipe(auditTime(RECOUNT_EVERY_MS))
      .subscribe(() => void recount().catch(() => undefined)),
  );
  void recount().catch(() => undefined);

  const referenceTimer = setInterval(() => {
    for (const state of states) if (!state.isStopped()) state.reSync();
    if (states.length > 0) refreshDistrictThresholds();
  }, REFERENCE_RESYNC_MS);
  subscriptions.push({ unsubscribe: () => clearInterval(referenceTimer) } as Subscription);

  // Storage: ask to keep IndexedDB from eviction, and warn above 80 % of the quota.
  const checkStorage = async () => {
    const usage = await readStorageUsage();
    set({
      storageWarningPercent:
        usage.isNearlyFull && usage.ratio !== null ? Math.round(usage.ratio * 100) : null,
    });
  };
  void requestPersistentStorage();
  void checkStorage();
  const storageTimer = setInterval(() => void checkStorage(), 5 * 60_000);
  subscriptions.push({ unsubscribe: () => clearInterval(storageTimer) } as Subscription);

  const syncNow = async () => {
    if (await prober.checkNow()) {
      if (states.length === 0) await ensureTokenThenStart();
      else for (const state of states) state.reSync();
    }
  };
  set({ isEngineRunning: true, syncNow: () => void syncNow() });

  return {
    syncNow,
    stop: async () => {
      isStopped = true;
      prober.stop();
      for (const subscription of subscriptions) subscription.unsubscribe();
      await Promise.all(states.map((state) => state.cancel()));
      set({ isEngineRunning: false, syncNow: () => undefined });
    },
  };
}
