/**
 * 事项目录 import and the catalogue's version history (admin, supervisor):
 *   GET  /api/admin/catalogue/import-template.xlsx?withItems=  → the Excel template (withItems=true: the current
 *        catalogue as rows, to edit and import back)
 *   GET  /api/admin/catalogue/import-template.csv?withItems=   → the same as one CSV table (UTF-8 BOM)
 *   POST /api/admin/catalogue/import { fileName, contentBase64, mode: 'check' | 'publish' }
 *        check   → 200 { format, items: ImportedItem[] }: what publishing would do, nothing stored
 *        publish → 201 (200 when every item was unchanged) { format, items }: every new or changed item
 *                  published as latest + 1 in ONE transaction, each audited `catalogue.publish`, plus one
 *                  `catalogue.import` entry
 *        a file with any problem → 400 validation_failed, details { issues (first 200), total }, nothing stored
 *   GET  /api/admin/catalogue/:code/versions → { code, versions: [{ version, publishedAt, name, … }] }, newest first
 * Cases already started keep the item snapshot they were submitted with; tablets get the new versions through
 * the catalogue replication at their next sync.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import { StoreConflictError, type Store } from '../store/store';
import { callerWithRole } from './admin-access';
import {
  decodeCsvText,
  detectFormat,
  readCsvTables,
  readXlsxTables,
  type ImportFormat,
  type TablesResult,
} from './catalogue-import-file';
import {
  changedFieldsOf,
  changeOf,
  readCatalogueTables,
  type ImportIssue,
  type ItemChange,
  type ItemDraft,
} from './catalogue-sheet-rows';
import { buildTemplateCsv, buildTemplateWorkbook, TEMPLATE_FILE_NAME } from './catalogue-template';

/** Largest import file (bytes, before base64). */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
const IMPORT_BODY_LIMIT = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024;
const MAX_ISSUES_SENT = 200;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateQuerySchema = z
  .object({ withItems: z.enum(['true', 'false']).default('false') })
  .strict();

export const catalogueImportRequestSchema = z
  .object({
    fileName: z.string().trim().min(1, '请选择文件').max(200),
    contentBase64: z
      .string()
      .min(1, '文件是空的')
      .max(IMPORT_BODY_LIMIT, `文件不能超过 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容应为 base64 编码'),
    mode: z.enum(['check', 'publish']),
  })
  .strict();

const codeParamsSchema = z.object({ code: z.string().min(1).max(64) }).strict();

/** One item of an import: what the file defines and what publishing does (or did) with it. */
export interface ImportedItem {
  code: string;
  name: string;
  category: string;
  change: ItemChange;
  /** the version it gets (new, changed) or keeps (unchanged) */
  version: number;
  /** the fields that differ from the current version (changed items) */
  changedFields: string[];
  materials: number;
}

function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function invalidFile(issues: readonly ImportIssue[]): ApiHttpError {
  const first = issues[0]?.message ?? '';
  return new ApiHttpError(
    400,
    'validation_failed',
    `文件有 ${issues.length} 处错误，未导入任何事项。${first ? `第一处：${first}` : ''}`,
    { issues: issues.slice(0, MAX_ISSUES_SENT), total: issues.length },
  );
}

async function tablesOf(
  fileName: string,
  bytes: Uint8Array,
): Promise<TablesResult & { format?: ImportFormat }> {
  const detected = detectFormat(fileName, bytes);
  if (!detected.ok) return { ok: false, issues: [detected.issue] };
  const result =
    detected.format === 'xlsx' ? await readXlsxTables(bytes) : readCsvTables(decodeCsvText(bytes));
  return { ...result, format: detected.format };
}

function summaryOf(draft: ItemDraft, current: ServiceItem | null): ImportedItem {
  const change = changeOf(draft, current ?? undefined);
  return {
    code: draft.code,
    name: draft.name,
    category: draft.category,
    change,
    version: change === 'unchanged' ? (current?.version ?? 1) : (current?.version ?? 0) + 1,
    changedFields: change === 'changed' ? changedFieldsOf(draft, current ?? undefined) : [],
    materials: draft.materials.length,
  };
}

export function registerCatalogueImportRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  const templateItems = async (withItems: 'true' | 'false') =>
    withItems === 'true' ? await store.listLatestCatalogue() : [];

  app.get('/api/admin/catalogue/import-template.xlsx', { preHandler }, async (request, reply) => {
    callerWithRole(request, ['admin', 'supervisor']);
    const { withItems } = parseWith(templateQuerySchema, request.query);
    const buffer = await buildTemplateWorkbook(await templateItems(withItems));
    return reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', attachment(`${TEMPLATE_FILE_NAME}.xlsx`, 'catalogue-template.xlsx'))
      .send(buffer);
  });

  app.get('/api/admin/catalogue/import-template.csv', { preHandler }, async (request, reply) => {
    callerWithRole(request, ['admin', 'supervisor']);
    const { withItems } = parseWith(templateQuerySchema, request.query);
    const csv = buildTemplateCsv(await templateItems(withItems));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachment(`${TEMPLATE_FILE_NAME}.csv`, 'catalogue-template.csv'))
      .send(csv);
  });

  app.post(
    '/api/admin/catalogue/import',
    { preHandler, bodyLimit: IMPORT_BODY_LIMIT },
    async (request, reply) => {
      const { user } = callerWithRole(request, ['admin', 'supervisor']);
      const body = parseWith(catalogueImportRequestSchema, request.body);
      const bytes = Buffer.from(body.contentBase64, 'base64');
      if (bytes.length > MAX_IMPORT_FILE_BYTES)
        throw new ApiHttpError(
          400,
          'validation_failed',
          `文件不能超过 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`,
        );
      const tables = await tablesOf(body.fileName, bytes);
      if (!tables.ok) throw invalidFile(tables.issues);
      const format = tables.format ?? 'csv';
      const latest = new Map((await store.listLatestCatalogue()).map((item) => [item.code, item]));
      const read = readCatalogueTables(tables.tables, latest);
      if (!read.ok) throw invalidFile(read.issues);

      if (body.mode === 'check') {
        return { format, items: read.items.map((draft) => summaryOf(draft, latest.get(draft.code) ?? null)) };
      }

      const at = new Date(options.now()).toISOString();
      try {
        const items = await store.transaction(async (tx) => {
          const summaries: ImportedItem[] = [];
          for (const draft of read.items) {
            const current = await tx.getCatalogueItem(draft.code);
            const summary = summaryOf(draft, current);
            summaries.push(summary);
            if (summary.change === 'unchanged') continue;
            await tx.publishCatalogueItem({ ...draft, version: summary.version, publishedAt: at });
            await tx.appendAudit({
              actorId: user.id,
              action: 'catalogue.publish',
              target: `catalogue:${draft.code}@${String(summary.version)}`,
              at,
              details: { code: draft.code, version: summary.version, source: 'import' },
            });
          }
          const published = summaries.filter((s) => s.change !== 'unchanged').length;
          if (published > 0) {
            await tx.appendAudit({
              actorId: user.id,
              action: 'catalogue.import',
              target: 'catalogue',
              at,
              details: { format, published, unchanged: summaries.length - published },
            });
          }
          return summaries;
        });
        const isAnyPublished = items.some((item) => item.change !== 'unchanged');
        return await reply.code(isAnyPublished ? 201 : 200).send({ format, items });
      } catch (error) {
        if (error instanceof StoreConflictError)
          throw new ApiHttpError(400, 'validation_failed', '有事项刚刚发布了新版本，请重新检查文件后再导入');
        throw error;
      }
    },
  );

  app.get('/api/admin/catalogue/:code/versions', { preHandler }, async (request) => {
    callerWithRole(request, ['admin', 'supervisor']);
    const { code } = parseWith(codeParamsSchema, request.params);
    const latest = await store.getCatalogueItem(code);
    if (latest === null) throw new ApiHttpError(404, 'not_found', '事项不存在');
    const versions: ServiceItem[] = [latest];
    for (let version = latest.version - 1; version >= 1; version -= 1) {
      const item = await store.getCatalogueItem(code, version);
      if (item) versions.push(item);
    }
    return {
      code,
      versions: versions.map((item) => ({
        version: item.version,
        publishedAt: item.publishedAt,
        name: item.name,
        isActive: item.isActive,
        promisedDays: item.promisedDays,
        legalDays: item.legalDays,
        materials: item.materials.map((m) => m.name),
      })),
    };
  });
}
