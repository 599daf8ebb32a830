import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'daiban-config-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('has defaults that run the embedded server, and generates the secret once with 0600', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      port: 8787,
      host: '0.0.0.0',
      dataDir: join(cwd, 'data'),
      database: { kind: 'sqlite', path: join(cwd, 'data', 'daiban.sqlite') },
      logLevel: 'info',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      staticDir: join(cwd, 'dist'),
      seedDemo: true,
      demoSeed: null,
      publicUrl: null,
      trustProxy: false,
      tokenSecretSource: 'file-created',
    });
    const file = join(cwd, 'data', 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(config.tokenSecret);
    expect(config.tokenSecret.length).toBeGreaterThanOrEqual(32);
    const again = loadConfig({}, cwd);
    expect(again.tokenSecret).toBe(config.tokenSecret);
    expect(again.tokenSecretSource).toBe('file');
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '127.0.0.1',
        DATA_DIR: 'var/daiban',
        DATABASE_URL: 'postgres://daiban@db:5432/daiban',
        LOG_LEVEL: 'warn',
        TOKEN_SECRET: 's'.repeat(40),
        ACCESS_TOKEN_TTL_SECONDS: '600',
        REFRESH_TOKEN_TTL_DAYS: '7',
        STATIC_DIR: '/srv/daiban/dist',
        DEMO_SEED: '42',
        PUBLIC_URL: 'https://daiban.example.gov.cn/',
        TRUST_PROXY: 'true',
      },
      cwd,
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      dataDir: join(cwd, 'var/daiban'),
      database: { kind: 'postgres', url: 'postgres://daiban@db:5432/daiban' },
      logLevel: 'warn',
      tokenSecret: 's'.repeat(40),
      tokenSecretSource: 'env',
      accessTokenTtlSeconds: 600,
      refreshTokenTtlDays: 7,
      staticDir: '/srv/daiban/dist',
      seedDemo: true,
      demoSeed: 42,
      publicUrl: 'https://daiban.example.gov.cn',
      trustProxy: true,
    });
  });

  it('turns demo seeding off with SEED_DEMO=false or DEMO_SEED=false', () => {
    expect(loadConfig({ SEED_DEMO: 'false' }, cwd).seedDemo).toBe(false);
    expect(loadConfig({ DEMO_SEED: 'off' }, cwd).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'false', DEMO_SEED: '7' }, cwd).seedDemo).toBe(false);
  });

  it('explains every invalid value to the operator, in one error', () => {
    let error: unknown;
    try {
      loadConfig(
        {
          PORT: 'eighty',
          TOKEN_SECRET: 'short',
          LOG_LEVEL: 'loud',
          DATABASE_URL: 'mysql://x',
          SEED_DEMO: 'maybe',
        },
        cwd,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = error instanceof Error ? error.message : '';
    for (const name of ['PORT', 'TOKEN_SECRET', 'LOG_LEVEL', 'DATABASE_URL', 'SEED_DEMO'])
      expect(message).toContain(name);
    expect(message).not.toMatch(/[\u4e00-\u9fa5]/);
  });
});
