/**
 * Sends fuzz requests to the in-process app and checks the verdict: the status (4xx for a refused request,
 * never a 5xx), an API error body with a code and a Chinese message, no trace of the token secret, and an
 * unchanged store (every table and every file, read from outside the app). Tests only.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { FuzzApp } from './fuzz-app';
import type { FuzzRequest } from './fuzz-request';
import type { StoreDigest } from './store-digest';

const HAS_CHINESE = /[\u4e00-\u9fa5]/;

export function describeRequest(request: FuzzRequest): string {
  const size = request.payload === undefined ? 0 : request.payload.length;
  return `${request.method} ${request.url.slice(0, 160)} [${request.defect}] (body ${String(size)} bytes)`;
}

export async function send(f: FuzzApp, request: FuzzRequest): Promise<LightMyRequestResponse> {
  return f.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
    payload: request.payload,
    remoteAddress: request.remoteAddress,
  });
}

/** The digest the store must keep; moved on after a failure, so that shrinking reports its own request. */
export interface StoreState {
  digest: StoreDigest;
}

/** Throws when the answer breaks a rule; `state.digest` is what the store must still hold. */
export async function checkAnswer(
  f: FuzzApp,
  request: FuzzRequest,
  response: LightMyRequestResponse,
  state: StoreState,
  options: { isStatusChecked: boolean },
): Promise<void> {
  try {
    await check(f, request, response, state.digest, options);
  } catch (error) {
    state.digest = await f.digest();
    throw error;
  }
}

async function check(
  f: FuzzApp,
  request: FuzzRequest,
  response: LightMyRequestResponse,
  before: StoreDigest,
  options: { isStatusChecked: boolean },
): Promise<void> {
  const what = `${describeRequest(request)} → ${String(response.statusCode)} ${response.body.slice(0, 200)}`;
  if (response.statusCode >= 500) throw new Error(`server error: ${what}`);
  if (request.mustRefuse) {
    if (response.statusCode < 400) throw new Error(`accepted a broken request: ${what}`);
    if (options.isStatusChecked && request.statuses && !request.statuses.includes(response.statusCode))
      throw new Error(`expected ${request.statuses.join('/')}: ${what}`);
  }
  const type = String(response.headers['content-type'] ?? '');
  if (response.statusCode >= 400 && type.startsWith('application/json') && request.method !== 'HEAD') {
    const body = JSON.parse(response.body) as { code?: unknown; message?: unknown };
    if (typeof body.code !== 'string' || typeof body.message !== 'string' || !HAS_CHINESE.test(body.message))
      throw new Error(`error body without a code and a Chinese message: ${what}`);
  }
  if (response.body.includes(f.tokenSecret) || response.body.includes('SQLite format 3'))
    throw new Error(`leaked the token secret or the database: ${what}`);
  await f.expectUnchanged(before, describeRequest(request));
}

/** Fails when something was added to Object.prototype (a `__proto__` key that got through). */
export function expectPrototypeClean(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['isAdmin', 'role', 'polluted', 'scope'])
    if (key in probe) throw new Error(`Object.prototype was polluted with ${key}`);
}
