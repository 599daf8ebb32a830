/**
 * The bad-input suite, run against one store kind: every operation of GET /api/openapi.json (plus the few
 * routes it leaves out on purpose) gets seeded fast-check runs of broken requests — each must be refused
 * with a 4xx and leave every table and file as it was — and reads get odd requests that must never be a
 * 5xx. A route the server registered that nothing fuzzes fails the suite. Tests only.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi/openapi-document';
import { bearer } from '../replication/replication-test-fixtures';
import { startFuzzApp, type FuzzApp } from './fuzz-app';
import {
  baselinesOf,
  defaultBaselineOf,
  EXTRA_OPERATIONS,
  STREAMING_OPERATIONS,
  TUS_CREATE_HEADERS,
} from './fuzz-baselines';
import { checkAnswer, describeRequest, expectPrototypeClean, send, type StoreState } from './fuzz-runner';
import { baselineUrl, ipArb, type Baseline, type FuzzRequest } from './fuzz-request';
import { refusedRequests } from './malformed-requests';
import { oddRequests, poisonedTextRequests } from './odd-requests';
import {
  HTTP_METHODS,
  operationKey,
  operationsOf,
  registeredRoutesOf,
  type JsonSchema,
  type Operation,
} from './route-table';

/** Baselines that are refused by design (routes that exist only for the tus protocol's sake). */
const REFUSING_BASELINES: Record<string, number> = {
  'HEAD /api/files/uploads': 404,
  'PATCH /api/files/uploads': 404,
};

/** The operations to fuzz: the OpenAPI document the server serves, and the routes it leaves out. */
const DOCUMENT = openApiDocument() as { components: { schemas: Record<string, JsonSchema> } };
const OPERATIONS: Operation[] = [...operationsOf(DOCUMENT), ...EXTRA_OPERATIONS];

const TIMEOUT_MS = 180_000;

export interface SuiteOptions {
  kind: 'sqlite' | 'postgres';
  /** fast-check runs per operation for refused requests; odd requests get a third of it. */
  runs: number;
  seed: number;
}

export function runBadInputSuite({ kind, runs, seed }: SuiteOptions): void {
  describe(`bad input on every endpoint (${kind})`, () => {
    let f: FuzzApp;
    const operations = OPERATIONS;
    const components = DOCUMENT.components.schemas;
    let baselines: Record<string, Baseline> = {};
    const baselineOf = (operation: Operation) =>
      baselines[operationKey(operation)] ??
      defaultBaselineOf(operation, { adminToken: f.tokens.admin1, fileSha256: f.seeded.fileSha256 });

    beforeAll(async () => {
      f = await startFuzzApp({ kind });
      const created = await f.app.inject({
        method: 'POST',
        url: '/api/files/uploads',
        headers: { ...bearer(f.tokens.agent1), ...TUS_CREATE_HEADERS('c'.repeat(64)) },
      });
      const uploadId = String(created.headers.location ?? '')
        .split('/')
        .pop();
      if (created.statusCode !== 201 || !uploadId) throw new Error(`tus create: ${created.statusCode}`);
      baselines = baselinesOf(f, uploadId);
    }, TIMEOUT_MS);
    afterAll(async () => f?.close());

    it('fuzzes the document the server serves at /api/openapi.json', async () => {
      const served: unknown = JSON.parse(
        (await f.app.inject({ method: 'GET', url: '/api/openapi.json' })).body,
      );
      expect(served).toEqual(JSON.parse(JSON.stringify(DOCUMENT)));
    });

    it('fuzzes every route the server registered', () => {
      const fuzzed = new Set(operations.map(operationKey));
      const missing = registeredRoutesOf(f.app)
        .filter((route) => route.path !== '*') // the built app: fuzzed below with odd paths
        .filter((route) => !fuzzed.has(operationKey(route)))
        // Fastify answers HEAD for every GET route; the GET's requests are also sent as HEAD.
        .filter((route) => !(route.method === 'HEAD' && fuzzed.has(`GET ${route.path}`)))
        .map(operationKey);
      expect(missing, 'routes without fuzzing: describe them in the OpenAPI document').toEqual([]);
    });

    it(
      'answers every valid baseline with a 2xx (so a broken copy fails for what was broken)',
      async () => {
        for (const operation of operations) {
          const key = operationKey(operation);
          const baseline = baselines[key];
          if (baseline === undefined || STREAMING_OPERATIONS.has(key)) continue;
          const headers: Record<string, string> = { ...baseline.headers };
          if (baseline.token !== null) headers.authorization = `Bearer ${baseline.token}`;
          let payload: string | undefined;
          if (baseline.body !== undefined) {
            headers['content-type'] = 'application/json';
            payload = JSON.stringify(baseline.body);
          } else if (baseline.form !== undefined) {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            payload = new URLSearchParams(baseline.form).toString();
          } else if (operation.method === 'PATCH') {
            headers['content-type'] = 'application/offset+octet-stream';
            payload = 'abc';
          }
          const query = new URLSearchParams(baseline.query ?? {}).toString();
          const response = await f.app.inject({
            method: operation.method,
            url: `${baselineUrl(operation, baseline)}${query ? `?${query}` : ''}`,
            headers,
            payload,
          });
          const expected = REFUSING_BASELINES[key];
          if (expected !== undefined) expect(response.statusCode, key).toBe(expected);
          else expect(response.statusCode, `${key}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
        }
      },
      TIMEOUT_MS,
    );

    describe('refuses broken requests with a 4xx and writes nothing', () => {
      for (const [index, operation] of OPERATIONS.entries()) {
        const key = operationKey(operation);
        it(
          key,
          async () => {
            const isStatusChecked = baselines[key] !== undefined;
            const before: StoreState = { digest: await f.digest() };
            const generator = refusedRequests(operation, baselineOf(operation), {
              components,
              credentials: { refused: { ...f.bad } },
              isStreaming: STREAMING_OPERATIONS.has(key),
            });
            if (generator === null) {
              // Nothing to get wrong (a probe): covered by the odd requests below.
              expect(
                oddRequests(operation, baselineOf(operation)),
                `${key}: nothing fuzzes it`,
              ).not.toBeNull();
              return;
            }
            await fc.assert(
              fc.asyncProperty(generator, async (request) => {
                await checkAnswer(f, request, await send(f, request), before, { isStatusChecked });
              }),
              { seed: seed + index, numRuns: runs },
            );
            expectPrototypeClean();
          },
          TIMEOUT_MS,
        );
      }
    });

    it(
      'never answers odd requests with a 5xx, and they write nothing',
      async () => {
        for (const [index, operation] of operations.entries()) {
          if (STREAMING_OPERATIONS.has(operationKey(operation))) continue;
          const generator = oddRequests(operation, baselineOf(operation));
          if (generator === null) continue;
          const before: StoreState = { digest: await f.digest() };
          await fc.assert(
            fc.asyncProperty(generator, async (request) => {
              await checkAnswer(f, request, await send(f, request), before, { isStatusChecked: false });
            }),
            { seed: seed + 1000 + index, numRuns: Math.max(5, Math.round(runs / 3)) },
          );
        }
      },
      TIMEOUT_MS,
    );

    it(
      'refuses NUL, unpaired surrogates and invalid UTF-8 in every parameter and every body string',
      async () => {
        const before: StoreState = { digest: await f.digest() };
        let sent = 0;
        for (const operation of operations) {
          for (const request of poisonedTextRequests(operation, baselineOf(operation), components)) {
            await checkAnswer(f, request, await send(f, request), before, { isStatusChecked: true });
            sent += 1;
          }
        }
        expect(sent).toBeGreaterThan(operations.length);
      },
      TIMEOUT_MS,
    );

    it(
      'answers 404 to methods a route does not have',
      async () => {
        const registered = new Set(registeredRoutesOf(f.app).map(operationKey));
        const paths = [...new Set(operations.map((operation) => operation.path))];
        const before: StoreState = { digest: await f.digest() };
        const probes = paths.flatMap((path) => {
          const operation = operations.find((candidate) => candidate.path === path);
          const url = operation ? baselineUrl(operation, baselineOf(operation)) : path;
          return HTTP_METHODS.filter(
            (method) =>
              !registered.has(`${method} ${path}`) && !(method === 'HEAD' && registered.has(`GET ${path}`)),
          ).map((method) => ({ method, url }));
        });
        expect(probes.length).toBeGreaterThan(paths.length);
        for (const probe of probes) {
          const request: FuzzRequest = {
            ...probe,
            headers: { authorization: `Bearer ${f.tokens.admin1}`, 'content-type': 'application/json' },
            payload: probe.method === 'GET' || probe.method === 'HEAD' ? undefined : '{}',
            remoteAddress: '10.9.9.9',
            defect: 'method not routed',
            mustRefuse: true,
            statuses: [404],
          };
          await checkAnswer(f, request, await send(f, request), before, { isStatusChecked: true });
        }
      },
      TIMEOUT_MS,
    );

    it(
      'serves nothing outside the built app for odd paths, and never fails',
      async () => {
        const before: StoreState = { digest: await f.digest() };
        const segment = fc.oneof(
          fc.constantFrom(
            '..',
            '%2e%2e',
            '%2E%2E%2F',
            '..%2f..%2fdata%2fsecret.key',
            '..%5c..%5c',
            '%00',
            '%',
            '%zz',
            'secret.key',
            'fuzz.sqlite',
            'data',
            'assets',
            'index.html',
            'sw.js',
            '.env',
            '%E4%B8%AD',
            '%ED%A0%80',
            '%C0%AF',
            'a'.repeat(300),
          ),
          fc.webSegment(),
        );
        const generator = fc
          .tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('GET', 'HEAD'), ipArb)
          .map(([segments, method, ip]): FuzzRequest => ({
            method,
            url: `/${segments.join('/')}`,
            headers: {},
            remoteAddress: ip,
            defect: 'odd static path',
            mustRefuse: false,
          }));
        await fc.assert(
          fc.asyncProperty(generator, async (request) => {
            const response = await send(f, request);
            await checkAnswer(f, request, response, before, { isStatusChecked: false });
            if (response.statusCode === 200 && request.method === 'GET') {
              const isIndex = response.body.includes('<div id="root">');
              const isAsset = response.body.includes('console.info("daiban")');
              if (!isIndex && !isAsset) throw new Error(`served something else: ${describeRequest(request)}`);
            }
          }),
          { seed: seed + 2000, numRuns: runs * 2 },
        );
      },
      TIMEOUT_MS,
    );
  });
}
