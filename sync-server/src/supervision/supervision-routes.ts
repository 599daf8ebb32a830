/**
 * 电子监察 routes (reviewers: their township; supervisors: their district; `scope=` narrows, never widens):
 *   GET  /api/supervision/overdue?scope=&light=&kind=  → 超期预警清单 with red/yellow counts and the 差评
 *        follow-ups per township (district scope) or village (township scope)
 *   GET  /api/supervision/follow-ups?scope=&status=    → 差评回访整改 { summary, rows }
 *   POST /api/supervision/follow-ups/:caseId { step, on, by?, text } → the follow-up after the step
 *        (回访 → 整改 → 办结). Unknown or foreign case: bare 403; no 差评: 404; out of order, bad date or
 *        missing text: 400 validation_failed with the domain's Chinese reason (details.rule). Audited
 *        `followup.<step>` with the case id and the new status only (never the texts).
 * Thresholds: threshold-routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { todayInChina } from '../../../src/domain/calendar/china-date';
import { isoDateSchema } from '../../../src/domain/calendar/iso-date';
import { isWithinJurisdiction } from '../../../src/domain/region/region-code';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import { reportCallerOf, scopeParamSchema, scopeWithin } from '../reports/report-access';
import { calendarOf, headsInScope } from '../reports/report-input';
import type { Store } from '../store/store';
import { districtOf, thresholdsAt } from './district-thresholds';
import {
  applyFollowUpStep,
  FOLLOW_UP_FILTERS,
  FOLLOW_UP_STEPS,
  followUpOfHead,
  followUpRowOf,
  followUpRows,
  isNegativelyRated,
  type FollowUpRow,
} from './follow-up-tracking';
import { lightCountsBy, OVERDUE_KINDS, overdueRows } from './overdue-list';

export const overdueQuerySchema = z
  .object({
    scope: scopeParamSchema.optional(),
    light: z.enum(['red', 'yellow', 'all']).default('all'),
    kind: z.enum([...OVERDUE_KINDS, 'all']).default('all'),
  })
  .strict();

export const followUpQuerySchema = z
  .object({
    scope: scopeParamSchema.optional(),
    status: z.enum(FOLLOW_UP_FILTERS).default('open'),
  })
  .strict();

export const followUpStepSchema = z
  .object({
    step: z.enum(FOLLOW_UP_STEPS),
    on: isoDateSchema,
    /** who did it (回访人, 整改责任人); the caller's name when absent */
    by: z.string().trim().min(1).max(64).optional(),
    text: z.string().max(2000).default(''),
  })
  .strict();

const caseIdParamsSchema = z.object({ caseId: z.string().min(1).max(64) }).strict();

/** Tries of a step when another person's step lands between our read and our write. */
const SAVE_ATTEMPTS = 3;

export function registerSupervisionRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store, now } = options;
  const preHandler = requireAuth(options.auth);

  /** Everything the supervision views of a scope are computed from. */
  const contextOf = async (scope: string) => {
    const [heads, calendar, settings, records] = await Promise.all([
      headsInScope(store, scope),
      calendarOf(store),
      store.listThresholdSettings(districtOf(scope)),
      store.listFollowUpsInScope(scope),
    ]);
    const instant = new Date(now());
    const today = todayInChina(instant);
    const thresholds = thresholdsAt(settings, instant.toISOString());
    return { heads, calendar, settings, records, today, thresholds };
  };

  app.get('/api/supervision/overdue', { preHandler }, async (request) => {
    const { user } = reportCallerOf(request);
    const query = parseWith(overdueQuerySchema, request.query);
    const scope = scopeWithin(user.scope, query.scope);
    const ctx = await contextOf(scope);
    const all = overdueRows(ctx.heads, ctx);
    const by = scope.length === 6 ? 'township' : 'village';
    const followUps = followUpRows(ctx.heads, ctx.records, ctx, 'all').rows;
    const regions = new Map(
      lightCountsBy(all, by).map((c) => [c.key, { ...c, followUpsOpen: 0, followUpsOverdue: 0 }]),
    );
    for (const row of followUps) {
      if (row.followUp.status === 'closed') continue;
      const key = by === 'township' ? row.regionCode.slice(0, 9) : row.regionCode;
      const region = regions.get(key) ?? { key, red: 0, yellow: 0, followUpsOpen: 0, followUpsOverdue: 0 };
      region.followUpsOpen += 1;
      if (row.timing.overdue) region.followUpsOverdue += 1;
      regions.set(key, region);
    }
    const rows = all.filter(
      (row) =>
        (query.light === 'all' || row.light === query.light) &&
        (query.kind === 'all' || row.kind === query.kind),
    );
    return {
      scope,
      today: ctx.today,
      thresholds: ctx.thresholds,
      counts: {
        red: all.filter((row) => row.light === 'red').length,
        yellow: all.filter((row) => row.light === 'yellow').length,
      },
      by,
      regions: [...regions.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
      rows,
    };
  });

  app.get('/api/supervision/follow-ups', { preHandler }, async (request) => {
    const { user } = reportCallerOf(request);
    const query = parseWith(followUpQuerySchema, request.query);
    const scope = scopeWithin(user.scope, query.scope);
    const ctx = await contextOf(scope);
    return { scope, today: ctx.today, ...followUpRows(ctx.heads, ctx.records, ctx, query.status) };
  });

  app.post('/api/supervision/follow-ups/:caseId', { preHandler }, async (request): Promise<FollowUpRow> => {
    const { user } = reportCallerOf(request);
    const { caseId } = parseWith(caseIdParamsSchema, request.params);
    const body = parseWith(followUpStepSchema, request.body);
    const stored = await store.getCaseHead(caseId);
    if (stored === null || !isWithinJurisdiction(user.scope, stored.regionCode))
      throw new ApiHttpError(403, 'forbidden');
    const head = stored.head;
    if (!isNegativelyRated(head)) throw new ApiHttpError(404, 'not_found', '该办件没有差评，无需回访整改');
    const today = todayInChina(new Date(now()));
    if (body.on > today)
      throw new ApiHttpError(400, 'validation_failed', `日期 ${body.on} 不能晚于今天 ${today}`);
    const [calendar, settings] = await Promise.all([
      calendarOf(store),
      store.listThresholdSettings(districtOf(head.regionCode)),
    ]);
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      const record = await store.getFollowUp(caseId);
      const current = followUpOfHead(head, record, settings, calendar);
      const result = applyFollowUpStep(current, body.step, {
        on: body.on,
        by: body.by ?? user.name,
        text: body.text,
      });
      if (!result.ok) throw new ApiHttpError(400, 'validation_failed', result.reason, { rule: result.code });
      const at = new Date(now()).toISOString();
      const next = {
        caseId,
        regionCode: head.regionCode,
        followUp: result.followUp,
        revision: (record?.revision ?? 0) + 1,
        updatedBy: user.id,
        updatedAt: at,
      };
      if (!(await store.saveFollowUp(next))) continue; // someone else's step came first: judge again
      await store.appendAudit({
        actorId: user.id,
        action: `followup.${body.step}`,
        target: `case:${caseId}`,
        at,
        details: { status: result.followUp.status },
      });
      return followUpRowOf(head, next, { settings, calendar, today });
    }
    throw new ApiHttpError(409, 'validation_failed', '该回访整改记录正被他人同时更新，请刷新后重试');
  });
}
