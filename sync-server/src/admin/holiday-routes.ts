/**
 * GET /api/admin/holidays (admin, supervisor): the stored schedules, by year, with when each was loaded.
 *
 * POST /api/admin/holidays (admin, supervisor): uploads a year's 节假日安排 as JSON, validated by
 * parseHolidaySchedule (Chinese issue list on bad input: 400 validation_failed, nothing stored). Stored with
 * upsertHolidaySchedule (a year uploaded again replaces it) and audited in the same transaction. The push
 * path builds its calendar from the stored schedules on every push, so the next push uses it.
 */
import type { FastifyInstance } from 'fastify';
import { parseHolidaySchedule } from '../../../src/domain/calendar/holiday-schedule';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import type { Store } from '../store/store';
import { callerWithRole } from './admin-access';

export function registerHolidayAdminRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/admin/holidays', { preHandler }, async (request) => {
    callerWithRole(request, ['admin', 'supervisor']);
    const records = await store.listHolidaySchedules();
    return {
      schedules: [...records]
        .sort((a, b) => a.year - b.year)
        .map((record) => ({ year: record.year, updatedAt: record.updatedAt, schedule: record.document })),
    };
  });

  app.post('/api/admin/holidays', { preHandler }, async (request, reply) => {
    const { user } = callerWithRole(request, ['admin', 'supervisor']);
    const parsed = parseHolidaySchedule(request.body);
    if (!parsed.ok)
      throw new ApiHttpError(400, 'validation_failed', parsed.message, { issues: parsed.issues });
    const at = new Date(options.now()).toISOString();
    const record = await store.transaction(async (tx) => {
      const stored = await tx.upsertHolidaySchedule(parsed.schedule, at);
      await tx.appendAudit({
        actorId: user.id,
        action: 'holidays.upload',
        target: `holidays:${String(parsed.schedule.year)}`,
        at,
        details: { year: parsed.schedule.year, holidays: parsed.schedule.holidays.length },
      });
      return stored;
    });
    return reply
      .code(201)
      .send({ year: record.year, updatedAt: record.updatedAt, schedule: record.document });
  });
}
