/**
 * Builds the sync bench page (tests/bench/browser) with the app's own modules; separate from the app's
 * vite.config.ts. Output goes to a temporary directory (see SYNC_BENCH_PAGE_DIR in sync-bench.ts).
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';

export const SYNC_BENCH_PAGE_DIR = join(tmpdir(), 'daiban-sync-bench-page');

export default defineConfig({
  root: resolve(import.meta.dirname, 'browser'),
  base: '/',
  logLevel: 'warn',
  define: { global: 'globalThis', __APP_VERSION__: JSON.stringify('bench') },
  build: {
    outDir: SYNC_BENCH_PAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: resolve(import.meta.dirname, 'browser/index.html') },
  },
});
