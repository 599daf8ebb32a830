/**
 * The app the bad-input tests attack: the real buildApp on SQLite (a temp file) or PostgreSQL (a throw-away
 * database), with the fixture district, a user of every role, a signed-in device each, the credentials an
 * attacker may hold (expired, revoked, forged, of a disabled account), a submitted case with a photo, a
 * consultation, and a small built app to serve. `digest()` reads every table and file from outside the app.
 * Tests only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../app';
import { signAccessToken } from '../auth/access-token';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { hashPassword } from '../auth/password-hash';
import { loadConfig, type Config, type LogLevel } from '../config';
import { openFileBlobs } from '../files/file-blobs';
import { createLogger } from '../http/logger';
import { ProgressRateLimiter } from '../public/progress-rate-limiter';
import {
  addRoleUsers,
  bearer,
  consultationDocument,
  rowsOf,
  submitDocument,
} from '../replication/replication-test-fixtures';
import { openPostgresStore } from '../store/postgres-store';
import { openSqliteStore } from '../store/sqlite-store';
import { REGIONS, serviceItem, VILLAGE_A1 } from '../store/store-contract-fixtures';
import type { Store } from '../store/store';
import { PASSWORD, TEST_NOW } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../tools/postgres-test-database';
import {
  describeChanges,
  digestStore,
  filesUnder,
  postgresTableReader,
  sqliteTableReader,
  type StoreDigest,
  type TableReader,
} from './store-digest';

/** The smallest valid JPEG header: what the magic-byte check looks for. */
export const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const INDEX_HTML =
  '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';

/** Users by username (all with PASSWORD); `far1` is an agent of another district. */
export const FUZZ_USERS = [
  'agent1',
  'agentB',
  'reviewer1',
  'reviewerB',
  'supervisor1',
  'admin1',
  'far1',
] as const;
export type FuzzUser = (typeof FUZZ_USERS)[number];

/** Credentials that must never get past authentication. */
export interface BadCredentials {
  expired: string;
  revokedDevice: string;
  forgedSecret: string;
  disabledUser: string;
  tamperedClaims: string;
}

export interface FuzzApp {
  app: FastifyInstance;
  store: Store;
  config: Config;
  kind: 'sqlite' | 'postgres';
  filesDir: string;
  clock: { now: number };
  /** Log lines written so far (when `logLevel` was given). */
  logs: string[];
  /** Bearer tokens of signed-in users. */
  tokens: Record<FuzzUser, string>;
  bad: BadCredentials;
  /** agent1's refresh token and device. */
  agentSession: { refreshToken: string; deviceId: string };
  seeded: {
    caseId: string;
    actionId: string;
    receiptNo: string;
    /** The consultation as agent1 pushed it (pushing it again changes nothing). */
    consultation: Record<string, unknown>;
    fileSha256: string;
  };
  /** The contents of DATA_DIR/secret.key: no answer may ever contain it. */
  tokenSecret: string;
  digest(): Promise<StoreDigest>;
  /** Throws with the differences when the store or the files changed since `before`. */
  expectUnchanged(before: StoreDigest, context: string): Promise<void>;
  close(): Promise<void>;
}

export interface FuzzAppOptions {
  kind?: 'sqlite' | 'postgres';
  logLevel?: LogLevel;
  env?: Record<string, string>;
}

const iso = (ms: number) => new Date(ms).toISOString();

async function seedUsers(store: Store, now: string): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD);
  await store.upsertRegions([
    ...REGIONS,
    { code: '360800000000', name: '外区', level: 'county', parentCode: null, kind: '区' },
    { code: '360800101000', name: '外镇', level: 'township', parentCode: '360800000000', kind: '镇' },
    { code: '360800101201', name: '外村', level: 'village', parentCode: '360800101000', kind: '村' },
  ]);
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
  await store.insertUser(
    { id: 'u-far', username: 'far1', name: '外区代办', role: 'agent', scope: '360800101201', passwordHash },
    now,
  );
  await store.insertUser(
    { id: 'u-spare', username: 'spare1', name: '备用代办', role: 'agent', scope: VILLAGE_A1, passwordHash },
    now,
  );
  await addRoleUsers(store, now);
  await store.insertDevice({
    id: 'tablet-spare-0001',
    userId: 'u-agent-b',
    name: '备用平板',
    registeredAt: now,
    lastSeenAt: now,
    revokedAt: null,
  });
  await store.publishCatalogueItem(serviceItem('ITEM-A', 1, '最低生活保障申请（旧版）'));
  await store.publishCatalogueItem(serviceItem('ITEM-A', 2, '最低生活保障申请'));
  await store.publishCatalogueItem(serviceItem('ITEM-B', 1, '残疾人证办理'));
}

export async function startFuzzApp(options: FuzzAppOptions = {}): Promise<FuzzApp> {
  const kind = options.kind ?? 'sqlite';
  const dir = mkdtempSync(join(tmpdir(), 'daiban-fuzz-'));
  const staticDir = join(dir, 'dist');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app-1a2b3c.js'), 'console.info("daiban");');
  const config = loadConfig(
    {
      DATA_DIR: join(dir, 'data'),
      STATIC_DIR: staticDir,
      LOG_LEVEL: options.logLevel ?? 'silent',
      ...options.env,
    },
    dir,
  );
  let database: TestDatabase | null = null;
  let store: Store;
  if (kind === 'postgres') {
    database = await createTestDatabase();
    store = await openPostgresStore(database.url, { poolSize: 4 });
  } else {
    store = await openSqliteStore(join(config.dataDir, 'fuzz.sqlite'));
  }
  await store.migrate();
  const clock = { now: TEST_NOW };
  await seedUsers(store, iso(clock.now));

  const logs: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void logs.push(line) };
  const app = await buildApp({
    config,
    store,
    logger: createLogger(config.logLevel, destination),
    now: () => clock.now,
    loginLimiter: new LoginRateLimiter({ now: () => clock.now }),
    progressLimiter: new ProgressRateLimiter(() => clock.now),
  });
  await app.ready();

  const login = async (username: string, deviceId?: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD, deviceName: '测试平板', ...(deviceId ? { deviceId } : {}) },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body) as { accessToken: string; refreshToken: string; deviceId: string };
  };
  const sessions = new Map<string, { accessToken: string; refreshToken: string; deviceId: string }>();
  for (const username of FUZZ_USERS) sessions.set(username, await login(username));
  const tokens = Object.fromEntries(
    FUZZ_USERS.map((username) => [username, sessions.get(username)?.accessToken ?? '']),
  ) as Record<FuzzUser, string>;
  const agent = sessions.get('agent1');
  if (agent === undefined) throw new Error('agent1 did not sign in');

  // Credentials an attacker might hold.
  const revoked = await login('agent1', 'tablet-revoked-0001');
  await store.revokeDevice('tablet-revoked-0001', iso(clock.now));
  await store.insertDevice({
    id: 'tablet-of-disabled',
    userId: 'u-off',
    name: '停用账号的平板',
    registeredAt: iso(clock.now),
    lastSeenAt: iso(clock.now),
    revokedAt: null,
  });
  const agentClaims = { sub: 'u-agent', role: 'agent' as const, scope: VILLAGE_A1, did: agent.deviceId };
  const [version, , signature] = agent.accessToken.split('.');
  const raisedClaims = Buffer.from(
    JSON.stringify({ ...agentClaims, role: 'admin', scope: '360799', iat: 1, exp: 9_999_999_999 }),
  ).toString('base64url');
  const bad: BadCredentials = {
    expired: signAccessToken(
      agentClaims,
      config.tokenSecret,
      config.accessTokenTtlSeconds,
      clock.now - 86_400_000,
    ),
    revokedDevice: revoked.accessToken,
    forgedSecret: signAccessToken(agentClaims, 'not-the-server-secret-0123456789abcdef', 900, clock.now),
    disabledUser: signAccessToken(
      { sub: 'u-off', role: 'agent', scope: VILLAGE_A1, did: 'tablet-of-disabled' },
      config.tokenSecret,
      900,
      clock.now,
    ),
    tamperedClaims: `${version ?? ''}.${raisedClaims}.${signature ?? ''}`,
  };

  // A submitted case whose photo is stored, and a consultation.
  const filesDir = join(config.dataDir, 'files');
  const photo = Buffer.concat([JPEG_MAGIC, Buffer.from('青石村 低保申请 户口簿照片')]);
  const fileSha256 = createHash('sha256').update(photo).digest('hex');
  const blobs = await openFileBlobs(filesDir);
  const uploadPath = join(blobs.uploadsDir, 'seeded-photo');
  writeFileSync(uploadPath, photo);
  await blobs.adopt(uploadPath, fileSha256, { contentType: 'image/jpeg', size: photo.length });
  const submit = submitDocument('case-fuzz-0001', { id: 'act-fuzz-0001' });
  const payload = submit.payload as { materials: { files: string[] }[]; receiptNo: string };
  payload.materials = [{ ...payload.materials[0], files: [fileSha256] }];
  const consultation = consultationDocument('u-agent', { id: 'cons-fuzz-0001' });
  for (const [collection, document] of [
    ['actions', submit],
    ['consultations', consultation],
  ] as const) {
    const pushed = await app.inject({
      method: 'POST',
      url: `/api/replication/${collection}/push`,
      headers: bearer(tokens.agent1),
      payload: rowsOf(document),
    });
    if (pushed.statusCode !== 200) throw new Error(`seed push: ${pushed.statusCode} ${pushed.body}`);
  }

  let reader: TableReader | null = null;
  const readerOf = async () =>
    (reader ??=
      database === null
        ? sqliteTableReader(join(config.dataDir, 'fuzz.sqlite'))
        : await postgresTableReader(database.url));
  const digest = async () => digestStore(await readerOf(), filesDir);

  return {
    app,
    store,
    config,
    kind,
    filesDir,
    clock,
    logs,
    tokens,
    bad,
    agentSession: { refreshToken: agent.refreshToken, deviceId: agent.deviceId },
    seeded: {
      caseId: 'case-fuzz-0001',
      actionId: 'act-fuzz-0001',
      receiptNo: payload.receiptNo,
      consultation,
      fileSha256,
    },
    tokenSecret: config.tokenSecret,
    digest,
    async expectUnchanged(before, context) {
      // Cheap first: no commit by anyone since `before` (SQLite's data_version) and the same files.
      const counter = await (await readerOf()).changeCounter();
      const files = describeChanges(
        { ...before, tables: {} },
        { ...before, tables: {}, files: filesUnder(filesDir) },
      );
      if (counter !== null && counter === before.changeCounter && files === '') return;
      const changes = describeChanges(before, await digest());
      if (changes !== '') throw new Error(`the store changed after ${context}: ${changes}`);
    },
    async close() {
      await app.close();
      await reader?.close();
      await store.close().catch(() => undefined); // a test may have closed it already
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
