/**
 * The live half of a pull: `GET /api/replication/:collection/stream` (Server-Sent Events) read with
 * fetch streaming, because EventSource cannot send the bearer token. Each `data:` line is either
 * `{ documents, checkpoint }` or `"RESYNC"`. On any drop it reconnects with backoff and emits RESYNC
 * so RxDB pulls what it missed from its checkpoint.
 */
import { Observable } from 'rxjs';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../domain/wire/protocol-version';
import {
  STREAM_HEARTBEAT_SECONDS,
  type Checkpoint,
  type SyncedCollection,
} from '../domain/wire/replication-messages';
import { backoffDelay } from './backoff-delay';
import { toLocalDocuments, type LocalDocument, type RecordConverters } from './replication-handlers';

export type PullStreamItem<L> = { documents: LocalDocument<L>[]; checkpoint: Checkpoint } | 'RESYNC';

export interface PullStreamOptions<L> {
  baseUrl?: string;
  fetch?: typeof fetch;
  collection: SyncedCollection;
  getAccessToken(): string | null;
  converters: RecordConverters<L>;
  /** Called when a connection was refused (e.g. 401: the caller refreshes the token). */
  onRefused?(status: number): void;
}

/** Splits an SSE byte stream into the payloads of its `data:` fields (one per event). */
export async function* sseDataEvents(
  body: ReadableStream<Uint8Array>,
  onBytes: () => void = () => undefined,
): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onBytes();
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data !== '') yield data;
        end = buffer.indexOf('\n\n');
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** A stream silent this long (no data, no heartbeat) is taken as dead and reconnected. */
const STREAM_SILENCE_MS = STREAM_HEARTBEAT_SECONDS * 2_500;

export function createPullStream<L>(options: PullStreamOptions<L>): Observable<PullStreamItem<L>> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const url = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api/replication/${options.collection}/stream`;

  return new Observable<PullStreamItem<L>>((subscriber) => {
    let isClosed = false;
    let controller: AbortController | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Which connection is current: a dropped one that wakes up late must not emit or reconnect. */
    let generation = 0;
    let lastHeardAt = Date.now();

    const reconnectLater = () => {
      if (isClosed) return;
      attempt += 1;
      clearTimeout(timer);
      timer = setTimeout(() => void connect(), backoffDelay(attempt));
    };

    const connect = async () => {
      generation += 1;
      const mine = generation;
      const isCurrent = () => mine === generation && !isClosed;
      controller = new AbortController();
      lastHeardAt = Date.now();
      const token = options.getAccessToken();
      try {
        const response = await fetchImpl(url, {
          headers: {
            accept: 'text/event-stream',
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          signal: controller.signal,
        });
        if (!isCurrent()) return;
        if (!response.ok || !response.body) {
          options.onRefused?.(response.status);
          throw new Error(`stream answered ${response.status}`);
        }
        // Connected: whatever happened while disconnected is fetched by a pull from the checkpoint.
        if (attempt > 0) subscriber.next('RESYNC');
        attempt = 0;
        for await (const data of sseDataEvents(response.body, () => (lastHeardAt = Date.now()))) {
          if (!isCurrent()) return;
          const event: unknown = JSON.parse(data);
          if (event === 'RESYNC') subscriber.next('RESYNC');
          else if (
            typeof event === 'object' &&
            event !== null &&
            'documents' in event &&
            'checkpoint' in event
          ) {
            const { documents, checkpoint } = event as {
              documents: Record<string, unknown>[];
              checkpoint: Checkpoint;
            };
            const converted = await toLocalDocuments(documents, options.converters);
            if (!isCurrent()) return;
            subscriber.next({ documents: converted, checkpoint });
          }
        }
      } catch {
        // Dropped, refused or malformed: reconnect below.
      }
      if (isCurrent()) reconnectLater();
    };

    // The server writes a heartbeat every STREAM_HEARTBEAT_SECONDS. A connection silent for much longer
    // is dead even if no error surfaced (a half-open link; a read left pending after a cut): drop it and
    // connect again, without waiting for the stale read.
    const watchdog = setInterval(() => {
      if (isClosed || Date.now() - lastHeardAt < STREAM_SILENCE_MS) return;
      generation += 1;
      controller?.abort();
      lastHeardAt = Date.now();
      reconnectLater();
    }, STREAM_SILENCE_MS / 4);

    void connect();
    return () => {
      isClosed = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      controller?.abort();
    };
  });
}
