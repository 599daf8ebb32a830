/**
 * The audit of reveals and the audit log:
 *   POST /api/audit/reveal  { caseId, field: 'idNumber' | 'phone' } → 204; any signed-in user whose scope
 *        covers the case; records who revealed which field of which case (no personal data in the entry).
 *        An unknown case and one outside the caller's jurisdiction answer the same bare 403.
 *   GET  /api/admin/audit?from=&to=&actor=&action=&page=&pageSize= → { entries, total, page, pageSize }
 *        admin and supervisor; entries whose actor is a user within the caller's scope, newest first.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isWithinJurisdiction } from '../../../src/domain/region/region-code';
import { callerWithRole } from '../admin/admin-access';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { Store } from '../store/store';

export const revealRequestSchema = z
  .object({ caseId: z.string().min(1).max(64), field: z.enum(['idNumber', 'phone']) })
  .strict();

/** A date (China midnight) or an ISO time with offset, normalised to UTC ISO. */
const instantSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value).toISOString());

export const auditQuerySchema = z
  .object({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    actor: z.string().min(1).max(64).optional(),
    action: z.string().min(1).max(64).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export function registerAuditRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.post('/api/audit/reveal', { preHandler }, async (request, reply) => {
    const { user } = authOf(request);
    const { caseId, field } = parseWith(revealRequestSchema, request.body);
    const head = await store.getCaseHead(caseId);
    if (head === null || !isWithinJurisdiction(user.scope, head.regionCode))
      throw new ApiHttpError(403, 'forbidden');
    await store.appendAudit({
      actorId: user.id,
      action: 'case.reveal',
      target: `case:${caseId}`,
      at: new Date(options.now()).toISOString(),
      details: { field },
    });
    return reply.code(204).send();
  });

  app.get('/api/admin/audit', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['admin', 'supervisor']);
    const query = parseWith(auditQuerySchema, request.query);
    const { entries, total } = await store.queryAudit({
      actorScope: user.scope,
      actorId: query.actor,
      action: query.action,
      from: query.from,
      to: query.to,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { entries, total, page: query.page, pageSize: query.pageSize };
  });
}
