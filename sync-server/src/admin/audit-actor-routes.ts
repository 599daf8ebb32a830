/**
 * GET /api/admin/audit/actors (admin, supervisor) → { actors: [{ id, username, name, role, scope }] }: the
 * accounts of the caller's jurisdiction, so the audit log can name who did something and filter by person
 * (the log itself carries only user ids). Never a password hash.
 */
import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import type { Store } from '../store/store';
import { callerWithRole } from './admin-access';

export function registerAuditActorRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/admin/audit/actors', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['admin', 'supervisor']);
    const users = await store.listUsersInScope(user.scope);
    return {
      actors: users.map(({ id, username, name, role, scope }) => ({ id, username, name, role, scope })),
    };
  });
}
