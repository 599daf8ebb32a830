/**
 * The two builds the benchmarks serve, each into its own temporary directory (never ./dist, which other
 * work uses): the app (vite.config.ts, for the bundle figures and the cold start) and the bench page
 * (vite.bench.config.ts). Each is built at most once per `npm run bench`; `appWithBenchPageDir` serves both
 * from one server (the case-list bench drives the bench page and the real screen against the same data).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../support/server-process';
import { SYNC_BENCH_PAGE_DIR } from './vite.bench.config';

let appDir: string | null = null;
let isPageBuilt = false;
const mergedDirs: string[] = [];

/** Builds the app once into a fresh temporary directory and returns it (removed by `removeBenchBuilds`). */
export function benchAppDir(): string {
  if (appDir) return appDir;
  const dir = mkdtempSync(join(tmpdir(), 'daiban-bench-app-'));
  execSync(`npx vite build --outDir ${JSON.stringify(dir)} --emptyOutDir --logLevel warn`, {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  appDir = dir;
  return dir;
}

/** Builds the bench page (tests/bench/browser) once and returns its directory. */
export function benchPageDir(): string {
  if (!isPageBuilt) {
    execSync('npx vite build --config tests/bench/vite.bench.config.ts', {
      cwd: ROOT_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    isPageBuilt = true;
  }
  return SYNC_BENCH_PAGE_DIR;
}

/** The app's build plus the bench page as /bench.html (its hashed assets beside the app's), for one server. */
export function appWithBenchPageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'daiban-bench-app-page-'));
  cpSync(benchAppDir(), dir, { recursive: true });
  const page = benchPageDir();
  // Same hashed name, same content: an asset both builds share is kept once.
  cpSync(join(page, 'assets'), join(dir, 'assets'), { recursive: true, force: false });
  cpSync(join(page, 'index.html'), join(dir, 'bench.html'));
  mergedDirs.push(dir);
  return dir;
}

export function removeBenchBuilds(): void {
  for (const dir of [appDir, ...mergedDirs.splice(0)]) if (dir) rmSync(dir, { recursive: true, force: true });
  appDir = null;
}
