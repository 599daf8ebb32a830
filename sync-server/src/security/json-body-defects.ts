/**
 * Ways to break the JSON body of a valid request, each refused for certain: not JSON, empty, over the size
 * limit, nested too deep, not UTF-8, a NUL or an unpaired surrogate in a string, the wrong content type or
 * top-level type, a `__proto__` key, a number no field accepts, or a certain schema violation. Tests only.
 */
import fc from 'fast-check';
import { API_BODY_LIMIT_BYTES } from '../app';
import { mutationsOf, resolveSchema, schemaSites, withValueAt } from './json-schema-violations';
import { MARKER_KEY, spliceAtMarker, type Baseline, type Defect, type Parts } from './fuzz-request';
import type { JsonSchema, Operation } from './route-table';

/** Invalid UTF-8 byte sequences: a lone continuation, a truncated sequence, an overlong '/', a surrogate. */
export const BAD_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0x80]),
  Buffer.from([0xc3, 0x28]),
  Buffer.from([0xe6, 0xb0]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
];

const isInvalidJson = (text: string) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

const ODD_NUMBERS = [
  '1e999',
  '-1e999',
  '123456789012345678901234567890',
  '1.7976931348623159e308',
  '-0',
  '4e-400',
];
const HUGE_NUMBERS = ['1e999', '123456789012345678901234567890', '1.7976931348623159e308'];

/** Raw numbers a schema node refuses for certain: any for non-numbers, huge ones for bounded numbers. */
function refusedNumbersOf(schema: JsonSchema): string[] {
  const type = schema.type;
  if (type === 'string' || type === 'boolean' || type === 'array' || type === 'object') return ODD_NUMBERS;
  if (
    (type === 'integer' || type === 'number') &&
    typeof schema.maximum === 'number' &&
    schema.maximum < 1e300
  )
    return HUGE_NUMBERS;
  return [];
}

/** Body defects of an operation with a JSON body. */
export function jsonBodyDefects(
  operation: Operation,
  baseline: Baseline,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<Defect>[] {
  if (operation.jsonBody === null) return [];
  const schema = resolveSchema(operation.jsonBody, components);
  const body = baseline.body ?? (schema.type === 'array' ? [] : {});
  const text = JSON.stringify(body);
  const sites = schemaSites(body, schema, components);
  const objectSites = sites.filter(
    (site) => typeof site.value === 'object' && site.value !== null && !Array.isArray(site.value),
  );
  const withPayload =
    (payload: string | Buffer, contentType = 'application/json') =>
    (parts: Parts): Parts => ({
      ...parts,
      headers: { ...parts.headers, 'content-type': contentType },
      payload,
    });
  const site = fc.constantFrom(...sites);
  const defects: fc.Arbitrary<Defect>[] = [
    fc
      .oneof(
        fc.integer({ min: 1, max: Math.max(1, text.length - 1) }).map((end) => text.slice(0, end)),
        fc.string({ maxLength: 60 }),
      )
      .filter(isInvalidJson)
      .map((payload) => ({
        parts: withPayload(payload),
        defect: `malformed JSON ${JSON.stringify(payload.slice(0, 40))}`,
        statuses: [400],
      })),
    fc.constant<Defect>({ parts: withPayload(''), defect: 'empty JSON body', statuses: [400] }),
    fc.constant<Defect>({
      parts: withPayload(JSON.stringify({ filler: 'x'.repeat(API_BODY_LIMIT_BYTES + 10) })),
      defect: 'body over the 1 MiB limit',
      statuses: [413],
    }),
    fc.tuple(site, fc.integer({ min: 33, max: 20_000 }), fc.boolean()).map(([where, depth, isArray]) => ({
      parts: withPayload(
        spliceAtMarker(
          body,
          where.path,
          isArray
            ? `${'['.repeat(depth)}${']'.repeat(depth)}`
            : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`,
          false,
        ),
      ),
      defect: `JSON nested ${String(depth)} deep at ${where.path.join('.') || '(body)'}`,
      statuses: [400],
    })),
    fc.tuple(site, fc.constantFrom(...BAD_UTF8)).map(([where, bytes]) => ({
      parts: withPayload(spliceAtMarker(body, where.path, bytes, true)),
      defect: `invalid UTF-8 ${bytes.toString('hex')} in a string at ${where.path.join('.') || '(body)'}`,
      statuses: [400],
    })),
    fc
      .tuple(
        site,
        fc.constantFrom('\\u0000', 'a\\u0000b', '\\ud800', '\\udc00', '\\ud83d', 'x\\udfff\\ud800'),
      )
      .map(([where, escape]) => ({
        parts: withPayload(spliceAtMarker(body, where.path, escape, true)),
        defect: `${escape} in a string at ${where.path.join('.') || '(body)'}`,
        statuses: [400],
      })),
    fc
      .tuple(
        site,
        fc.constantFrom(
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
          'application/x-www-form-urlencoded',
          'image/png',
        ),
      )
      .map(([, contentType]) => ({
        parts: withPayload(text, contentType),
        defect: `JSON sent as ${contentType}`,
        statuses: [415],
      })),
  ];
  if (Array.isArray(schema.type) || schema.type === 'object' || schema.type === 'array') {
    const wrongTop =
      schema.type === 'array'
        ? ['{}', '"rows"', '42', 'null', 'true']
        : ['[]', '[{}]', '"text"', '42', 'null', 'false', '1e999'];
    defects.push(
      fc
        .constantFrom(...wrongTop)
        .map((payload) => ({ parts: withPayload(payload), defect: `body ${payload}`, statuses: [400] })),
    );
  }
  if (objectSites.length > 0) {
    defects.push(
      fc
        .tuple(
          fc.constantFrom(...objectSites),
          fc.constantFrom(
            '"__proto__":{"isAdmin":true}',
            '"constructor":{"prototype":{"isAdmin":true}}',
            '"\\u005f_proto__":{"role":"admin"}',
            '"__proto__":null',
          ),
        )
        .map(([where, key]) => {
          const marked = JSON.stringify(
            withValueAt(body, where.path, { ...(where.value as object), [MARKER_KEY]: 1 }),
          );
          return {
            parts: withPayload(marked.replace(`"${MARKER_KEY}":1`, key)),
            defect: `prototype key ${key} at ${where.path.join('.') || '(body)'}`,
            statuses: [400],
          };
        }),
    );
  }
  const numberSites = sites.filter((candidate) => refusedNumbersOf(candidate.schema).length > 0);
  if (numberSites.length > 0) {
    defects.push(
      fc
        .constantFrom(...numberSites)
        .chain((where) =>
          fc.constantFrom(...refusedNumbersOf(where.schema)).map((number) => [where, number] as const),
        )
        .map(([where, number]) => ({
          parts: withPayload(spliceAtMarker(body, where.path, number, false)),
          defect: `number ${number} at ${where.path.join('.') || '(body)'}`,
          statuses: [400],
        })),
    );
  }
  const mutations = mutationsOf(body, schema, components);
  if (mutations !== null)
    defects.push(
      mutations.map((mutation) => ({
        parts: withPayload(JSON.stringify(mutation.body)),
        defect: `schema violation: ${mutation.label}`,
        statuses: [400],
      })),
    );
  return defects;
}
