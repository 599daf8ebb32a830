/**
 * Server configuration from the environment, validated with zod.
 *
 * Messages are in English on purpose: they are read by the operator starting the server, not by citizens
 * or station staff. `loadConfig` has two side effects, both inside DATA_DIR: it creates the directory and,
 * when TOKEN_SECRET is unset, generates the signing secret once into DATA_DIR/secret.key (mode 0600).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the data lives: the embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the data directory (created when missing). */
  dataDir: string;
  database: DatabaseConfig;
  logLevel: LogLevel;
  /** HMAC key of the access tokens (at least 32 characters). */
  tokenSecret: string;
  /** Where the token secret came from: the environment or DATA_DIR/secret.key (generated or reused). */
  tokenSecretSource: 'env' | 'file-created' | 'file';
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Absolute path of the built PWA (vite build output). */
  staticDir: string;
  /** Seed the demo district into an empty store on start. */
  seedDemo: boolean;
  /** Seed of the demo generator, or null for the generator's default. */
  demoSeed: number | null;
  /** Public base URL (e.g. https://daiban.example.gov.cn) when the server sits behind a proxy. */
  publicUrl: string | null;
  /** Trust X-Forwarded-For / -Proto from a reverse proxy (only when one is in front: else clients could spoof their IP). */
  trustProxy: boolean;
  /** Milliseconds between heartbeat comments on replication streams (tests shorten it). */
  streamHeartbeatMs: number;
  /** Bearer token of GET /api/metrics; null: only loopback callers may read the metrics. */
  metricsToken: string | null;
  /** Largest file upload accepted (bytes). */
  fileMaxBytes: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const MIN_SECRET_LENGTH = 32;
const SECRET_FILE = 'secret.key';

const intFrom = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be an integer from ${min} to ${max} (got "${value}")`,
        });
        return z.NEVER;
      }
      return n;
    });

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

const booleanFrom = (name: string, fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const word = value.toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false (got "${value}")` });
      return z.NEVER;
    });

/**
 * DEMO_SEED: "false"/"off"/"no" disables demo seeding, "true"/"on"/"yes" enables it with the default seed,
 * an integer enables it with that generator seed.
 */
const demoSeedFrom = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx): { isEnabled: boolean | null; seed: number | null } => {
    if (value === undefined || value === '') return { isEnabled: null, seed: null };
    const word = value.toLowerCase();
    if (['true', 'yes', 'on'].includes(word)) return { isEnabled: true, seed: null };
    if (['false', 'no', 'off'].includes(word)) return { isEnabled: false, seed: null };
    const n = Number(value);
    if (Number.isSafeInteger(n) && n >= 0) return { isEnabled: true, seed: n };
    ctx.addIssue({
      code: 'custom',
      message: `DEMO_SEED must be true, false or a non-negative integer seed (got "${value}")`,
    });
    return z.NEVER;
  });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === '' ? null : value));

const envSchema = z.object({
  PORT: intFrom('PORT', 0, 65535, 8787),
  HOST: optionalText.transform((value) => value ?? '0.0.0.0'),
  DATA_DIR: optionalText.transform((value) => value ?? './data'),
  DATABASE_URL: optionalText.refine((value) => value === null || /^postgres(ql)?:\/\//.test(value), {
    message:
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/daiban (unset it to use SQLite)',
  }),
  LOG_LEVEL: optionalText.refine(
    (value) => value === null || (LOG_LEVELS as readonly string[]).includes(value),
    {
      message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`,
    },
  ),
  TOKEN_SECRET: optionalText.refine((value) => value === null || value.length >= MIN_SECRET_LENGTH, {
    message: `TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters (or unset it to generate one in DATA_DIR/${SECRET_FILE})`,
  }),
  ACCESS_TOKEN_TTL_SECONDS: intFrom('ACCESS_TOKEN_TTL_SECONDS', 30, 86_400, 900),
  REFRESH_TOKEN_TTL_DAYS: intFrom('REFRESH_TOKEN_TTL_DAYS', 1, 365, 30),
  STATIC_DIR: optionalText.transform((value) => value ?? './dist'),
  SEED_DEMO: booleanFrom('SEED_DEMO', true),
  DEMO_SEED: demoSeedFrom,
  TRUST_PROXY: booleanFrom('TRUST_PROXY', false),
  STREAM_HEARTBEAT_MS: intFrom('STREAM_HEARTBEAT_MS', 100, 60_000, 15_000),
  FILE_MAX_BYTES: intFrom('FILE_MAX_BYTES', 1024, 1024 * 1024 * 1024, 20 * 1024 * 1024),
  METRICS_TOKEN: optionalText.refine((value) => value === null || value.length >= 16, {
    message:
      'METRICS_TOKEN must be at least 16 characters (or unset it: then only loopback callers read /api/metrics)',
  }),
  PUBLIC_URL: optionalText.refine((value) => value === null || /^https?:\/\/[^\s/]+/.test(value), {
    message: 'PUBLIC_URL must start with http:// or https:// (e.g. https://daiban.example.gov.cn)',
  }),
});

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** Reads DATA_DIR/secret.key, or creates it (0600) with 32 random bytes when it does not exist. */
function loadOrCreateSecret(dataDir: string): { secret: string; isCreated: boolean } {
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    const secret = randomBytes(32).toString('base64url');
    try {
      // 'wx' fails when another process created the file first: then read theirs.
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return { secret, isCreated: true };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters: delete the file to generate a new one ` +
        '(everyone will have to sign in again) or set TOKEN_SECRET',
    );
  }
  return { secret, isCreated: false };
}

/**
 * Parses and validates the environment; throws ConfigError with one line per problem.
 * Creates DATA_DIR and, when TOKEN_SECRET is unset, DATA_DIR/secret.key.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const dataDir = absolute(e.DATA_DIR);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new ConfigError(
      `Cannot create DATA_DIR ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const fromFile = e.TOKEN_SECRET === null ? loadOrCreateSecret(dataDir) : null;
  const logLevel = e.LOG_LEVEL !== null && isLogLevel(e.LOG_LEVEL) ? e.LOG_LEVEL : 'info';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database:
      e.DATABASE_URL === null
        ? { kind: 'sqlite', path: join(dataDir, 'daiban.sqlite') }
        : { kind: 'postgres', url: e.DATABASE_URL },
    logLevel,
    tokenSecret: e.TOKEN_SECRET ?? fromFile?.secret ?? '',
    tokenSecretSource: fromFile === null ? 'env' : fromFile.isCreated ? 'file-created' : 'file',
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    staticDir: absolute(e.STATIC_DIR),
    // Either switch turned off disables seeding.
    seedDemo: e.SEED_DEMO && (e.DEMO_SEED.isEnabled ?? true),
    demoSeed: e.DEMO_SEED.seed,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    trustProxy: e.TRUST_PROXY,
    streamHeartbeatMs: e.STREAM_HEARTBEAT_MS,
    metricsToken: e.METRICS_TOKEN,
    fileMaxBytes: e.FILE_MAX_BYTES,
  };
}
