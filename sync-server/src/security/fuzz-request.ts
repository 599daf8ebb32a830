/**
 * A fuzz request and how it is built: a valid request to an operation (a Baseline) as parts, changed by a
 * Defect, then turned into what app.inject (or fetch) sends. Tests only.
 */
import fc from 'fast-check';
import type { Operation } from './route-table';
import { withValueAt } from './json-schema-violations';

/** A request to send with app.inject (or fetch), and what must happen to it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress: string;
  /** What is wrong with it, for failure messages. */
  defect: string;
  /** true: must be answered 4xx (the statuses in `statuses` when given); false: anything but a 5xx. */
  mustRefuse: boolean;
  statuses?: number[];
}

/** A valid request to an operation, which the generators break. */
export interface Baseline {
  /** The bearer token to send (null: none). */
  token: string | null;
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface FuzzCredentials {
  /** Tokens that must be refused with 401 wherever a bearer token is needed. */
  refused: Record<string, string>;
}

export const MARKER = 'FUZZ-MARKER-5e1d';
/** Fastify's default maxParamLength. */
export const MAX_PARAM_LENGTH = 100;
export const MARKER_KEY = 'FUZZ_MARKER_KEY_5e1d';

export const ipArb = fc
  .tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 }))
  .map((parts) => parts.join('.'));

/** Percent-encoding that also takes unpaired surrogates (as the UTF-8 of U+FFFD, like a browser). */
function percentEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

const encodePath = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_match, name: string) => percentEncode(values[name] ?? ''));

function queryString(query: Record<string, string>, raw: string[] = []): string {
  const parts = [
    ...Object.entries(query).map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`),
    ...raw,
  ];
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** One way of breaking a request: a change to its parts, a label, the statuses it must get. */
export interface Defect {
  parts: (parts: Parts) => Parts;
  defect: string;
  statuses?: number[];
}

export interface Parts {
  method: string;
  path: Record<string, string>;
  query: Record<string, string>;
  rawQuery: string[];
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** The baseline as request parts: its token, path values, query and body, with the protocol header. */
export function partsOf(operation: Operation, baseline: Baseline): Parts {
  const headers: Record<string, string> = { 'x-daiban-protocol': '1', ...baseline.headers };
  if (baseline.token !== null) headers.authorization = `Bearer ${baseline.token}`;
  let payload: string | undefined;
  if (baseline.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(baseline.body);
  } else if (baseline.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(baseline.form).toString();
  }
  return {
    method: operation.method,
    path: { ...baseline.path },
    query: { ...baseline.query },
    rawQuery: [],
    headers,
    payload,
  };
}

export function toRequest(
  operation: Operation,
  parts: Parts,
  remoteAddress: string,
  defect: string,
  mustRefuse: boolean,
  statuses?: number[],
): FuzzRequest {
  return {
    method: parts.method,
    url: `${encodePath(operation.path, parts.path)}${queryString(parts.query, parts.rawQuery)}`,
    headers: parts.headers,
    payload: parts.payload,
    remoteAddress,
    defect,
    mustRefuse,
    statuses,
  };
}

/** Puts raw JSON text where the marker string is (`"MARKER"` with its quotes, or inside the string). */
export function spliceAtMarker(
  body: unknown,
  path: (string | number)[],
  insert: string | Buffer,
  keepQuotes: boolean,
): Buffer {
  const text = JSON.stringify(withValueAt(body, path, MARKER));
  const token = keepQuotes ? MARKER : `"${MARKER}"`;
  const at = text.indexOf(token);
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    typeof insert === 'string' ? Buffer.from(insert) : insert,
    Buffer.from(text.slice(at + token.length)),
  ]);
}

/** The path of an operation filled with its baseline values (for method probes). */
export const baselineUrl = (operation: Operation, baseline: Baseline) =>
  encodePath(operation.path, baseline.path ?? {});
