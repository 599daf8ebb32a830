/**
 * Values that a JSON schema (as the OpenAPI document describes a body or a parameter) is sure to refuse,
 * and the places inside a valid example where such a value can be put. The bad-input fuzzer breaks a valid
 * request in exactly one place this way, so a 2xx answer means the server accepted what its own contract
 * forbids. Only constraints whose violation is certain are used (types, enums, patterns, lengths, bounds,
 * required and unknown keys); a schema with none yields no violation. Tests only.
 */
import fc from 'fast-check';
import type { JsonSchema } from './route-table';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows `$ref: '#/components/schemas/Name'` (and chains of them). */
export function resolveSchema(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops += 1) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = components[name] ?? {};
  }
  return current;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** The JSON types a schema accepts, or null when it cannot be told for sure. */
function acceptedTypes(schema: JsonSchema, components: Record<string, JsonSchema>): Set<JsonType> | null {
  const node = resolveSchema(schema, components);
  if (typeof node.type === 'string') return new Set([node.type as JsonType]);
  if (Array.isArray(node.type)) return new Set(node.type as JsonType[]);
  const branches = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : null;
  if (branches === null) return null;
  const types = new Set<JsonType>();
  for (const branch of branches) {
    if (!isRecord(branch)) return null;
    const inner = acceptedTypes(branch, components);
    if (inner === null) return null;
    for (const type of inner) types.add(type);
  }
  return types;
}

const SAMPLES: { type: JsonType; value: unknown }[] = [
  { type: 'string', value: 'text' },
  { type: 'string', value: '' },
  { type: 'integer', value: 7 },
  { type: 'number', value: 2.5 },
  { type: 'integer', value: -1 },
  { type: 'boolean', value: true },
  { type: 'null', value: null },
  { type: 'array', value: [] },
  { type: 'array', value: ['x', 1] },
  { type: 'object', value: {} },
  { type: 'object', value: { nested: { deeper: [1, 2] } } },
];

function isAccepted(types: Set<JsonType>, sample: { type: JsonType; value: unknown }): boolean {
  if (types.has(sample.type)) return true;
  // An integer is a number too.
  return sample.type === 'integer' && types.has('number');
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** JSON values the schema refuses for certain, or null when no violation is certain. */
export function violationsOf(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<unknown> | null {
  const node = resolveSchema(schema, components);
  const options: fc.Arbitrary<unknown>[] = [];
  const types = acceptedTypes(node, components);
  if (types !== null) {
    const wrong = SAMPLES.filter((sample) => !isAccepted(types, sample)).map((sample) => sample.value);
    if (wrong.length > 0) options.push(fc.constantFrom(...wrong));
  }
  if (Array.isArray(node.enum) && node.enum.every((value) => typeof value === 'string')) {
    const allowed = new Set(node.enum as string[]);
    options.push(fc.string({ maxLength: 30 }).filter((value) => !allowed.has(value)));
  }
  if (typeof node.const === 'string') {
    const allowed = node.const;
    options.push(fc.string({ maxLength: 30 }).filter((value) => value !== allowed));
  }
  const isOnly = (type: JsonType) => types !== null && types.size === 1 && types.has(type);
  if (isOnly('string')) {
    const maxLength = num(node.maxLength);
    const minLength = num(node.minLength);
    if (maxLength !== null)
      options.push(fc.integer({ min: maxLength + 1, max: maxLength + 200 }).map((n) => '长'.repeat(n)));
    if (minLength !== null && minLength > 0)
      options.push(fc.constant('x'.repeat(minLength - 1)).map((value) => (minLength === 1 ? '' : value)));
    if (typeof node.pattern === 'string') {
      const pattern = new RegExp(node.pattern);
      options.push(
        fc
          .oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom('../../etc/passwd', "' OR 1=1 --", '%00', '\t', '１２３４５６７８９０１２'),
          )
          .filter((value) => !pattern.test(value)),
      );
    }
  }
  if (isOnly('integer') || isOnly('number')) {
    const minimum = num(node.minimum);
    const maximum = num(node.maximum);
    if (minimum !== null) options.push(fc.integer({ min: 1, max: 1_000_000 }).map((n) => minimum - n));
    if (maximum !== null && maximum < Number.MAX_SAFE_INTEGER)
      options.push(fc.integer({ min: 1, max: 1_000_000 }).map((n) => maximum + n));
    if (isOnly('integer')) options.push(fc.constantFrom(0.5, 1.25, 99.999));
  }
  if (isOnly('array')) {
    const minItems = num(node.minItems);
    if (minItems !== null && minItems > 0) options.push(fc.constant([]));
  }
  return options.length === 0 ? null : fc.oneof(...options);
}

/**
 * Query-string values (always strings on the wire) the parameter schema refuses for certain: a number
 * parameter gets non-numbers and numbers out of range, an enum a value outside it, a pattern a mismatch.
 */
export function queryViolationsOf(schema: JsonSchema): fc.Arbitrary<string> | null {
  const options: fc.Arbitrary<string>[] = [];
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    options.push(
      fc.constantFrom('abc', 'NaN', 'Infinity', '-Infinity', '1e400', '9'.repeat(400), '--1', '1,000'),
    );
    const minimum = num(schema.minimum);
    const maximum = num(schema.maximum);
    if (minimum !== null) options.push(fc.integer({ min: 1, max: 10_000 }).map((n) => String(minimum - n)));
    if (maximum !== null) options.push(fc.integer({ min: 1, max: 10_000 }).map((n) => String(maximum + n)));
    if (type === 'integer') options.push(fc.constantFrom('1.5', '0.001', '2.75e0'));
  }
  if (Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === 'string')) {
    const allowed = new Set(schema.enum as string[]);
    options.push(fc.string({ minLength: 1, maxLength: 20 }).filter((value) => !allowed.has(value)));
  }
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern);
    options.push(
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.constantFrom('2026-02-30', '2026-13-01', '..', '%'),
        )
        .filter((value) => !pattern.test(value)),
    );
  }
  if (typeof schema.maxLength === 'number') {
    const maxLength = schema.maxLength;
    options.push(fc.integer({ min: maxLength + 1, max: maxLength + 100 }).map((n) => 'q'.repeat(n)));
  }
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isRecord) : [];
  if (branches.length > 0 && branches.every((branch) => typeof branch.pattern === 'string')) {
    const patterns = branches.map((branch) => new RegExp(String(branch.pattern)));
    options.push(
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.constantFrom('yesterday', '2026-02-30T25:00:00Z'),
        )
        .filter((value) => patterns.every((pattern) => !pattern.test(value))),
    );
  }
  return options.length === 0 ? null : fc.oneof(...options);
}

/** A place inside a value with the schema that governs it. */
export interface SchemaSite {
  path: Path;
  schema: JsonSchema;
  value: unknown;
}

/** Every value inside `value` whose schema is known (object properties and array items, recursively). */
export function schemaSites(
  value: unknown,
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  path: Path = [],
): SchemaSite[] {
  const node = resolveSchema(schema, components);
  const sites: SchemaSite[] = [{ path, schema: node, value }];
  if (isRecord(value) && isRecord(node.properties)) {
    for (const [key, inner] of Object.entries(value)) {
      const property = node.properties[key];
      if (isRecord(property)) sites.push(...schemaSites(inner, property, components, [...path, key]));
    }
  }
  if (Array.isArray(value) && isRecord(node.items)) {
    const items = node.items;
    value.forEach((inner, index) => sites.push(...schemaSites(inner, items, components, [...path, index])));
  }
  return sites;
}

/** A deep copy of `value` with `replacement` at `path` (the root when the path is empty). */
export function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(value);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** A deep copy of `value` without the key at `path`. */
export function withoutKeyAt(value: unknown, path: Path): unknown {
  const copy: unknown = structuredClone(value);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  delete (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number];
  return copy;
}

/** One certain schema violation inside a valid example, with a label saying what was broken. */
export interface Mutation {
  body: unknown;
  label: string;
}

/** Mutations of a valid `example` that the schema refuses for certain, or null when none exists. */
export function mutationsOf(
  example: unknown,
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<Mutation> | null {
  const options: fc.Arbitrary<Mutation>[] = [];
  for (const site of schemaSites(example, schema, components)) {
    const where = site.path.length === 0 ? '(body)' : site.path.join('.');
    const violations = violationsOf(site.schema, components);
    if (violations !== null)
      options.push(
        violations.map((bad) => ({
          body: withValueAt(example, site.path, bad),
          label: `${where} = bad value`,
        })),
      );
    if (isRecord(site.value) && Array.isArray(site.schema.required)) {
      for (const key of site.schema.required) {
        if (typeof key === 'string' && key in site.value)
          options.push(
            fc.constant({
              body: withoutKeyAt(example, [...site.path, key]),
              label: `${where} without ${key}`,
            }),
          );
      }
    }
    if (isRecord(site.value) && site.schema.additionalProperties === false) {
      const known = new Set(Object.keys(isRecord(site.schema.properties) ? site.schema.properties : {}));
      options.push(
        fc
          .constantFrom('isAdmin', 'role', 'scope', 'status', 'seq', 'authorId', 'x')
          .filter((key) => !known.has(key))
          .map((key) => ({
            body: withValueAt(example, site.path, { ...(site.value as object), [key]: true }),
            label: `${where} with unknown key ${key}`,
          })),
      );
    }
  }
  return options.length === 0 ? null : fc.oneof(...options);
}
