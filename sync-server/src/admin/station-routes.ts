/**
 * 便民代办服务站 (village stations) of the admin's jurisdiction (admin only). A station is a village region
 * (12-digit 行政区划代码); regions replicate to the tablets, so a new or renamed station reaches them at the
 * next sync.
 *   GET  /api/admin/stations          → { townships: Region[], stations: StationRow[] } with, per station,
 *        its agents (active / all) and its devices not revoked
 *   POST /api/admin/stations          { code, name } → 201 Region; the code is a valid village code (村 200–399,
 *        社区 001–199, which sets its kind) under a registered township inside the admin's jurisdiction, not
 *        yet registered
 *   POST /api/admin/stations/:code    { name } → Region (renamed); unknown and foreign answer the same 404
 * Every change is audited (`station.create`, `station.rename`).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isWithinJurisdiction, parseRegionCode, villageKind } from '../../../src/domain/region/region-code';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { RegionRecord, Store } from '../store/store';
import { callerWithRole } from './admin-access';

const stationNameSchema = z.string().trim().min(1, '请填写服务站名称').max(40, '服务站名称不能超过 40 个字');

export const newStationRequestSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{12}$/, '行政区划代码应为 12 位数字'),
    name: stationNameSchema,
  })
  .strict();

export const renameStationRequestSchema = z.object({ name: stationNameSchema }).strict();

const stationParamsSchema = z.object({ code: z.string().regex(/^\d{12}$/) }).strict();

export interface StationRow extends RegionRecord {
  agents: number;
  activeAgents: number;
  devices: number;
}

export function registerStationRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/admin/stations', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['admin']);
    const [regions, users, devices] = await Promise.all([
      store.listRegionsInScope(user.scope),
      store.listUsersInScope(user.scope),
      store.listDevicesInScope(user.scope),
    ]);
    const inScope = regions.filter((r) => isWithinJurisdiction(user.scope, r.code));
    const stations: StationRow[] = inScope
      .filter((r) => r.level === 'village')
      .map((region) => {
        const agents = users.filter((u) => u.role === 'agent' && u.scope === region.code);
        return {
          ...region,
          agents: agents.length,
          activeAgents: agents.filter((u) => u.isActive).length,
          devices: devices.filter((d) => d.userScope === region.code && d.revokedAt === null).length,
        };
      });
    return { townships: inScope.filter((r) => r.level === 'township'), stations };
  });

  app.post('/api/admin/stations', { preHandler }, async (request, reply) => {
    const { user } = callerWithRole(request, ['admin']);
    const body = parseWith(newStationRequestSchema, request.body);
    const parsed = parseRegionCode(body.code);
    if (!parsed.ok) throw new ApiHttpError(400, 'validation_failed', parsed.message);
    if (parsed.value.level !== 'village' || parsed.value.townshipCode === null)
      throw new ApiHttpError(
        400,
        'validation_failed',
        '服务站的代码应为村（社区）级：第 10 至 12 位不能是 000',
      );
    if (!isWithinJurisdiction(user.scope, body.code)) throw new ApiHttpError(403, 'forbidden');
    const parentCode = parsed.value.townshipCode.padEnd(12, '0');
    const kind = villageKind(body.code) ?? '村';
    const region: RegionRecord = { code: body.code, name: body.name, level: 'village', parentCode, kind };
    const at = new Date(options.now()).toISOString();
    await store.transaction(async (tx) => {
      const parent = await tx.getRegion(parentCode);
      if (parent === null || parent.level !== 'township')
        throw new ApiHttpError(400, 'validation_failed', `乡镇（街道）${parentCode.slice(0, 9)} 尚未登记`);
      if ((await tx.getRegion(body.code)) !== null)
        throw new ApiHttpError(400, 'validation_failed', `行政区划代码 ${body.code} 已经登记`);
      await tx.upsertRegions([region]);
      await tx.appendAudit({
        actorId: user.id,
        action: 'station.create',
        target: `region:${body.code}`,
        at,
        details: { kind },
      });
    });
    return reply.code(201).send(region);
  });

  app.post('/api/admin/stations/:code', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['admin']);
    const { code } = parseWith(stationParamsSchema, request.params);
    const { name } = parseWith(renameStationRequestSchema, request.body);
    const at = new Date(options.now()).toISOString();
    const outcome = await store.transaction(async (tx) => {
      const region = await tx.getRegion(code);
      // A station outside the admin's jurisdiction answers exactly like an unknown one.
      if (region === null || region.level !== 'village' || !isWithinJurisdiction(user.scope, code))
        return null;
      if (region.name === name) return region;
      const renamed = { ...region, name };
      await tx.upsertRegions([renamed]);
      await tx.appendAudit({
        actorId: user.id,
        action: 'station.rename',
        target: `region:${code}`,
        at,
      });
      return renamed;
    });
    if (outcome === null) throw new ApiHttpError(404, 'not_found', '服务站不存在');
    return outcome;
  });
}
