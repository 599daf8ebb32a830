/**
 * One Server-Sent-Events replication stream (GET /api/replication/:collection/stream). The client reads it
 * with fetch streaming (the Bearer header authenticates it, not a cookie or an EventSource). It sends:
 * - `data: "RESYNC"` first (the client pulls from its own checkpoint, covering whatever it missed while
 *   disconnected), and again whenever this stream fell behind (more than a batch waiting, or a full socket);
 * - `data: {"documents":[…],"checkpoint":{"seq":n}}` for rows of the caller's jurisdiction committed since;
 * - `: heartbeat` comments every STREAM_HEARTBEAT_SECONDS, which also re-check the store (a notification
 *   from another instance may have been lost) and the device (a revoked tablet's stream ends).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ServerResponse } from 'node:http';
import { PULL_BATCH_MAX, type SyncedCollection } from '../../../src/domain/wire/replication-messages';
import type { ChangeNotifier } from '../fanout/change-notifier';
import type { Store } from '../store/store';
import { wireDocumentOf } from './replication-documents';

/** Bytes buffered for a slow client before the stream gives up on details and sends RESYNC. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface ChangeStreamOptions {
  response: ServerResponse;
  store: Store;
  notifier: ChangeNotifier;
  collection: SyncedCollection;
  scope: string;
  /** Adds the caller's own actions (rejected ones always reach their author). */
  authorId: string | undefined;
  heartbeatMs: number;
  /** False when the caller may no longer read (device revoked, account disabled). */
  isStillAuthorised(): Promise<boolean>;
  logger: FastifyBaseLogger;
  /** Seconds from the notification to the documents written. */
  observeLag?: (seconds: number) => void;
  onClose(): void;
}

export interface ChangeStream {
  close(): void;
}

export async function openChangeStream(options: ChangeStreamOptions): Promise<ChangeStream> {
  const { response, store, collection, scope, logger } = options;
  let cursor = await store.maxSeq();
  let isClosed = false;
  let isChecking = false;
  let isCheckPending = false;
  let isLagging = false;
  /** When the oldest notification not yet answered arrived (null: none waiting). */
  let notifiedAt: number | null = null;

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  const send = (event: unknown) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
    if (response.writableLength > MAX_BUFFERED_BYTES) isLagging = true;
  };

  const resync = async () => {
    cursor = await store.maxSeq();
    send('RESYNC');
  };

  const check = async (): Promise<void> => {
    if (isClosed) return;
    if (isChecking) {
      isCheckPending = true;
      return;
    }
    isChecking = true;
    try {
      do {
        isCheckPending = false;
        if (isLagging) continue; // resumed on 'drain'
        const options_ = collection === 'actions' && options.authorId ? { authorId: options.authorId } : {};
        const batch = await store.changesSince(collection, scope, cursor, PULL_BATCH_MAX + 1, options_);
        if (isClosed) return;
        if (batch.rows.length > PULL_BATCH_MAX) {
          await resync();
        } else if (batch.rows.length > 0) {
          cursor = batch.checkpoint;
          if (notifiedAt !== null) options.observeLag?.((Date.now() - notifiedAt) / 1000);
          send({
            documents: batch.rows.map((row) => wireDocumentOf(collection, row.document)),
            checkpoint: { seq: batch.checkpoint },
          });
        }
        notifiedAt = isCheckPending ? notifiedAt : null;
      } while (isCheckPending && !isClosed);
    } catch (error) {
      logger.warn({ err: error, collection }, 'replication stream: check failed, closing the stream');
      close();
    } finally {
      isChecking = false;
    }
  };

  const unsubscribe = options.notifier.subscribe((collections) => {
    if (!collections.includes(collection)) return;
    notifiedAt ??= Date.now();
    void check();
  });
  const heartbeat = setInterval(() => {
    response.write(': heartbeat\n\n');
    void options.isStillAuthorised().then(
      (isAllowed) => (isAllowed ? check() : close()),
      () => close(),
    );
  }, options.heartbeatMs);

  function close(): void {
    if (isClosed) return;
    isClosed = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!response.writableEnded) response.end();
    options.onClose();
  }

  response.on('drain', () => {
    if (!isLagging || isClosed) return;
    isLagging = false;
    void resync().then(check, close);
  });
  response.on('close', close);
  response.on('error', close);

  send('RESYNC');
  return { close };
}
