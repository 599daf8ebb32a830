/**
 * 数据共享 exports in the GB/T 39046-2020 layout (src/domain/exchange), same access as the reports:
 *   GET /api/exchange/cases.json?scope=&reveal=             → { 标准, 办件: [...] }
 *   GET /api/exchange/cases.csv?table=&scope=&reveal=       → one of the four tables (default 办件基本信息)
 * ID numbers and phones are masked unless a supervisor asks reveal=true (audited).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EXCHANGE_TABLES,
  exportCasesCsv,
  exportCasesJson,
  type ExchangeTable,
} from '../../../src/domain/exchange';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { parseWith } from '../http/parse-body';
import type { Store } from '../store/store';
import {
  attachment,
  auditExportReveal,
  checkReveal,
  reportCallerOf,
  revealParamSchema,
  scopeParamSchema,
  scopeWithin,
} from './report-access';
import { headsInScope } from './report-input';

const TABLES = Object.keys(EXCHANGE_TABLES) as [ExchangeTable, ...ExchangeTable[]];

export const exchangeJsonQuerySchema = z
  .object({ scope: scopeParamSchema.optional(), reveal: revealParamSchema })
  .strict();
export const exchangeCsvQuerySchema = z
  .object({
    table: z.enum(TABLES).default('cases'),
    scope: scopeParamSchema.optional(),
    reveal: revealParamSchema,
  })
  .strict();

export function registerExchangeRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store, now } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/exchange/cases.json', { preHandler }, async (request, reply) => {
    const auth = reportCallerOf(request);
    const query = parseWith(exchangeJsonQuerySchema, request.query);
    const scope = scopeWithin(auth.user.scope, query.scope);
    const reveal = checkReveal(auth, query.reveal);
    const heads = await headsInScope(store, scope);
    if (reveal)
      await auditExportReveal(
        store,
        auth,
        'exchange/cases.json',
        scope,
        heads.length,
        new Date(now()).toISOString(),
      );
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', attachment(`办件数据-${scope}.json`, `cases-${scope}.json`))
      .send(exportCasesJson(heads, { revealIdNumbers: reveal }));
  });

  app.get('/api/exchange/cases.csv', { preHandler }, async (request, reply) => {
    const auth = reportCallerOf(request);
    const query = parseWith(exchangeCsvQuerySchema, request.query);
    const scope = scopeWithin(auth.user.scope, query.scope);
    const reveal = checkReveal(auth, query.reveal);
    const heads = await headsInScope(store, scope);
    if (reveal)
      await auditExportReveal(
        store,
        auth,
        'exchange/cases.csv',
        scope,
        heads.length,
        new Date(now()).toISOString(),
      );
    const table = EXCHANGE_TABLES[query.table];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`${scope}-${table.fileName}`, `${query.table}-${scope}.csv`))
      .send(exportCasesCsv(heads, { revealIdNumbers: reveal })[query.table]);
  });
}
