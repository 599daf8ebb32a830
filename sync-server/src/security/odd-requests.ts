/**
 * Requests that are odd without being wrong for every endpoint (strange path and query values, extra query
 * keys, odd headers: none may be a 5xx or write anything), and the same few poisonous texts in every
 * parameter and body string (NUL, an unpaired surrogate, invalid UTF-8: each refused with 400). Tests only.
 */
import fc from 'fast-check';
import { resolveSchema, schemaSites } from './json-schema-violations';
import {
  ipArb,
  partsOf,
  spliceAtMarker,
  toRequest,
  type Baseline,
  type Defect,
  type FuzzRequest,
  type Parts,
} from './fuzz-request';
import type { JsonSchema, Operation } from './route-table';

/** Values that are strange in a URL without being wrong for every parameter. */
const ODD_VALUES = fc.oneof(
  fc.constantFrom(
    '..',
    '../..',
    '%2e%2e',
    '.',
    '~',
    ' ',
    '%',
    '%zz',
    'null',
    'undefined',
    '0',
    '-1',
    '9'.repeat(40),
    'a'.repeat(3000),
    '\u0000',
    'a\u0000b',
    '🙂',
    '青石村',
    "'; DROP TABLE users; --",
    '%_',
    '${7*7}',
    '<script>',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 10, unit: 'binary' }),
);

/**
 * Odd but not necessarily wrong requests: none may be a 5xx or change the store. Reads get odd values for
 * their query parameters, extra query keys and odd headers; every operation gets odd path values (which name
 * nothing that exists, so even a write finds nothing to change).
 */
export function oddRequests(operation: Operation, baseline: Baseline): fc.Arbitrary<FuzzRequest> | null {
  const options: fc.Arbitrary<Defect>[] = [];
  if (operation.method === 'GET') {
    options.push(
      fc.string({ minLength: 1, maxLength: 15 }).chain((key) =>
        ODD_VALUES.map((value) => ({
          parts: (parts: Parts) => ({ ...parts, query: { ...parts.query, [key]: value } }),
          defect: `extra query ${key}=${JSON.stringify(value.slice(0, 30))}`,
        })),
      ),
      fc
        .record({
          forwarded: ipArb,
          accept: fc.constantFrom('*/*', 'text/html', 'application/json;q=0', 'x/y'),
          language: fc.constantFrom('zh-CN', 'en', '*', 'xx;q=2'),
        })
        .map((headers) => ({
          parts: (parts: Parts) => ({
            ...parts,
            headers: {
              ...parts.headers,
              'x-forwarded-for': headers.forwarded,
              accept: headers.accept,
              'accept-language': headers.language,
            },
          }),
          defect: `odd headers ${JSON.stringify(headers)}`,
        })),
    );
    for (const parameter of operation.parameters.filter((p) => p.in === 'query'))
      options.push(
        ODD_VALUES.map((value) => ({
          parts: (parts: Parts) => ({ ...parts, query: { ...parts.query, [parameter.name]: value } }),
          defect: `query ${parameter.name}=${JSON.stringify(value.slice(0, 30))}`,
        })),
      );
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'path'))
    options.push(
      ODD_VALUES.map((value) => ({
        parts: (parts: Parts) => ({ ...parts, path: { ...parts.path, [parameter.name]: value } }),
        defect: `path ${parameter.name}=${JSON.stringify(value.slice(0, 30))}`,
      })),
    );
  if (options.length === 0) return null;
  return fc
    .tuple(fc.oneof(...options), ipArb)
    .map(([{ parts, defect }, ip]) =>
      toRequest(operation, parts(partsOf(operation, baseline)), ip, defect, false),
    );
}

/**
 * The same few poisonous texts in every parameter and every string of every body, deterministically: NUL in
 * a path or query value, and NUL, an unpaired surrogate or invalid UTF-8 inside each string of the body.
 * Each must be refused with 400.
 */
export function poisonedTextRequests(
  operation: Operation,
  baseline: Baseline,
  components: Record<string, JsonSchema>,
): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  const add = (change: (parts: Parts) => Parts, defect: string) =>
    requests.push(
      toRequest(operation, change(partsOf(operation, baseline)), '10.1.2.3', defect, true, [400]),
    );
  for (const parameter of operation.parameters) {
    for (const value of ['\u0000', 'a\u0000b']) {
      add(
        (parts) =>
          parameter.in === 'path'
            ? { ...parts, path: { ...parts.path, [parameter.name]: value } }
            : { ...parts, query: { ...parts.query, [parameter.name]: value } },
        `NUL in ${parameter.in} ${parameter.name}`,
      );
    }
  }
  if (operation.jsonBody !== null && baseline.body !== undefined) {
    const body = baseline.body;
    const strings = schemaSites(body, resolveSchema(operation.jsonBody, components), components).filter(
      (site) => typeof site.value === 'string',
    );
    for (const site of strings) {
      const where = site.path.join('.');
      for (const [insert, label] of [
        ['a\\u0000b', 'NUL'],
        ['\\ud800', 'unpaired surrogate'],
        [Buffer.from([0x61, 0xff, 0x62]), 'invalid UTF-8'],
      ] as const) {
        add(
          (parts) => ({ ...parts, payload: spliceAtMarker(body, site.path, insert, true) }),
          `${label} in body ${where}`,
        );
      }
    }
  }
  return requests;
}
