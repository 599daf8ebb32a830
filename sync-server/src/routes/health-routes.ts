/**
 * Probes: /api/health is liveness (the process answers; no store access), /api/ready is readiness (the store
 * answers and every migration is applied). Neither needs a login nor the protocol header.
 */
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../../src/domain/wire/protocol-version';
import { ApiHttpError } from '../http/api-error';
import type { Store } from '../store/store';

export function registerHealthRoutes(app: FastifyInstance, store: Store, now: () => number): void {
  app.get('/api/health', async () => ({
    status: 'ok',
    protocolVersion: PROTOCOL_VERSION,
    serverTime: new Date(now()).toISOString(),
  }));

  app.get('/api/ready', async (request) => {
    try {
      await store.ping();
      const migrations = await store.migrationStatus();
      if (migrations.pending.length > 0) {
        throw new ApiHttpError(503, 'not_ready', '数据库迁移尚未完成', { pending: migrations.pending });
      }
      return { status: 'ready', store: store.dialect, migrations: migrations.applied.length };
    } catch (error) {
      if (error instanceof ApiHttpError) throw error;
      request.log.warn({ err: error }, 'store not reachable');
      throw new ApiHttpError(503, 'not_ready', '数据库无法访问');
    }
  });
}
