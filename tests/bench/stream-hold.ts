/**
 * Live replication streams held by one server process: N Server-Sent-Events streams
 * (GET /api/replication/:collection/stream with a tablet's token, each on its own TCP connection), opened
 * `OPENING_AT_ONCE` at a time. A stream counts as open when its first `data: "RESYNC"` arrived, and as held
 * when, after a hold of more than one heartbeat interval, it is still open and has had a heartbeat since.
 * While they are held, one new case is pushed and the time from sending it until every stream of its
 * village (caseHeads) carried it is taken: the fan-out under that load.
 */
import { request, type ClientRequest } from 'node:http';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import type { SyncedCollection } from '../../src/domain/wire/replication-messages';
import type { ServerProcess } from '../support/server-process';
import { benchApi } from './bench-api';
import type { FleetDevice } from './device-fleet';
import { pushRowOf } from './village-workload';
import type { CaseAction } from '../../src/domain/case/case-types';

export const OPENING_AT_ONCE = 200;
const OPEN_TIMEOUT_MS = 60_000;
/** The app keeps these three live (src/sync/sync-engine.ts LIVE_COLLECTIONS). */
const LIVE: readonly SyncedCollection[] = ['caseHeads', 'actions', 'consultations'];

interface HeldStream {
  device: FleetDevice;
  collection: SyncedCollection;
  outgoing: ClientRequest | null;
  isOpen: boolean;
  isClosed: boolean;
  heartbeats: number;
  /** Ids of the documents received, with performance.now() of their arrival. */
  arrivals: Map<string, number>;
}

function open(server: ServerProcess, stream: HeldStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stream.outgoing?.destroy();
      reject(new Error(`no RESYNC within ${OPEN_TIMEOUT_MS} ms`));
    }, OPEN_TIMEOUT_MS);
    const outgoing = request(
      new URL(`/api/replication/${stream.collection}/stream`, server.url),
      {
        agent: false,
        headers: {
          authorization: `Bearer ${stream.device.accessToken}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          accept: 'text/event-stream',
          'x-forwarded-for': stream.device.ip,
        },
      },
      (response) => {
        if (response.statusCode !== 200) {
          clearTimeout(timer);
          response.resume();
          reject(new Error(`stream answered ${response.statusCode}`));
          return;
        }
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            if (event.startsWith(': heartbeat')) stream.heartbeats += 1;
            else if (event === 'data: "RESYNC"') {
              if (!stream.isOpen) {
                stream.isOpen = true;
                clearTimeout(timer);
                resolve();
              }
            } else if (event.startsWith('data: ')) {
              const parsed = JSON.parse(event.slice(6)) as { documents?: { id?: string }[] };
              const now = performance.now();
              for (const doc of parsed.documents ?? [])
                if (doc.id && !stream.arrivals.has(doc.id)) stream.arrivals.set(doc.id, now);
            }
          }
        });
        const closed = () => {
          stream.isClosed = true;
          clearTimeout(timer);
          if (!stream.isOpen) reject(new Error('stream closed before RESYNC'));
        };
        response.on('close', closed);
        response.on('error', closed);
      },
    );
    outgoing.on('error', (error) => {
      stream.isClosed = true;
      clearTimeout(timer);
      if (!stream.isOpen) reject(error);
    });
    stream.outgoing = outgoing;
    outgoing.end();
  });
}

export interface StreamHoldResult {
  requested: number;
  opened: number;
  held: number;
  openErrors: number;
  firstError: string | null;
  openMs: number;
  holdMs: number;
  /** Time from sending the push to the last stream of the village carrying the new case. */
  fanOut: { streams: number; reached: number; ms: number };
}

export async function holdStreams(
  server: ServerProcess,
  devices: readonly FleetDevice[],
  options: {
    count: number;
    holdMs: number;
    /** Called while all streams are held (e.g. to read the server's memory). */
    whileHeld(): Promise<void>;
    fanOutCase: { action: CaseAction; pusher: FleetDevice };
  },
): Promise<StreamHoldResult & { close(): Promise<void> }> {
  const streams: HeldStream[] = Array.from({ length: options.count }, (_, index) => ({
    device: devices[Math.floor(index / LIVE.length) % devices.length] as FleetDevice,
    collection: LIVE[index % LIVE.length] as SyncedCollection,
    outgoing: null,
    isOpen: false,
    isClosed: false,
    heartbeats: 0,
    arrivals: new Map<string, number>(),
  }));
  let openErrors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: OPENING_AT_ONCE }, async () => {
      while (next < streams.length) {
        const stream = streams[next++] as HeldStream;
        await open(server, stream).catch((error: unknown) => {
          openErrors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        });
      }
    }),
  );
  const openMs = performance.now() - started;
  const opened = streams.filter((stream) => stream.isOpen && !stream.isClosed).length;

  // Hold: longer than one heartbeat interval, so every stream has had one (and its re-check).
  for (const stream of streams) stream.heartbeats = 0;
  await new Promise((resolve) => setTimeout(resolve, options.holdMs));
  await options.whileHeld();
  const held = streams.filter((stream) => stream.isOpen && !stream.isClosed && stream.heartbeats > 0).length;

  // Fan-out: a new case of one village reaches that village's caseHeads streams.
  const { action, pusher } = options.fanOutCase;
  const village = streams.filter(
    (stream) =>
      stream.collection === 'caseHeads' && stream.device.village === action.regionCode && stream.isOpen,
  );
  const pushedAt = performance.now();
  await benchApi(server, '/api/replication/actions/push', {
    body: [pushRowOf(action, pusher.deviceId)],
    token: pusher.accessToken,
    headers: { 'x-forwarded-for': pusher.ip },
  });
  const deadline = pushedAt + 30_000;
  while (performance.now() < deadline && !village.every((stream) => stream.arrivals.has(action.caseId)))
    await new Promise((resolve) => setTimeout(resolve, 5));
  const arrivals = village.flatMap((stream) => {
    const at = stream.arrivals.get(action.caseId);
    return at === undefined ? [] : [at - pushedAt];
  });
  const fanOutMs = Math.max(0, ...arrivals);

  return {
    requested: options.count,
    opened,
    held,
    openErrors,
    firstError,
    openMs,
    holdMs: options.holdMs,
    fanOut: { streams: village.length, reached: arrivals.length, ms: fanOutMs },
    close: async () => {
      for (const stream of streams) stream.outgoing?.destroy();
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
  };
}
