/**
 * fast-check generators of bad requests for one OpenAPI operation: its valid example (a Baseline) broken in
 * one way — bad credentials, a wrong protocol header, a query or path value the schema forbids, a body that
 * breaks the schema, is not JSON, is not UTF-8, is too deep, too large, carries `__proto__`, a NUL, a huge
 * number, or comes with the wrong content type (json-body-defects.ts). Odd requests are in odd-requests.ts.
 * Tests only.
 */
import fc from 'fast-check';
import { jsonBodyDefects } from './json-body-defects';
import { queryViolationsOf } from './json-schema-violations';
import {
  ipArb,
  MAX_PARAM_LENGTH,
  partsOf,
  toRequest,
  type Baseline,
  type Defect,
  type FuzzCredentials,
  type FuzzRequest,
  type Parts,
} from './fuzz-request';
import type { JsonSchema, Operation } from './route-table';

/** Probes answer whatever the protocol header says. */
const PROTOCOL_EXEMPT = new Set(['/api/health', '/api/ready']);

export interface GeneratorContext {
  components: Record<string, JsonSchema>;
  credentials: FuzzCredentials;
  /** Operations whose valid request never finishes (event streams): only refused requests are generated. */
  isStreaming: boolean;
}

/**
 * Requests to `operation` that must be refused (4xx), each breaking the baseline in one way; null when the
 * operation takes no input that could be wrong (a probe: it gets odd requests only).
 */
export function refusedRequests(
  operation: Operation,
  baseline: Baseline,
  context: GeneratorContext,
): fc.Arbitrary<FuzzRequest> | null {
  const defects: fc.Arbitrary<Defect>[] = [];
  if (operation.isBearer) {
    const refused = Object.entries(context.credentials.refused);
    defects.push(
      fc
        .oneof(
          fc.constantFrom(...refused.map(([name, token]) => ({ name, header: `Bearer ${token}` }))),
          fc.constantFrom(
            { name: 'no token', header: '' },
            { name: 'Bearer alone', header: 'Bearer' },
            { name: 'Basic', header: 'Basic YWdlbnQxOmNvcnJlY3QtaG9yc2UtNDI=' },
            { name: 'two tokens', header: 'Bearer a b' },
            { name: 'long token', header: `Bearer v1.${'A'.repeat(4000)}.sig` },
          ),
          fc
            .string({ minLength: 1, maxLength: 80, unit: 'grapheme-ascii' })
            .map((junk) => ({ name: 'junk token', header: `Bearer v1.${junk.replace(/\s/g, '')}.x` })),
        )
        .map(({ name, header }) => ({
          parts: (parts: Parts) => {
            const headers = { ...parts.headers };
            delete headers.authorization;
            if (header !== '') headers.authorization = header;
            return { ...parts, headers };
          },
          defect: `credentials: ${name}`,
          statuses: [401],
        })),
    );
  }
  if (operation.path.startsWith('/api/') && !PROTOCOL_EXEMPT.has(operation.path)) {
    defects.push(
      fc
        .oneof(
          fc.constantFrom(
            '0',
            '999',
            '2',
            '-1',
            'abc',
            '1.0',
            '1e0',
            '',
            ' ',
            '0x1',
            '١',
            '99999999999999999999',
          ),
          fc.string({ maxLength: 12, unit: 'grapheme-ascii' }).filter((value) => !/^\s*0*1\s*$/.test(value)),
        )
        .map((version) => ({
          parts: (parts: Parts) => ({
            ...parts,
            headers: { ...parts.headers, 'x-daiban-protocol': version },
          }),
          defect: `protocol header ${JSON.stringify(version)}`,
          statuses: [400, 409, 426],
        })),
    );
  }
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  for (const parameter of queryParameters) {
    const violations = queryViolationsOf(parameter.schema);
    if (violations === null) continue;
    defects.push(
      violations.map((value) => ({
        parts: (parts: Parts) => ({ ...parts, query: { ...parts.query, [parameter.name]: value } }),
        defect: `query ${parameter.name}=${JSON.stringify(value.slice(0, 40))}`,
        statuses: [400],
      })),
    );
  }
  if (queryParameters.length > 0) {
    defects.push(
      fc
        .oneof(
          fc
            .constantFrom('__proto__', 'constructor', 'isAdmin', 'scope[]', 'seq[0]', '%00', 'a%zz')
            .map((key) => ({ key, isRaw: true })),
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((key) => !queryParameters.some((p) => p.name === key))
            .map((key) => ({ key, isRaw: false })),
        )
        .map(({ key, isRaw }) => ({
          parts: (parts: Parts) =>
            isRaw
              ? { ...parts, rawQuery: [...parts.rawQuery, `${key}=1`] }
              : { ...parts, query: { ...parts.query, [key]: '1' } },
          defect: `unknown query key ${JSON.stringify(key)}`,
          statuses: [400],
        })),
    );
    const first = queryParameters[0];
    if (first !== undefined)
      defects.push(
        fc.constant<Defect>({
          parts: (parts: Parts) => ({ ...parts, rawQuery: [`${first.name}=1`, `${first.name}=2`] }),
          defect: `query ${first.name} given twice`,
          statuses: [400],
        }),
      );
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const violations = queryViolationsOf(parameter.schema);
    if (violations === null) continue;
    defects.push(
      // Longer values do not reach the route at all (Fastify's maxParamLength): odd requests cover them.
      violations
        .filter((value) => value.length <= MAX_PARAM_LENGTH)
        .map((value) => ({
          parts: (parts: Parts) => ({ ...parts, path: { ...parts.path, [parameter.name]: value } }),
          defect: `path ${parameter.name}=${JSON.stringify(value.slice(0, 40))}`,
        })),
    );
  }
  defects.push(...jsonBodyDefects(operation, baseline, context.components));
  if (operation.formBody !== null) {
    const withForm =
      (payload: string, contentType = 'application/x-www-form-urlencoded') =>
      (parts: Parts): Parts => ({
        ...parts,
        headers: { ...parts.headers, 'content-type': contentType },
        payload,
      });
    defects.push(
      fc.oneof(
        fc.integer({ min: 17, max: 300 }).map((n) => ({
          parts: withForm(`last4=${'9'.repeat(n)}`),
          defect: 'form field too long',
          statuses: [400, 413],
        })),
        fc.constant<Defect>({
          parts: withForm(`last4=1234&pad=${'x'.repeat(2000)}`),
          defect: 'form over its limit',
          statuses: [413],
        }),
        fc.constantFrom('abcd', '%zz%', '12%0034', '１２３４', '').map((last4) => ({
          parts: withForm(`last4=${last4}`),
          defect: `form last4=${last4}`,
          statuses: [400, 404],
        })),
        fc.constant<Defect>({
          parts: withForm('<last4>1234</last4>', 'application/xml'),
          defect: 'form as XML',
          statuses: [415],
        }),
      ),
    );
  }
  if (defects.length === 0) return null;
  return fc
    .tuple(fc.oneof(...defects), ipArb, fc.boolean())
    .map(([{ parts, defect, statuses }, ip, isHead]) => {
      const broken = parts(partsOf(operation, baseline));
      // GET routes answer HEAD too: the same checks must hold.
      if (operation.method === 'GET' && isHead && !context.isStreaming) broken.method = 'HEAD';
      return toRequest(operation, broken, ip, defect, true, statuses);
    });
}
