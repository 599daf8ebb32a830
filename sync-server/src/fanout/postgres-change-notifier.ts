/**
 * Fan-out between server instances on one PostgreSQL database: after a commit an instance tells its own
 * streams and sends NOTIFY on CHANNEL; every other instance LISTENs on a dedicated connection and tells its
 * streams. A lost notification (connection dropped) only delays a stream until its next heartbeat, which
 * re-reads the store anyway; the listener reconnects by itself.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { syncedCollectionSchema, type SyncedCollection } from '../../../src/domain/wire/replication-messages';
import { createLocalChangeNotifier, type ChangeNotifier } from './change-notifier';

export const CHANGE_CHANNEL = 'daiban_changes';
const RECONNECT_DELAY_MS = 1_000;

interface Logger {
  warn(object: object, message: string): void;
}

/** Parses a notification payload `{ from, collections }`; null when it is not one of ours. */
function parsePayload(payload: string | undefined): { from: string; collections: SyncedCollection[] } | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (typeof value !== 'object' || value === null || !('from' in value) || !('collections' in value))
      return null;
    const { from, collections } = value;
    if (typeof from !== 'string' || !Array.isArray(collections)) return null;
    const parsed = collections.map((c) => syncedCollectionSchema.safeParse(c));
    return { from, collections: parsed.flatMap((p) => (p.success ? [p.data] : [])) };
  } catch {
    return null;
  }
}

export async function createPostgresChangeNotifier(url: string, logger: Logger): Promise<ChangeNotifier> {
  const local = createLocalChangeNotifier();
  const instanceId = randomUUID();
  let client: pg.Client | null = null;
  let isClosed = false;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      const payload = parsePayload(message.payload);
      if (payload !== null && payload.from !== instanceId) local.notify(payload.collections);
    });
    const retry = (error: unknown) => {
      if (client === next) client = null;
      next.removeAllListeners('error');
      next.on('error', () => undefined);
      void next.end().catch(() => undefined);
      if (isClosed || reconnectTimer !== null) return;
      logger.warn({ err: error }, 'change fan-out: listener connection lost, reconnecting');
      reconnectTimer = setTimeout(() => {
        reconnectTimer = null;
        void connect().catch(retry);
      }, RECONNECT_DELAY_MS);
      reconnectTimer.unref();
    };
    next.on('error', retry);
    next.on('end', () => retry(new Error('connection ended')));
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
  };
  await connect();

  return {
    notify(collections) {
      local.notify(collections);
      const payload = JSON.stringify({ from: instanceId, collections });
      void client
        ?.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, payload])
        .catch((error: unknown) => logger.warn({ err: error }, 'change fan-out: NOTIFY failed'));
    },
    subscribe: (listener) => local.subscribe(listener),
    async close() {
      isClosed = true;
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
      await local.close();
    },
  };
}
