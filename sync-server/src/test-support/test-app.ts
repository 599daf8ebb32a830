/**
 * A real app on a real SQLite file in a temp directory, with a small fixture district (two townships, three
 * villages), a few users and a movable clock, for tests that drive the API with app.inject.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../app';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { hashPassword } from '../auth/password-hash';
import { loadConfig, type Config, type LogLevel } from '../config';
import { createLogger } from '../http/logger';
import { openSqliteStore } from '../store/sqlite-store';
import type { Store } from '../store/store';
import { REGIONS, serviceItem, VILLAGE_A1 } from '../store/store-contract-fixtures';

export const PASSWORD = 'correct-horse-42';
export const TEST_NOW = Date.parse('2026-03-02T08:00:00.000Z');

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  config: Config;
  dir: string;
  clock: { now: number };
  /** Log lines written so far (when `logLevel` was given). */
  logs: string[];
  login(username?: string, extra?: Record<string, unknown>, ip?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Files to write into STATIC_DIR (relative path → content); none → no STATIC_DIR at all. */
  staticFiles?: Record<string, string>;
  logLevel?: LogLevel;
  env?: Record<string, string>;
}

/** Fixture users: one agent, one reviewer, one disabled agent; all with PASSWORD. */
async function seedFixtures(store: Store, now: string): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD);
  await store.upsertRegions(REGIONS);
  await store.insertUser(
    { id: 'u-agent', username: 'agent1', name: '张代办', role: 'agent', scope: VILLAGE_A1, passwordHash },
    now,
  );
  await store.insertUser(
    {
      id: 'u-reviewer',
      username: 'reviewer1',
      name: '李审核',
      role: 'reviewer',
      scope: '360799101',
      passwordHash,
    },
    now,
  );
  await store.insertUser(
    {
      id: 'u-off',
      username: 'disabled1',
      name: '王停用',
      role: 'agent',
      scope: VILLAGE_A1,
      passwordHash,
      isActive: false,
    },
    now,
  );
  await store.publishCatalogueItem(serviceItem('ITEM-A', 1, '最低生活保障申请（旧版）'));
  await store.publishCatalogueItem(serviceItem('ITEM-A', 2, '最低生活保障申请'));
  await store.publishCatalogueItem(serviceItem('ITEM-B', 1, '残疾人证办理'));
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'daiban-app-'));
  const staticDir = join(dir, 'dist');
  for (const [path, content] of Object.entries(options.staticFiles ?? {})) {
    mkdirSync(dirname(join(staticDir, path)), { recursive: true });
    writeFileSync(join(staticDir, path), content);
  }
  const config = loadConfig(
    {
      DATA_DIR: join(dir, 'data'),
      STATIC_DIR: staticDir,
      LOG_LEVEL: options.logLevel ?? 'silent',
      ...options.env,
    },
    dir,
  );
  const store = await openSqliteStore(join(config.dataDir, 'test.sqlite'));
  await store.migrate();
  const clock = { now: TEST_NOW };
  await seedFixtures(store, new Date(clock.now).toISOString());
  const logs: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void logs.push(line) };
  const app = await buildApp({
    config,
    store,
    logger: createLogger(config.logLevel, destination),
    now: () => clock.now,
    loginLimiter: new LoginRateLimiter({ now: () => clock.now }),
  });
  await app.ready();
  return {
    app,
    store,
    config,
    dir,
    clock,
    logs,
    login: (username = 'agent1', extra = {}, ip = '10.0.0.1') =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { username, password: PASSWORD, deviceName: '测试平板', ...extra },
      }),
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The JSON body of a response, typed loosely for assertions. */
export function bodyOf(response: { body: string }): Record<string, unknown> {
  const parsed: unknown = JSON.parse(response.body);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`not a JSON object: ${response.body}`);
  return { ...parsed };
}

export const HAS_CHINESE = /[\u4e00-\u9fa5]/;
