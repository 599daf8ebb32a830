/**
 * Administration (role admin only, within the admin's jurisdiction):
 *   GET  /api/admin/devices              → { devices: DeviceWithUser[] }
 *   POST /api/admin/devices/:id/revoke   → { id, revokedAt, wasRevokedNow }
 * A revoked device's next request answers 401 device_revoked (auth-service), its refresh tokens are revoked
 * and its open replication streams end at their next heartbeat. Every revocation is audited.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isWithinJurisdiction } from '../../../src/domain/region/region-code';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthContext, AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { Store } from '../store/store';

const deviceParamsSchema = z.object({ id: z.string().min(1).max(64) }).strict();

function adminOf(request: FastifyRequest): AuthContext {
  const auth = authOf(request);
  if (auth.user.role !== 'admin') throw new ApiHttpError(403, 'forbidden');
  return auth;
}

export function registerAdminRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/admin/devices', { preHandler }, async (request) => {
    const { user } = adminOf(request);
    return { devices: await store.listDevicesInScope(user.scope) };
  });

  app.post('/api/admin/devices/:id/revoke', { preHandler }, async (request) => {
    const { user } = adminOf(request);
    const { id } = parseWith(deviceParamsSchema, request.params);
    const at = new Date(options.now()).toISOString();
    const outcome = await store.transaction(async (tx) => {
      const device = await tx.getDevice(id);
      const owner = device === null ? null : await tx.getUserById(device.userId);
      // A device outside the admin's jurisdiction answers exactly like an unknown one.
      if (device === null || owner === null || !isWithinJurisdiction(user.scope, owner.scope.padEnd(12, '0')))
        return null;
      const wasRevokedNow = await tx.revokeDevice(id, at);
      if (wasRevokedNow) {
        await tx.appendAudit({
          actorId: user.id,
          action: 'device.revoke',
          target: `device:${id}`,
          at,
          details: { userId: owner.id },
        });
      }
      return { id, revokedAt: wasRevokedNow ? at : device.revokedAt, wasRevokedNow };
    });
    if (outcome === null) throw new ApiHttpError(404, 'not_found', '设备不存在');
    return outcome;
  });
}
