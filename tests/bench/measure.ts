/** Timing helpers for benchmarks: run a function repeatedly and report per-operation figures. */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  unit: string;
  value: number;
  /** What the figure means, for the report. */
  note: string;
  /** The target it is measured against (issue #7), e.g. "≤ 100 ms"; measured, never asserted. */
  target?: string;
}

/** Runs `fn` for at least `minMs` (after a warm-up) and returns operations per second. */
export function opsPerSecond(fn: (i: number) => void, minMs = 500): number {
  for (let i = 0; i < 200; i++) fn(i);
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) fn(count++);
    elapsed = performance.now() - start;
  }
  return Math.round((count / elapsed) * 1000);
}

/** Median wall time in ms of `runs` runs of `fn`. */
export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
}
