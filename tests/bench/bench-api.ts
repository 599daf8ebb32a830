/**
 * The sync server's API as the benchmarks call it from Node: JSON, the protocol header, a bearer token,
 * sign-in of a demo user (one new device per sign-in) and pulling a whole collection. Throws on any non-2xx.
 */
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import { PULL_BATCH_MAX } from '../../src/domain/wire/replication-messages';
import type { ServerProcess } from '../support/server-process';

export const BENCH_PASSWORD = 'daiban123';

export type Wire = Record<string, unknown>;

export async function benchApi<T>(
  server: Pick<ServerProcess, 'url'>,
  path: string,
  init: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Signs a demo user in through the real login (scrypt check, registers a new device). `forwardedFor` is
 * sent as X-Forwarded-For: with TRUST_PROXY=true each simulated tablet then has its own IP for the
 * server's per-IP login limit, as tablets behind the township's proxy do.
 */
export const benchLogin = (
  server: Pick<ServerProcess, 'url'>,
  username: string,
  options: { deviceName?: string; forwardedFor?: string } = {},
) =>
  benchApi<LoginResponse>(server, '/api/auth/login', {
    body: { username, password: BENCH_PASSWORD, deviceName: options.deviceName ?? 'bench' },
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
  });

/** Everything of a collection the user sees, through the pull API (bounded by `maxPages`). */
export async function pullAll(
  server: Pick<ServerProcess, 'url'>,
  token: string,
  collection: string,
  maxPages = 1_000,
): Promise<Wire[]> {
  const documents: Wire[] = [];
  let seq = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await benchApi<{ documents: Wire[]; checkpoint: { seq: number } }>(
      server,
      `/api/replication/${collection}/pull?seq=${seq}&limit=${PULL_BATCH_MAX}`,
      { token },
    );
    documents.push(...answer.documents);
    if (answer.documents.length === 0 || answer.checkpoint.seq === seq) return documents;
    seq = answer.checkpoint.seq;
  }
  throw new Error(`${collection}: more than ${maxPages} pages`);
}

/** The server's own figures from /api/metrics (loopback callers may read them): one gauge or counter. */
export async function serverMetric(server: Pick<ServerProcess, 'url'>, name: string): Promise<number> {
  const response = await fetch(`${server.url}/api/metrics`);
  if (!response.ok) throw new Error(`/api/metrics answered ${response.status}`);
  let total = 0;
  let isFound = false;
  for (const line of (await response.text()).split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
    isFound = true;
  }
  if (!isFound) throw new Error(`metric ${name} not found`);
  return total;
}

export const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
