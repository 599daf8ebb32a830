/**
 * Starts the real sync server (sync-server/src/cli.ts) as a child process on a free port with its own
 * temporary DATA_DIR, the way `npm start` does, and stops it again. Used by integration and e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT_DIR = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** SIGTERM (graceful) or SIGKILL (crash), then wait for exit. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Start again on the same port and data directory (e.g. after SIGKILL). */
  restart(): Promise<void>;
  /** Stop and delete the data directory. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server at ${url} not ready within ${timeoutMs} ms`);
}

export interface StartServerOptions {
  env?: Record<string, string>;
  /** Use this data directory (kept on dispose). */
  dataDir?: string;
  /**
   * Start from an empty data directory and let the server seed it, as `npm start` does on first run.
   * Otherwise the directory is a copy of a seeded template (seeding hashes 311 demo passwords with scrypt,
   * about 10 s on this machine, so it is done once per code version and copied after that).
   */
  fresh?: boolean;
}

/** Hash of everything that decides what a seeded data directory contains. */
function templateKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') || name.endsWith('.sql')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['sync-server/src/store', 'src/demo', 'src/domain/calendar']) walk(join(ROOT_DIR, dir));
  hash.update(readFileSync(join(ROOT_DIR, 'sync-server/src/seed-demo.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** A seeded SQLite data directory for this code version, created once (atomically) and then reused. */
async function seededTemplate(): Promise<string> {
  const template = join(tmpdir(), `daiban-template-${templateKey()}`);
  if (existsSync(join(template, 'daiban.sqlite'))) return template;
  const building = mkdtempSync(join(tmpdir(), 'daiban-template-build-'));
  const seeding = await startServer({ dataDir: building, fresh: true });
  await seeding.stop('SIGTERM');
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker won the race: use its template
  }
  return template;
}

async function newDataDir(options: StartServerOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'daiban-test-'));
  const usesPostgres = Boolean(options.env?.DATABASE_URL);
  if (!options.fresh && !usesPostgres) cpSync(await seededTemplate(), dataDir, { recursive: true });
  return dataDir;
}

export async function startServer(options: StartServerOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = options.dataDir ?? (await newDataDir(options));
  const url = `http://127.0.0.1:${port}`;
  const ownsDataDir = !options.dataDir;
  let stdout = '';
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'sync-server/src/cli.ts')], {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        // DAIBAN_TEST_STATIC_DIR: a build elsewhere (parallel work builds into its own directory).
        STATIC_DIR: process.env.DAIBAN_TEST_STATIC_DIR ?? join(ROOT_DIR, 'dist'),
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // Generous: seeding the demo district on a loaded 2-core machine can take over a minute.
    await waitForHealth(url, child, 180_000).catch((error: unknown) => {
      child.kill('SIGKILL'); // a server that never became ready must not outlive the test
      throw error;
    });
  };

  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await exited;
  };

  await launch();
  return {
    url,
    port,
    dataDir,
    output: () => stdout,
    stop,
    restart: launch,
    dispose: async () => {
      await stop();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
