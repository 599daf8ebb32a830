/**
 * The live half of a pull: `GET /api/replication/:collection/stream` (Server-Sent Events) read with
 * fetch streaming, because EventSource cannot send the bearer token. Each `data:` line is either
 * `{ documents, checkpoint }` or `"RESYNC"`. On any drop it reconnects with backoff and emits RESYNC
 * so RxDB pulls what it missed from its checkpoint.
 */
import { Observable } from 'rxjs';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../domain/wire/protocol-version';
import type { Checkpoint, SyncedCollection } from '../domain/wire/replication-messages';
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
export async function* sseDataEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
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

export function createPullStream<L>(options: PullStreamOptions<L>): Observable<PullStreamItem<L>> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const url = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api/replication/${options.collection}/stream`;

  return new Observable<PullStreamItem<L>>((subscriber) => {
    let isClosed = false;
    let controller: AbortController | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = async () => {
      controller = new AbortController();
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
        if (!response.ok || !response.body) {
          options.onRefused?.(response.status);
          throw new Error(`stream answered ${response.status}`);
        }
        // Connected: whatever happened while disconnected is fetched by a pull from the checkpoint.
        if (attempt > 0) subscriber.next('RESYNC');
        attempt = 0;
        for await (const data of sseDataEvents(response.body)) {
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
            subscriber.next({ documents: await toLocalDocuments(documents, options.converters), checkpoint });
          }
        }
      } catch {
        // Dropped, refused or malformed: reconnect below.
      }
      if (isClosed) return;
      attempt += 1;
      timer = setTimeout(() => void connect(), backoffDelay(attempt));
    };

    void connect();
    return () => {
      isClosed = true;
      clearTimeout(timer);
      controller?.abort();
    };
  });
}
