/**
 * One tablet per child process (client-process-entry.ts runs openSyncTestClient there): as many clients as
 * a test needs, each with its own runtime, connection pool and RxDB (whose open-source build allows 13
 * collections per process). The parent makes every record (ids stay unique across processes) and asks the
 * child to insert it; it reads the child's data back with `snapshot()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { SyncActor, SyncedDoc, SyncTestClientOptions } from '../support/sync-test-client';
import { ROOT_DIR } from '../support/server-process';

export interface ClientSnapshot {
  actions: SyncedDoc[];
  heads: SyncedDoc[];
  /** Ids whose push the server answered with 200. */
  acknowledged: string[];
}

export interface ClientProcess {
  actor: SyncActor;
  deviceId: string;
  insert(docs: SyncedDoc[]): Promise<void>;
  snapshot(): Promise<ClientSnapshot>;
  /** How many actions and heads the device holds, and how many actions still wait for the server. */
  counts(): Promise<{ actions: number; heads: number; pending: number }>;
  /** The case heads with these ids the device holds. */
  heads(ids: string[]): Promise<SyncedDoc[]>;
  /** The replications' inner state (for a failure message). */
  debug(): Promise<unknown>;
  /** What the child printed (for a failure message). */
  output(): string;
  close(): Promise<void>;
}

type Answer = { id: number; result?: unknown; error?: string };
type Ready = { ready: true; actor: SyncActor; deviceId: string } | { ready: false; error: string };

export async function spawnSyncClient(options: SyncTestClientOptions): Promise<ClientProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT_DIR, 'tests/fault/client-process-entry.ts')],
    {
      cwd: ROOT_DIR,
      env: { ...process.env, FAULT_CLIENT_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;

  const ready = await new Promise<Extract<Ready, { ready: true }>>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`client ${options.username} exited (${code}) before it was ready:\n${printed}`));
    child.once('exit', onExit);
    child.once('message', (message: Ready) => {
      child.off('exit', onExit);
      if (message.ready) resolve(message);
      else reject(new Error(`client ${options.username} failed to start: ${message.error}\n${printed}`));
    });
  });
  child.on('message', (message: Answer) => {
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (message.error !== undefined) entry.reject(new Error(message.error));
    else entry.resolve(message.result);
  });
  child.on('exit', (code) => {
    for (const entry of waiting.values())
      entry.reject(new Error(`client ${options.username} exited (${code}):\n${printed}`));
    waiting.clear();
  });

  const request = <T>(message: Record<string, unknown>): Promise<T> => {
    nextId += 1;
    const id = nextId;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      child.send({ id, ...message });
    });
  };

  return {
    actor: ready.actor,
    deviceId: ready.deviceId,
    insert: (docs) => request<void>({ op: 'insert', docs }),
    snapshot: () => request<ClientSnapshot>({ op: 'snapshot' }),
    heads: (ids) => request<SyncedDoc[]>({ op: 'heads', ids }),
    counts: () => request<{ actions: number; heads: number; pending: number }>({ op: 'counts' }),
    debug: () => request<unknown>({ op: 'debug' }),
    output: () => printed,
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // A child that does not close within 10 s is killed (it is ours: by its handle, never by name).
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await request<void>({ op: 'close' }).catch(() => undefined);
      await exited;
      clearTimeout(killer);
    },
  };
}
