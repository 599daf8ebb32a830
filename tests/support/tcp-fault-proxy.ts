/**
 * A TCP proxy that makes a bad village network between test clients and the real server: it refuses some
 * new connections, cuts open ones at random moments (mid-request or mid-answer, both directions at once,
 * like a dropped 4G link), and delays every chunk by a random time (order kept, as TCP keeps it).
 *
 * Every random choice comes from one seeded generator (mulberry32), so a failing run names its seed and a
 * rerun with FAULT_SEED=<seed> makes the same choices (timing between processes can still differ).
 */
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

export interface FaultSettings {
  /** Probability that a new connection is closed at once, before a byte passes. */
  refuseRate: number;
  /** Probability, per chunk passed on, that the connection is cut right after that chunk. */
  cutRate: number;
  /** Each chunk waits a random time up to this many milliseconds. */
  maxDelayMs: number;
}

export interface FaultStats {
  connections: number;
  refused: number;
  cut: number;
  delayedChunks: number;
  bytes: number;
}

export interface TcpFaultProxy {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  seed: number;
  stats: Readonly<FaultStats>;
  /** Changes the faults for connections and chunks from now on. */
  setFaults(settings: Partial<FaultSettings>): void;
  /** Cuts every open connection now (a network outage). */
  cutAll(): void;
  close(): Promise<void>;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of this run: FAULT_SEED when set (to replay a failure), else a fresh one. */
export function faultSeed(): number {
  const fromEnv = Number(process.env.FAULT_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1 + Math.floor(Math.random() * 2 ** 31);
}

export async function startTcpFaultProxy(options: {
  targetPort: number;
  targetHost?: string;
  seed: number;
  faults?: Partial<FaultSettings>;
}): Promise<TcpFaultProxy> {
  const random = seededRandom(options.seed);
  const faults: FaultSettings = { refuseRate: 0, cutRate: 0, maxDelayMs: 0, ...options.faults };
  const stats: FaultStats = { connections: 0, refused: 0, cut: 0, delayedChunks: 0, bytes: 0 };
  const open = new Set<{ cut(): void }>();

  const server: Server = createServer((downstream) => {
    stats.connections += 1;
    if (random() < faults.refuseRate) {
      stats.refused += 1;
      downstream.resetAndDestroy();
      return;
    }
    const upstream = new Socket();
    let isCut = false;
    const link = {
      cut() {
        if (isCut) return;
        isCut = true;
        stats.cut += 1;
        open.delete(link);
        // A reset, not a polite FIN: the other side sees the connection die mid-stream.
        downstream.resetAndDestroy();
        upstream.resetAndDestroy();
      },
    };
    open.add(link);
    const close = () => {
      open.delete(link);
      downstream.destroy();
      upstream.destroy();
    };

    /** Passes chunks from one socket to the other, each after a random delay, never out of order. */
    const pipeWithFaults = (from: Socket, to: Socket) => {
      let lastDue = 0;
      let pending = 0;
      let hasEnded = false;
      from.on('data', (chunk: Buffer) => {
        if (isCut) return;
        const delay = faults.maxDelayMs > 0 ? Math.floor(random() * faults.maxDelayMs) : 0;
        const shouldCut = random() < faults.cutRate;
        if (delay > 0) stats.delayedChunks += 1;
        const due = Math.max(Date.now() + delay, lastDue);
        lastDue = due;
        pending += 1;
        setTimeout(() => {
          pending -= 1;
          if (isCut) return;
          stats.bytes += chunk.length;
          to.write(chunk);
          if (shouldCut) link.cut();
          else if (hasEnded && pending === 0) to.end();
        }, due - Date.now());
      });
      from.on('end', () => {
        hasEnded = true;
        if (pending === 0 && !isCut) to.end();
      });
    };

    upstream.connect(options.targetPort, options.targetHost ?? '127.0.0.1', () => {
      pipeWithFaults(downstream, upstream);
      pipeWithFaults(upstream, downstream);
    });
    downstream.on('error', close);
    upstream.on('error', close);
    downstream.on('close', () => {
      if (!isCut) upstream.end();
      open.delete(link);
    });
    upstream.on('close', () => {
      if (!isCut) downstream.end();
      open.delete(link);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seed: options.seed,
    stats,
    setFaults: (settings) => Object.assign(faults, settings),
    cutAll: () => {
      for (const link of [...open]) link.cut();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const link of [...open]) link.cut();
        server.close(() => resolve());
      }),
  };
}
