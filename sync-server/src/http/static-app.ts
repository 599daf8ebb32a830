/**
 * Serves the built PWA (vite build output in STATIC_DIR) with caching that lets an update reach tablets:
 * - /assets/* carry a content hash in their names: cached for a year, immutable;
 * - index.html, manifest.webmanifest, sw.js, registerSW.js, workbox-*.js: `no-cache` (always revalidated
 *   with the ETag, so a new build is picked up on the next visit);
 * - other files (icons…): `no-cache` as well; the ETag makes revalidation cheap.
 * SPA fallback: a GET outside /api/ that names no file (no extension, not under /assets/) gets index.html.
 * A missing asset is a 404, never index.html (a service worker must not cache HTML as JavaScript).
 * Without a build, the API still works and the app's URLs answer 503 app_not_built.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiHttpError } from './api-error';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

const ALWAYS_REVALIDATE = new Set(['index.html', 'manifest.webmanifest', 'sw.js', 'registerSW.js']);

/** Cache-Control of a file, from its path relative to STATIC_DIR ('assets/app-abc123.js'). */
export function cacheControlFor(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  const name = basename(path);
  if (ALWAYS_REVALIDATE.has(name) || /^workbox-[\w-]+\.js$/.test(name)) return NO_CACHE;
  if (path.startsWith('assets/')) return IMMUTABLE;
  return NO_CACHE;
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** True for /assets/… or a last segment with an extension: a request for a file, not an app route. */
function looksLikeFile(path: string): boolean {
  return path.startsWith('/assets/') || /\.[A-Za-z0-9]{1,12}$/.test(path.split('/').pop() ?? '');
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function notFound(reply: FastifyReply, path: string): FastifyReply {
  const message = isApiPath(path) ? '接口不存在' : '文件不存在';
  const error = new ApiHttpError(404, 'not_found', message);
  return reply.code(404).type('application/json; charset=utf-8').send(error.toBody());
}

/** Registers the static files and the not-found handler; returns whether a build was found. */
export async function registerStaticApp(app: FastifyInstance, staticDir: string): Promise<boolean> {
  const isBuilt = existsSync(join(staticDir, 'index.html'));
  if (isBuilt) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', cacheControlFor(relative(staticDir, path)));
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const path = safeDecode(request.url.split('?')[0] ?? '/');
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(path) && !looksLikeFile(path);
    if (!isPage) return notFound(reply, path);
    if (!isBuilt) {
      const error = new ApiHttpError(503, 'app_not_built');
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(error.toBody());
    }
    return reply.header('cache-control', NO_CACHE).sendFile('index.html');
  });
  return isBuilt;
}
