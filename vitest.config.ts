import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each its own project (`vitest run --project NAME`):
 * - unit: pure modules (domain kernel, store contract on SQLite/in-memory) — fast, next to the code or in tests/unit;
 * - integration: the real sync-server process, PostgreSQL, RxDB clients in Node;
 * - e2e: headless Chromium (Debian package) driving the built app against the real server.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'sync-server/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/fault/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/fault/browser/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
