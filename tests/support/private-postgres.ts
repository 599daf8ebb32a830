/**
 * A throw-away PostgreSQL cluster of the test's own (initdb in a temp directory, a free port, trust auth on
 * 127.0.0.1, its socket in that directory), so a test can stop and start PostgreSQL under a running server
 * without touching the machine's shared service. initdb refuses to run as root: as root every command runs
 * as the `postgres` system user (else `nobody`) through runuser, and the directory is handed to that user.
 *
 * Binaries: PG_BIN_DIR, else /usr/local/bin, else the newest /usr/lib/postgresql/<version>/bin.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './server-process';

const run = promisify(execFile);

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/daiban */
  url: string;
  port: number;
  /** `pg_ctl stop -m <mode>` (fast: disconnect every client, like a service restart). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Stops it (immediate) and deletes the cluster. */
  dispose(): Promise<void>;
}

/** The directory with initdb, pg_ctl and postgres, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BIN_DIR, '/usr/local/bin'];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  for (const dir of candidates)
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
}

/** uid/gid of a system user from /etc/passwd, or null. */
function systemUser(name: string): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found: set PG_BIN_DIR');
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? (systemUser('postgres') ? 'postgres' : 'nobody') : null;
  const owner = runAs ? systemUser(runAs) : null;

  const root = mkdtempSync(join(tmpdir(), 'daiban-private-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  const logFile = join(root, 'postgres.log');
  mkdirSync(socketDir);
  if (owner) for (const path of [root, socketDir]) chownSync(path, owner.uid, owner.gid);

  const pgCommand = (tool: string, args: string[]) =>
    runAs
      ? run('runuser', ['-u', runAs, '--', join(binDir, tool), ...args], { cwd: root })
      : run(join(binDir, tool), args, { cwd: root });

  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/daiban`;
  const serverOptions = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const describeFailure = (what: string, error: unknown) => {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2_000) : '';
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return new Error(`private PostgreSQL: ${what} failed: ${stderr}\n${log}`);
  };

  const start = async () => {
    try {
      await pgCommand('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        logFile,
        '-o',
        serverOptions,
        '-w',
        '-t',
        '60',
        'start',
      ]);
    } catch (error) {
      throw describeFailure('pg_ctl start', error);
    }
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    try {
      await pgCommand('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
    } catch (error) {
      throw describeFailure('pg_ctl stop', error);
    }
  };

  try {
    await pgCommand('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw describeFailure('initdb', error);
  }
  await start();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE daiban');
  } finally {
    await admin.end();
  }

  return {
    url,
    port,
    stop,
    start,
    dispose: async () => {
      await stop('immediate').catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
