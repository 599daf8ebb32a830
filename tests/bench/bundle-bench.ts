/**
 * What a tablet downloads: the JavaScript the first screen needs (gzip) and the service worker's precache.
 * Reads a built app (`npm run bench` builds one into a temporary directory).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './measure';

export function runBundleBench(distDir: string): Measurement[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const firstScreen = new Set<string>();
  for (const match of html.matchAll(
    /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
  )) {
    firstScreen.add((match[1] ?? match[2] ?? '').replace(/^\//, ''));
  }
  const gzipBytes = [...firstScreen].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );

  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const precacheBytes = precached.reduce((sum, url) => sum + statSync(join(distDir, url)).size, 0);

  return [
    {
      name: 'first-screen JavaScript (gzip)',
      unit: 'KB',
      target: '≤ 200 KB',
      value: Math.round(gzipBytes / 102.4) / 10,
      note: `${firstScreen.size} files loaded by index.html (script + modulepreload); target ≤ 200 KB`,
    },
    {
      name: 'precache size',
      unit: 'KB',
      value: Math.round(precacheBytes / 102.4) / 10,
      note: `${precached.length} files the service worker stores for offline start (uncompressed)`,
    },
  ];
}
