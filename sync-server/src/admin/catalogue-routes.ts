/**
 * POST /api/admin/catalogue (admin, supervisor): publishes a new version of an item. The body is a
 * ServiceItem without `version` and `publishedAt`; the server assigns version = latest + 1 and
 * publishedAt = now, validates the whole item with serviceItemSchema, and stores it in one transaction with
 * its audit entry. Tablets receive it through the catalogue replication; started cases keep their snapshot.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { serviceItemSchema } from '../../../src/domain/catalogue/service-item';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import { StoreConflictError, type Store } from '../store/store';
import { callerWithRole } from './admin-access';

const ITEM_KEYS = new Set(Object.keys(serviceItemSchema.shape));

/** The body must be an object of ServiceItem fields only, and must not choose its version or publication time. */
const bodyShapeSchema = z
  .looseObject({})
  .refine((body) => !('version' in body) && !('publishedAt' in body), {
    message: '版本号和发布时间由服务器确定，请勿提交',
  })
  .refine((body) => Object.keys(body).every((key) => ITEM_KEYS.has(key)), {
    message: '包含事项目录中没有的字段',
  });

export function registerCatalogueAdminRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.post('/api/admin/catalogue', { preHandler }, async (request, reply) => {
    const { user } = callerWithRole(request, ['admin', 'supervisor']);
    const body = parseWith(bodyShapeSchema, request.body);
    const publishedAt = new Date(options.now()).toISOString();
    const draft = parseWith(serviceItemSchema, { ...body, version: 1, publishedAt });
    try {
      const record = await store.transaction(async (tx) => {
        const latest = await tx.getCatalogueItem(draft.code);
        const item = { ...draft, version: (latest?.version ?? 0) + 1 };
        const published = await tx.publishCatalogueItem(item);
        await tx.appendAudit({
          actorId: user.id,
          action: 'catalogue.publish',
          target: `catalogue:${item.code}@${String(item.version)}`,
          at: publishedAt,
          details: { code: item.code, version: item.version },
        });
        return published;
      });
      return await reply.code(201).send(record.document);
    } catch (error) {
      if (error instanceof StoreConflictError)
        throw new ApiHttpError(400, 'validation_failed', '该事项刚刚发布了新版本，请刷新后重试');
      throw error;
    }
  });
}
