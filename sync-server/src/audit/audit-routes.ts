/**
 * The audit of reveals and the audit log:
 *   POST /api/audit/reveal  { caseId, field: 'idNumber' | 'phone' | 'case', at? } → 204; any signed-in user
 *        whose scope covers the case; records who revealed which field of which case (`case.reveal`), or who
 *        opened which case (`case.view`), with the device's time (no personal data in the entry).
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

/**
 * `field`: the identity field shown in full, or `case` for opening the case itself (its applicant's name,
 * the photos of the materials). `at`: when it happened on the device (a reveal logged offline is sent later).
 */
export const revealRequestSchema = z
  .object({
    caseId: z.string().min(1).max(64),
    field: z.enum(['idNumber', 'phone', 'case']),
    at: z.iso.datetime({ offset: true }).optional(),
  })
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
    const { caseId, field, at } = parseWith(revealRequestSchema, request.body);
    const head = await store.getCaseHead(caseId);
    if (head === null || !isWithinJurisdiction(user.scope, head.regionCode))
      throw new ApiHttpError(403, 'forbidden');
    const onDevice: Record<string, string> =
      at === undefined ? {} : { deviceTime: new Date(at).toISOString() };
    await store.appendAudit({
      actorId: user.id,
      action: field === 'case' ? 'case.view' : 'case.reveal',
      target: `case:${caseId}`,
      at: new Date(options.now()).toISOString(),
      details: field === 'case' ? onDevice : { field, ...onDevice },
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
