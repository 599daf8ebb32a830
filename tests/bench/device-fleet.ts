/**
 * A fleet of simulated village tablets for the server-capacity bench, in Node:
 * - `registerDevices`: N tablets over the 272 demo agents; one per agent signs in through the real login at
 *   once (scrypt check, a new device each), the others reuse those tokens; each tablet has its own IP
 *   (X-Forwarded-For; the server runs with TRUST_PROXY so its per-IP limits apply per tablet, as behind a
 *   township proxy);
 * - `initialSyncs`: every tablet starts its initial sync at once — what the app's sync engine pulls: the seven
 *   synced collections at the same time, each `GET …/pull?seq=&limit=100` until a short page (RxDB's rule),
 *   over at most 6 keep-alive connections per tablet (a browser's limit per host), gzip accepted.
 */
import { Agent, request } from 'node:http';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import {
  PULL_BATCH_DEVICE,
  SYNCED_COLLECTIONS,
  type SyncedCollection,
} from '../../src/domain/wire/replication-messages';
import type { ServerProcess } from '../support/server-process';
import { benchLogin, percentile } from './bench-api';
import { demoAgents } from './village-workload';

const gunzipAsync = promisify(gunzip);

export interface FleetDevice {
  index: number;
  username: string;
  userId: string;
  village: string;
  deviceId: string;
  accessToken: string;
  ip: string;
}

export const deviceIp = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;

export interface Timings {
  wallMs: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  firstError: string | null;
}

/**
 * `count` simulated tablets over the 272 demo agents. `logins` of them (default: one per agent) sign in at
 * once through the real login, each registering a device; the other tablets reuse those sign-ins (the same
 * agent's token), which costs the server the same per request but not another scrypt check each. A sign-in
 * that failed in the burst is repeated afterwards, one by one.
 */
export async function registerDevices(
  server: ServerProcess,
  count: number,
  logins = Math.min(count, demoAgents().length),
): Promise<{ devices: FleetDevice[]; logins: number; timings: Timings }> {
  const agents = demoAgents();
  const started = performance.now();
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const signIn = async (index: number) => {
    const agent = agents[index % agents.length];
    if (!agent) throw new Error('no agents');
    const answer = await benchLogin(server, agent.username, {
      deviceName: `bench tablet ${index}`,
      forwardedFor: deviceIp(index),
    });
    return { ...agent, deviceId: answer.deviceId, accessToken: answer.accessToken };
  };
  const settled = await Promise.all(
    Array.from({ length: logins }, async (_, index) => {
      const begin = performance.now();
      try {
        const signedIn = await signIn(index);
        times.push(performance.now() - begin);
        return signedIn;
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
        return index;
      }
    }),
  );
  const wallMs = performance.now() - started;
  const signedIn: Awaited<ReturnType<typeof signIn>>[] = [];
  for (const entry of settled) signedIn.push(typeof entry === 'number' ? await signIn(entry) : entry);
  const devices = Array.from({ length: count }, (_, index): FleetDevice => {
    const login = signedIn[index % signedIn.length];
    if (!login) throw new Error('no sign-ins');
    return { index, ...login, ip: deviceIp(index) };
  });
  return {
    devices,
    logins,
    timings: { wallMs, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), errors, firstError },
  };
}

interface PullAnswer {
  documents: unknown[];
  checkpoint: { seq: number };
}

function getJson(
  agent: Agent,
  url: URL,
  headers: Record<string, string>,
): Promise<{ status: number; body: PullAnswer | null; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const decode =
          response.headers['content-encoding'] === 'gzip' ? gunzipAsync(raw) : Promise.resolve(raw);
        decode.then((plain) => {
          const text = plain.toString('utf8');
          const status = response.statusCode ?? 0;
          resolve({
            status,
            body: status === 200 ? (JSON.parse(text) as PullAnswer) : null,
            bytes: raw.length,
            text: status === 200 ? '' : text.slice(0, 200),
          });
        }, reject);
      });
    });
    outgoing.on('error', reject);
    outgoing.setTimeout(300_000, () => outgoing.destroy(new Error('no answer within 300 s')));
    outgoing.end();
  });
}

export interface InitialSyncResult extends Timings {
  devicesDone: number;
  requests: number;
  documents: number;
  bytes: number;
}

/**
 * Every device pulls every collection to the end, all at once. A failed request counts as an error and is
 * tried again after 1 s (as RxDB retries), at most 5 times, so the figure is the time until all are done.
 */
export async function initialSyncs(
  server: ServerProcess,
  devices: readonly FleetDevice[],
): Promise<InitialSyncResult> {
  let requests = 0;
  let documents = 0;
  let bytes = 0;
  let errors = 0;
  let firstError: string | null = null;
  const times: number[] = [];
  let devicesDone = 0;
  const base = new URL(server.url);

  const pullCollection = async (device: FleetDevice, agent: Agent, collection: SyncedCollection) => {
    let seq = 0;
    let failures = 0;
    for (;;) {
      const url = new URL(`/api/replication/${collection}/pull?seq=${seq}&limit=${PULL_BATCH_DEVICE}`, base);
      requests += 1;
      try {
        const answer = await getJson(agent, url, {
          authorization: `Bearer ${device.accessToken}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          'accept-encoding': 'gzip',
          'x-forwarded-for': device.ip,
        });
        bytes += answer.bytes;
        if (!answer.body) throw new Error(`${collection} pull answered ${answer.status}: ${answer.text}`);
        documents += answer.body.documents.length;
        seq = answer.body.checkpoint.seq;
        if (answer.body.documents.length < PULL_BATCH_DEVICE) return;
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
        failures += 1;
        if (failures > 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };

  const started = performance.now();
  await Promise.all(
    devices.map(async (device) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 6 });
      try {
        await Promise.all(SYNCED_COLLECTIONS.map((collection) => pullCollection(device, agent, collection)));
        times.push(performance.now() - started);
        devicesDone += 1;
      } catch {
        // counted in errors; the device did not finish
      } finally {
        agent.destroy();
      }
    }),
  );
  return {
    wallMs: performance.now() - started,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    errors,
    firstError,
    devicesDone,
    requests,
    documents,
    bytes,
  };
}
