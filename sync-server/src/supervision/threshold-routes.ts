/**
 * 监察阈值 of the caller's district:
 *   GET /api/supervision/thresholds → { district, thresholds, isDefault, setAt, setByName, history }
 *       reviewers, supervisors and admins (agents 403);
 *   GET /api/supervision/thresholds/in-force → { district, thresholds, isDefault }: every signed-in user (the
 *       tablets colour their lights with it);
 *   PUT /api/supervision/thresholds { yellowWorkingDays?, correctionNoticeDays?, rectificationWorkingDays?,
 *       returnVisitWorkingDays? } → 200 the setting now in force; supervisors and admins only; missing fields
 *       take the defaults; out-of-range values: 400 validation_failed with the Chinese rule; audited
 *       `supervision.thresholds` with the four numbers.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  parseSupervisionThresholds,
} from '../../../src/domain/supervision/supervision-thresholds';
import { callerWithRole } from '../admin/admin-access';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { Store, ThresholdSettingRecord } from '../store/store';
import { districtOf } from './district-thresholds';

/** How many earlier settings the GET answers. */
const HISTORY_LENGTH = 20;

/** The body: the four counts (working days), each optional; the domain schema checks integers and ranges. */
const dayCount = z.number();
export const thresholdsRequestSchema = z
  .object({
    yellowWorkingDays: dayCount.optional(),
    correctionNoticeDays: dayCount.optional(),
    rectificationWorkingDays: dayCount.optional(),
    returnVisitWorkingDays: dayCount.optional(),
  })
  .strict();

export function registerThresholdRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store, now } = options;
  const preHandler = requireAuth(options.auth);

  const namesOf = async (settings: readonly ThresholdSettingRecord[]) => {
    const names = new Map<string, string>();
    for (const id of new Set(settings.map((s) => s.setBy)))
      names.set(id, (await store.getUserById(id))?.name ?? '');
    return names;
  };

  const describe = async (district: string) => {
    const settings = await store.listThresholdSettings(district, HISTORY_LENGTH);
    const names = await namesOf(settings);
    const history = settings.map((s) => ({
      thresholds: s.thresholds,
      setAt: s.setAt,
      setByName: names.get(s.setBy) ?? '',
    }));
    const current = history[0];
    return {
      district,
      thresholds: current?.thresholds ?? { ...DEFAULT_SUPERVISION_THRESHOLDS },
      isDefault: current === undefined,
      setAt: current?.setAt ?? null,
      setByName: current?.setByName ?? null,
      defaults: DEFAULT_SUPERVISION_THRESHOLDS,
      history,
    };
  };

  app.get('/api/supervision/thresholds', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['reviewer', 'supervisor', 'admin']);
    return describe(districtOf(user.scope));
  });

  // Every tablet colours its 电子监察 lights with the district's numbers, agents' too: just the numbers.
  app.get('/api/supervision/thresholds/in-force', { preHandler }, async (request) => {
    const { user } = authOf(request);
    const district = districtOf(user.scope);
    const [latest] = await store.listThresholdSettings(district, 1);
    return {
      district,
      thresholds: latest?.thresholds ?? { ...DEFAULT_SUPERVISION_THRESHOLDS },
      isDefault: latest === undefined,
    };
  });

  app.put('/api/supervision/thresholds', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['supervisor', 'admin']);
    const body = parseWith(thresholdsRequestSchema, request.body);
    const parsed = parseSupervisionThresholds(body);
    if (!parsed.ok)
      throw new ApiHttpError(400, 'validation_failed', parsed.message, { issues: parsed.issues });
    const district = districtOf(user.scope);
    const at = new Date(now()).toISOString();
    await store.insertThresholdSetting({
      districtCode: district,
      thresholds: parsed.thresholds,
      setBy: user.id,
      setAt: at,
    });
    await store.appendAudit({
      actorId: user.id,
      action: 'supervision.thresholds',
      target: `district:${district}`,
      at,
      details: { ...parsed.thresholds },
    });
    return describe(district);
  });
}
