/**
 * OpenAPI paths of the 电子监察 endpoints (thresholds, overdue list, 差评 follow-ups), generated from the zod
 * schemas the routes parse with.
 */
import { z } from 'zod';
import {
  followUpQuerySchema,
  followUpStepSchema,
  overdueQuerySchema,
} from '../supervision/supervision-routes';
import { thresholdsRequestSchema } from '../supervision/threshold-routes';

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
const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const bearer = [{ bearer: [] }];
const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: schemaOf(schema) } },
});

function queryOf(schema: z.ZodType): JsonObject[] {
  const json = schemaOf(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

export function supervisionPaths(): JsonObject {
  return {
    '/api/supervision/thresholds/in-force': {
      get: {
        summary:
          '监察阈值 in force in the caller’s district (every role: the tablets colour their lights with it)',
        security: bearer,
        responses: { 200: ok('{ district, thresholds, isDefault }'), ...errors(401) },
      },
    },
    '/api/supervision/thresholds': {
      get: {
        summary:
          '监察阈值 of the caller’s district (reviewer, supervisor, admin): in force, defaults, history',
        security: bearer,
        responses: {
          200: ok('{ district, thresholds, isDefault, setAt, setByName, defaults, history }'),
          ...errors(401, 403),
        },
      },
      put: {
        summary: 'Set the district’s 监察阈值 (supervisor, admin); missing fields take the defaults; audited',
        security: bearer,
        requestBody: body(thresholdsRequestSchema),
        responses: { 200: ok('The thresholds now in force (as GET)'), ...errors(400, 401, 403) },
      },
    },
    '/api/supervision/overdue': {
      get: {
        summary:
          '超期预警清单: open cases at 黄灯/红灯 (承诺办结日期, 一次性告知), counts per township or village',
        security: bearer,
        parameters: queryOf(overdueQuerySchema),
        responses: {
          200: ok('{ scope, today, thresholds, counts, by, regions, rows }'),
          ...errors(400, 401, 403),
        },
      },
    },
    '/api/supervision/follow-ups': {
      get: {
        summary: '差评回访整改: every 差评 of the scope with its follow-up and timing',
        security: bearer,
        parameters: queryOf(followUpQuerySchema),
        responses: { 200: ok('{ scope, today, summary, rows }'), ...errors(400, 401, 403) },
      },
    },
    '/api/supervision/follow-ups/{caseId}': {
      post: {
        summary: 'Record 回访, 整改 or 办结 of a 差评 (in order); audited without the texts',
        security: bearer,
        parameters: [{ name: 'caseId', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: body(followUpStepSchema),
        responses: { 200: ok('The follow-up row after the step'), ...errors(400, 401, 403, 404, 409) },
      },
    },
  };
}
