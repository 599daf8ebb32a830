/** Role checks of the administration routes: the caller must have one of the roles, else a bare 403. */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../src/domain/roles';
import { authOf } from '../auth/auth-routes';
import type { AuthContext } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';

export function callerWithRole(request: FastifyRequest, roles: readonly Role[]): AuthContext {
  const auth = authOf(request);
  if (!roles.includes(auth.user.role)) throw new ApiHttpError(403, 'forbidden');
  return auth;
}

/** Whether `scope` (a user's jurisdiction prefix) lies within the caller's. */
export function isScopeWithin(callerScope: string, scope: string): boolean {
  return scope.startsWith(callerScope);
}
