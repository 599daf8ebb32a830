/**
 * Reports (reviewer: their township; supervisor: their district; agents and admins 403):
 *   GET /api/reports/indicators?from=&to=&by=&scope=   → { scope, period, total, rows? }
 *   GET /api/reports/monthly.xlsx?month=YYYY-MM&scope= → 月度工作情况报表 (buildMonthlyWorkbook)
 *   GET /api/reports/cases.csv?status=&item=&overdue=&from=&to=&scope=&reveal= → 办件清单 (ID numbers masked;
 *       reveal=true for supervisors only, audited)
 * Figures come from computeIndicators / groupIndicators / figuresByRegion over the scope's heads and
 * consultations, listed by region prefix in SQL.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { todayInChina } from '../../../src/domain/calendar/china-date';
import { caseStatusSchema } from '../../../src/domain/case/case-types';
import {
  computeIndicators,
  figuresByRegion,
  groupIndicators,
  INDICATOR_GROUPINGS,
  type NamedRegion,
} from '../../../src/domain/statistics';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import { regionCodeOfScope } from '../store/region-scope';
import type { Store } from '../store/store';
import { caseListCsv, filterCases, isOverdue } from './cases-csv';
import { buildMonthlyWorkbook } from './excel-report';
import {
  attachment,
  auditExportReveal,
  checkReveal,
  isoDateSchema,
  reportCallerOf,
  revealParamSchema,
  scopeParamSchema,
  scopeWithin,
} from './report-access';
import { calendarOf, headsInScope, indicatorInputOf, periodOfMonth } from './report-input';

const MAX_PERIOD_DAYS = 3 * 366;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const indicatorsQuerySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    by: z.enum(INDICATOR_GROUPINGS).optional(),
    scope: scopeParamSchema.optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_PERIOD_DAYS * 86_400_000, {
    message: '统计区间不能超过三年',
    path: ['to'],
  });

export const monthlyQuerySchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
    scope: scopeParamSchema.optional(),
  })
  .strict();

export const casesCsvQuerySchema = z
  .object({
    status: caseStatusSchema.optional(),
    item: z.string().min(1).max(64).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    scope: scopeParamSchema.optional(),
    reveal: revealParamSchema,
  })
  .strict();

export function registerReportRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store, now } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/reports/indicators', { preHandler }, async (request) => {
    const { user } = reportCallerOf(request);
    const query = parseWith(indicatorsQuerySchema, request.query);
    const scope = scopeWithin(user.scope, query.scope);
    const input = await indicatorInputOf(store, scope, { from: query.from, to: query.to }, now());
    return {
      scope,
      period: input.period,
      today: input.today,
      total: computeIndicators(input),
      ...(query.by === undefined ? {} : { by: query.by, rows: groupIndicators(input, query.by) }),
    };
  });

  app.get('/api/reports/monthly.xlsx', { preHandler }, async (request, reply) => {
    const { user } = reportCallerOf(request);
    const query = parseWith(monthlyQuerySchema, request.query);
    const scope = scopeWithin(user.scope, query.scope);
    const input = await indicatorInputOf(store, scope, periodOfMonth(query.month), now());
    const regions = await store.listRegionsInScope(scope);
    const named: NamedRegion[] = regions.flatMap((r) =>
      r.code.startsWith(scope) && (r.level === 'township' || r.level === 'village')
        ? [{ code: r.code, name: r.name, level: r.level }]
        : [],
    );
    const own = regions.find((r) => r.code === regionCodeOfScope(scope));
    const regionName = own?.name ?? scope;
    const workbook = await buildMonthlyWorkbook({
      figuresByRegion: figuresByRegion(input, named),
      month: query.month,
      districtName: regionName,
    });
    const [year, month] = query.month.split('-');
    return reply
      .type(XLSX_TYPE)
      .header(
        'content-disposition',
        attachment(
          `${regionName}${year}年${month}月工作情况报表.xlsx`,
          `report-${scope}-${query.month}.xlsx`,
        ),
      )
      .send(workbook);
  });

  app.get('/api/reports/cases.csv', { preHandler }, async (request, reply) => {
    const auth = reportCallerOf(request);
    const query = parseWith(casesCsvQuerySchema, request.query);
    const scope = scopeWithin(auth.user.scope, query.scope);
    const reveal = checkReveal(auth, query.reveal);
    if (query.from !== undefined && query.to !== undefined && query.from > query.to)
      throw new ApiHttpError(400, 'validation_failed', '开始日期不能晚于结束日期');
    const [heads, calendar] = await Promise.all([headsInScope(store, scope), calendarOf(store)]);
    const today = todayInChina(new Date(now()));
    const overdueOf = (head: Parameters<typeof isOverdue>[0]) => isOverdue(head, today, calendar);
    const selected = filterCases(
      heads,
      {
        status: query.status,
        itemCode: query.item,
        overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
        from: query.from,
        to: query.to,
      },
      overdueOf,
    );
    if (reveal)
      await auditExportReveal(
        store,
        auth,
        'reports/cases.csv',
        scope,
        selected.length,
        new Date(now()).toISOString(),
      );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`办件清单-${scope}.csv`, `cases-${scope}.csv`))
      .send(caseListCsv(selected, { reveal, overdueOf }));
  });
}
