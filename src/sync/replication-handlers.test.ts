import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { STREAM_HEARTBEAT_SECONDS } from '../domain/wire/replication-messages';
import { ApiClient } from './api-client';
import { createPullStream, sseDataEvents } from './pull-stream';
import { createPullHandler, createPushHandler, type RecordConverters } from './replication-handlers';

interface Doc {
  id: string;
  note: string;
  status?: string;
  reason?: string;
}

// Plain converters that make the conversion visible: the device keeps `note` upper-case.
const converters: RecordConverters<Doc> = {
  toLocal: async (wire) => ({ id: String(wire.id), note: String(wire.note).toUpperCase() }),
  toWire: async (local) => ({ id: local.id, note: local.note.toLowerCase() }),
};

interface Call {
  url: string;
  method: string;
  body: unknown;
  authorization: string | null;
}

function fakeFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      authorization: headers.get('authorization'),
    };
    calls.push(call);
    return answer(call);
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function client(fetchImpl: typeof fetch) {
  return new ApiClient({
    fetch: fetchImpl,
    session: {
      getAccessToken: () => 'token-1',
      getRefreshToken: () => null,
      getDeviceId: () => 'device-01',
      setTokens: () => undefined,
      onSessionExpired: () => undefined,
    },
  });
}

describe('pull handler', () => {
  it('asks from the checkpoint seq with the batch size and converts the documents', async () => {
    const { calls, fetchImpl } = fakeFetch(() =>
      json(200, { documents: [{ id: 'a1', note: 'hello', _deleted: false }], checkpoint: { seq: 42 } }),
    );
    const pull = createPullHandler(client(fetchImpl), 'consultations', converters);
    const result = await pull({ seq: 7 }, 50);
    expect(calls[0]?.url).toBe('/api/replication/consultations/pull?seq=7&limit=50');
    expect(calls[0]?.authorization).toBe('Bearer token-1');
    expect(result).toEqual({
      documents: [{ id: 'a1', note: 'HELLO', _deleted: false }],
      checkpoint: { seq: 42 },
    });
  });

  it('starts from seq 0 without a checkpoint and refuses a malformed answer', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, { documents: 'nope' }));
    const pull = createPullHandler(client(fetchImpl), 'regions', converters);
    await expect(pull(undefined, 100)).rejects.toThrow();
    expect(calls[0]?.url).toContain('seq=0&limit=100');
  });
});

describe('push handler', () => {
  const markRefused = (doc: Doc & { _deleted: boolean }, reason: { code: string; reason: string }) => ({
    ...doc,
    status: 'rejected',
    reason: reason.reason,
  });

  it('sends wire rows and returns the conflicts as device documents', async () => {
    const { calls, fetchImpl } = fakeFetch(() =>
      json(200, { conflicts: [{ id: 'b', note: 'server', _deleted: false }] }),
    );
    const push = createPushHandler(client(fetchImpl), 'actions', converters, { markRefused });
    const conflicts = await push([{ newDocumentState: { id: 'b', note: 'MINE', _deleted: false } }]);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe('/api/replication/actions/push');
    expect(calls[0]?.body).toEqual([
      { assumedMasterState: null, newDocumentState: { id: 'b', note: 'mine', _deleted: false } },
    ]);
    expect(conflicts).toEqual([{ id: 'b', note: 'SERVER', _deleted: false }]);
  });

  it('does not let one refused record block the others: it comes back rejected with the reason', async () => {
    const { calls, fetchImpl } = fakeFetch((call) => {
      const rows = call.body as { newDocumentState: { id: string } }[];
      if (rows.some((row) => row.newDocumentState.id === 'bad')) {
        return json(400, { code: 'validation_failed', message: '案件不在辖区内' });
      }
      return json(200, { conflicts: [] });
    });
    const push = createPushHandler(client(fetchImpl), 'actions', converters, { markRefused });
    const conflicts = await push([
      { newDocumentState: { id: 'ok-1', note: 'A', _deleted: false } },
      { newDocumentState: { id: 'bad', note: 'B', _deleted: false } },
      { newDocumentState: { id: 'ok-2', note: 'C', _deleted: false } },
    ]);
    expect(calls).toHaveLength(4); // the batch, then each row alone
    expect(conflicts).toEqual([
      { id: 'bad', note: 'B', _deleted: false, status: 'rejected', reason: '案件不在辖区内' },
    ]);
  });

  it('throws on a network failure so RxDB retries the batch later', async () => {
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const push = createPushHandler(client(fetchImpl), 'actions', converters, { markRefused });
    await expect(push([{ newDocumentState: { id: 'x', note: 'A', _deleted: false } }])).rejects.toMatchObject(
      {
        code: 'network_error',
      },
    );
  });
});

function sseResponse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('pull stream (SSE over fetch)', () => {
  it('parses data lines split across chunks, skipping comments', async () => {
    const events: string[] = [];
    const response = sseResponse([': heartbeat\n\ndata: {"a":', '1}\n\ndata: "RESYNC"\r\n\r\n']);
    for await (const data of sseDataEvents(response.body!)) events.push(data);
    expect(events).toEqual(['{"a":1}', '"RESYNC"']);
  });

  it('emits converted documents with the bearer token, and RESYNC after reconnecting', async () => {
    let connections = 0;
    const { calls, fetchImpl } = fakeFetch(() => {
      connections += 1;
      return connections === 1
        ? sseResponse([
            `data: ${JSON.stringify({ documents: [{ id: 'c', note: 'live' }], checkpoint: { seq: 9 } })}\n\n`,
          ])
        : sseResponse(['data: "RESYNC"\n\n']);
    });
    const stream = createPullStream({
      fetch: fetchImpl,
      collection: 'caseHeads',
      getAccessToken: () => 'token-1',
      converters,
    });
    const items = await firstValueFrom(stream.pipe(take(3), toArray()));
    expect(calls[0]?.url).toBe('/api/replication/caseHeads/stream');
    expect(calls[0]?.authorization).toBe('Bearer token-1');
    expect(items).toEqual([
      { documents: [{ id: 'c', note: 'LIVE', _deleted: false }], checkpoint: { seq: 9 } },
      'RESYNC', // reconnected after the first stream ended
      'RESYNC', // the server's own
    ]);
  }, 10_000);

  it('drops a stream that stays silent past the heartbeat, without waiting for its read, and reconnects', async () => {
    vi.useFakeTimers();
    try {
      // The first connection answers headers, then nothing ever again (a read left pending after a cut).
      const { calls, fetchImpl } = fakeFetch(() =>
        calls.length === 1
          ? new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }), {
              status: 200,
            })
          : new Response('data: "RESYNC"\n\n', { status: 200 }),
      );
      const items: unknown[] = [];
      const subscription = createPullStream({
        fetch: fetchImpl,
        collection: 'actions',
        getAccessToken: () => 'token-1',
        converters,
      }).subscribe((item) => items.push(item));
      await vi.advanceTimersByTimeAsync(STREAM_HEARTBEAT_SECONDS * 1_000);
      expect(calls).toHaveLength(1); // one heartbeat missed is not yet a dead link
      await vi.advanceTimersByTimeAsync(STREAM_HEARTBEAT_SECONDS * 3_000);
      expect(calls.length).toBeGreaterThanOrEqual(2);
      expect(items[0]).toBe('RESYNC'); // reconnected: RxDB pulls what it missed
      subscription.unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });
});
