/**
 * OpenAPI paths of the reports, exports, audit, administration and public progress endpoints, generated from
 * the zod schemas the routes parse with (query parameters and request bodies).
 */
import { z } from 'zod';
import { holidayScheduleSchema } from '../../../src/domain/calendar/holiday-schedule';
import { catalogueImportRequestSchema, templateQuerySchema } from '../admin/catalogue-import-routes';
import { newStationRequestSchema, renameStationRequestSchema } from '../admin/station-routes';
import { newUserRequestSchema } from '../admin/user-routes';
import { auditQuerySchema, revealRequestSchema } from '../audit/audit-routes';
import { publicProgressRequestSchema } from '../public/progress-routes';
import { exchangeCsvQuerySchema, exchangeJsonQuerySchema } from '../reports/exchange-routes';
import { casesCsvQuerySchema, indicatorsQuerySchema, monthlyQuerySchema } from '../reports/report-routes';

type JsonObject = Record<string, unknown>;

const schemaOf = (schema: z.ZodType): JsonObject => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
};
const error = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
};
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [String(s), error]));
const ok = (description = 'OK', type = 'application/json') => ({
  description,
  content: { [type]: { schema: { type: type === 'application/json' ? 'object' : 'string' } } },
});
const bearer = [{ bearer: [] }];
const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: schemaOf(schema) } },
});
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', minLength: 1, maxLength: 64 },
};
const receiptParam = {
  name: 'receiptNo',
  in: 'path',
  required: true,
  schema: { type: 'string', maxLength: 64 },
};

/** The query parameters of a zod object schema. */
function queryOf(schema: z.ZodType): JsonObject[] {
  const json = schemaOf(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const REPORT_ERRORS = errors(400, 401, 403);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function adminAndReportPaths(): JsonObject {
  return {
    '/api/reports/indicators': {
      get: {
        summary:
          '工作情况指标 (reviewer: township, supervisor: district); grouped by month/township/village/item',
        security: bearer,
        parameters: queryOf(indicatorsQuerySchema),
        responses: { 200: ok('{ scope, period, today, total, by?, rows? }'), ...REPORT_ERRORS },
      },
    },
    '/api/reports/monthly.xlsx': {
      get: {
        summary: '月度工作情况报表 (.xlsx, Content-Disposition filename* in UTF-8)',
        security: bearer,
        parameters: queryOf(monthlyQuerySchema),
        responses: { 200: ok('The workbook', XLSX), ...REPORT_ERRORS },
      },
    },
    '/api/reports/cases.csv': {
      get: {
        summary: '办件清单 CSV (UTF-8 BOM); ID numbers masked; reveal=true supervisors only (audited)',
        security: bearer,
        parameters: queryOf(casesCsvQuerySchema),
        responses: { 200: ok('CSV', 'text/csv'), ...REPORT_ERRORS },
      },
    },
    '/api/exchange/cases.json': {
      get: {
        summary: 'GB/T 39046-2020 case export (JSON), masked unless a supervisor reveals (audited)',
        security: bearer,
        parameters: queryOf(exchangeJsonQuerySchema),
        responses: { 200: ok(), ...REPORT_ERRORS },
      },
    },
    '/api/exchange/cases.csv': {
      get: {
        summary: 'GB/T 39046-2020 case export, one table as CSV (UTF-8 BOM)',
        security: bearer,
        parameters: queryOf(exchangeCsvQuerySchema),
        responses: { 200: ok('CSV', 'text/csv'), ...REPORT_ERRORS },
      },
    },
    '/api/audit/reveal': {
      post: {
        summary: 'Record that the caller revealed a field of a case in its jurisdiction',
        security: bearer,
        requestBody: body(revealRequestSchema),
        responses: { 204: { description: 'Recorded' }, ...REPORT_ERRORS },
      },
    },
    '/api/admin/audit': {
      get: {
        summary: 'Audit log of the caller’s jurisdiction (admin, supervisor), newest first, paginated',
        security: bearer,
        parameters: queryOf(auditQuerySchema),
        responses: { 200: ok('{ entries, total, page, pageSize }'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/catalogue': {
      post: {
        summary: 'Publish a new version of an item (ServiceItem without version/publishedAt)',
        security: bearer,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ServiceItem' } } },
        },
        responses: { 201: ok('The published ServiceItem'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/holidays': {
      get: {
        summary: 'The stored holiday schedules by year (admin, supervisor)',
        security: bearer,
        responses: { 200: ok('{ schedules: [{ year, updatedAt, schedule }] }'), ...errors(401, 403) },
      },
      post: {
        summary: 'Upload a year’s holiday schedule (replaces that year)',
        security: bearer,
        requestBody: body(holidayScheduleSchema),
        responses: { 201: ok('{ year, updatedAt, schedule }'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/users': {
      get: {
        summary: 'Users in the admin’s jurisdiction (no password hashes)',
        security: bearer,
        responses: { 200: ok('{ users }'), ...errors(401, 403) },
      },
      post: {
        summary: 'Create a user within the admin’s jurisdiction',
        security: bearer,
        requestBody: body(newUserRequestSchema),
        responses: { 201: ok('The user without password hash'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/users/{id}/disable': {
      post: {
        summary: 'Disable a user (unknown and foreign: 404)',
        security: bearer,
        parameters: [idParam],
        responses: { 200: ok('{ id, isActive, wasActive }'), ...errors(400, 401, 403, 404) },
      },
    },
    '/api/admin/catalogue/import-template.xlsx': {
      get: {
        summary:
          '事项目录导入模板 (.xlsx; withItems=true: the current catalogue as rows) (admin, supervisor)',
        security: bearer,
        parameters: queryOf(templateQuerySchema),
        responses: { 200: ok('The workbook', XLSX), ...REPORT_ERRORS },
      },
    },
    '/api/admin/catalogue/import-template.csv': {
      get: {
        summary: '事项目录导入模板 as one CSV table (first column 表) (admin, supervisor)',
        security: bearer,
        parameters: queryOf(templateQuerySchema),
        responses: { 200: ok('CSV', 'text/csv'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/catalogue/import': {
      post: {
        summary:
          'Import the catalogue from .xlsx/.csv (base64): check, or publish every new/changed item in one ' +
          'transaction; any bad row → 400 with details.issues (sheet, row, column, cell, message), nothing stored',
        security: bearer,
        requestBody: body(catalogueImportRequestSchema),
        responses: {
          200: ok('{ format, items } (check, or nothing changed)'),
          201: ok('{ format, items } (published)'),
          ...REPORT_ERRORS,
        },
      },
    },
    '/api/admin/catalogue/{code}/versions': {
      get: {
        summary: 'Every published version of an item, newest first (admin, supervisor)',
        security: bearer,
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: ok('{ code, versions }'), ...errors(401, 403, 404) },
      },
    },
    '/api/admin/stations': {
      get: {
        summary: 'Townships and village stations of the admin’s jurisdiction, with agent and device counts',
        security: bearer,
        responses: { 200: ok('{ townships, stations }'), ...errors(401, 403) },
      },
      post: {
        summary: 'Register a village station (12-digit code under a registered township)',
        security: bearer,
        requestBody: body(newStationRequestSchema),
        responses: { 201: ok('The region'), ...REPORT_ERRORS },
      },
    },
    '/api/admin/stations/{code}': {
      post: {
        summary: 'Rename a village station (unknown and foreign: 404)',
        security: bearer,
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: body(renameStationRequestSchema),
        responses: { 200: ok('The region'), ...errors(400, 401, 403, 404) },
      },
    },
    '/api/admin/audit/actors': {
      get: {
        summary:
          'Accounts of the caller’s jurisdiction, to name the actors of the audit log (admin, supervisor)',
        security: bearer,
        responses: { 200: ok('{ actors: [{ id, username, name, role, scope }] }'), ...errors(401, 403) },
      },
    },
    '/api/public/progress': {
      post: {
        summary:
          '办事进度查询 (no login): item name, status, promised date, last update; 10 tries / 15 min per IP',
        requestBody: body(publicProgressRequestSchema),
        responses: {
          200: ok('{ itemName, status, statusName, deadline, updatedOn }'),
          ...errors(400, 404, 429),
        },
      },
    },
    '/progress/{receiptNo}': {
      get: {
        summary: '办事进度查询 HTML form',
        parameters: [receiptParam],
        responses: { 200: ok('HTML', 'text/html') },
      },
      post: {
        summary: '办事进度查询 HTML answer (form field last4)',
        parameters: [receiptParam],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', properties: { last4: { type: 'string' } } },
            },
          },
        },
        responses: {
          200: ok('HTML', 'text/html'),
          404: ok('Not found (same page for both kinds)', 'text/html'),
          429: ok('Too many tries', 'text/html'),
        },
      },
    },
  };
}
