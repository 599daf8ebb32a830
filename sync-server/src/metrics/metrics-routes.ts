/**
 * GET /api/metrics (Prometheus text format). With METRICS_TOKEN set it needs `Authorization: Bearer <token>`;
 * without it only direct loopback callers (a scraper on the same host) are answered, others get 404. A request
 * relayed by a reverse proxy also arrives from loopback, so one carrying forwarding headers is never "local".
 * Also counts every answered request.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ApiHttpError } from '../http/api-error';
import type { ServerMetrics } from './server-metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function registerMetricsRoutes(
  app: FastifyInstance,
  metrics: ServerMetrics,
  token: string | null,
): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpRequests.inc({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    });
  });

  app.get('/api/metrics', async (request, reply) => {
    if (token === null) {
      const isRelayed =
        request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
      if (isRelayed || !LOOPBACK.has(request.socket.remoteAddress ?? ''))
        throw new ApiHttpError(404, 'not_found');
    } else {
      const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!isSameSecret(given, token)) throw new ApiHttpError(401, 'unauthenticated');
    }
    void reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
