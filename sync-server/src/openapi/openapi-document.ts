/**
 * The OpenAPI 3.1 description of the API (GET /api/openapi.json), generated from the same zod schemas the
 * server parses with (src/domain/wire, case-types), so it cannot drift from what the server accepts.
 */
import { z } from 'zod';
import { adminAndReportPaths } from './openapi-paths-admin';
import { supervisionPaths } from './openapi-paths-supervision';
import { ACTION_TYPES, caseActionSchemaOf, caseHeadSchema } from '../../../src/domain/case/case-types';
import { serviceItemSchema } from '../../../src/domain/catalogue/service-item';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../src/domain/wire/protocol-version';
import {
  apiErrorSchema,
  loginRequestSchema,
  loginResponseSchema,
  refreshRequestSchema,
  sessionUserSchema,
} from '../../../src/domain/wire/auth-messages';
import {
  actionDocumentFields,
  checkpointSchema,
  consultationSchema,
  PULL_BATCH_DEFAULT,
  PULL_BATCH_MAX,
  pushRequestSchema,
  SYNCED_COLLECTIONS,
} from '../../../src/domain/wire/replication-messages';

type JsonObject = Record<string, unknown>;

const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonObject => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), json(ref('ApiError'), 'Error')]));
const bearer = [{ bearer: [] }];
const collectionParam = (values: readonly string[]) => ({
  name: 'collection',
  in: 'path',
  required: true,
  schema: { type: 'string', enum: [...values] },
});

function schemas(): JsonObject {
  const actions = Object.fromEntries(
    ACTION_TYPES.map((type) => [`CaseAction_${type}`, jsonSchemaOf(caseActionSchemaOf(type), 'input')]),
  );
  return {
    ApiError: jsonSchemaOf(apiErrorSchema),
    LoginRequest: jsonSchemaOf(loginRequestSchema, 'input'),
    LoginResponse: jsonSchemaOf(loginResponseSchema),
    RefreshRequest: jsonSchemaOf(refreshRequestSchema, 'input'),
    SessionUser: jsonSchemaOf(sessionUserSchema),
    ServiceItem: jsonSchemaOf(serviceItemSchema),
    CaseHead: jsonSchemaOf(caseHeadSchema),
    Consultation: jsonSchemaOf(consultationSchema),
    Checkpoint: jsonSchemaOf(checkpointSchema),
    PushRequest: jsonSchemaOf(pushRequestSchema, 'input'),
    ...actions,
    CaseAction: { oneOf: ACTION_TYPES.map((type) => ref(`CaseAction_${type}`)) },
    ActionDocument: {
      allOf: [
        ref('CaseAction'),
        jsonSchemaOf(z.object({ ...actionDocumentFields, _deleted: z.literal(false) })),
      ],
    },
    PullResponse: {
      type: 'object',
      required: ['documents', 'checkpoint'],
      properties: { documents: { type: 'array', items: { type: 'object' } }, checkpoint: ref('Checkpoint') },
    },
    PushResponse: {
      type: 'object',
      required: ['conflicts'],
      properties: { conflicts: { type: 'array', items: { type: 'object' } } },
    },
  };
}

function paths(): JsonObject {
  return {
    '/api/health': { get: { summary: 'Liveness', responses: { 200: json({ type: 'object' }) } } },
    '/api/ready': {
      get: { summary: 'Readiness', responses: { 200: json({ type: 'object' }), ...errors(503) } },
    },
    '/api/auth/login': {
      post: {
        summary: 'Sign in (registers the device on first login)',
        requestBody: { required: true, content: { 'application/json': { schema: ref('LoginRequest') } } },
        responses: { 200: json(ref('LoginResponse')), ...errors(400, 401, 403, 429) },
      },
    },
    '/api/auth/refresh': {
      post: {
        summary: 'Exchange a refresh token (rotated)',
        requestBody: { required: true, content: { 'application/json': { schema: ref('RefreshRequest') } } },
        responses: { 200: json({ type: 'object' }), ...errors(400, 401, 429) },
      },
    },
    '/api/auth/logout': {
      post: { summary: 'Revoke a refresh token', responses: { 204: { description: 'Done' } } },
    },
    '/api/auth/me': {
      get: { security: bearer, responses: { 200: json(ref('SessionUser')), ...errors(401) } },
    },
    '/api/catalogue': {
      get: {
        security: bearer,
        responses: { 200: json({ type: 'array', items: ref('ServiceItem') }), ...errors(401) },
      },
    },
    '/api/regions': {
      get: { security: bearer, responses: { 200: json({ type: 'array' }), ...errors(401) } },
    },
    '/api/replication/{collection}/pull': {
      get: {
        summary: 'Changes after a checkpoint, in the caller’s jurisdiction, in server order',
        security: bearer,
        parameters: [
          collectionParam(SYNCED_COLLECTIONS),
          { name: 'seq', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: PULL_BATCH_MAX, default: PULL_BATCH_DEFAULT },
          },
        ],
        responses: { 200: json(ref('PullResponse')), ...errors(400, 401, 404) },
      },
    },
    '/api/replication/{collection}/push': {
      post: {
        summary: 'Insert-only push of actions or consultations (RxDB push rows)',
        security: bearer,
        parameters: [collectionParam(['actions', 'consultations'])],
        requestBody: { required: true, content: { 'application/json': { schema: ref('PushRequest') } } },
        responses: { 200: json(ref('PushResponse')), ...errors(400, 401, 403, 404, 413) },
      },
    },
    '/api/replication/{collection}/stream': {
      get: {
        summary:
          'Server-Sent Events: "RESYNC" or { documents, checkpoint } per data line; heartbeat comments',
        security: bearer,
        parameters: [collectionParam(SYNCED_COLLECTIONS)],
        responses: { 200: { description: 'text/event-stream' }, ...errors(401, 404) },
      },
    },
    '/api/admin/devices': {
      get: { security: bearer, responses: { 200: json({ type: 'object' }), ...errors(401, 403) } },
    },
    '/api/admin/devices/{id}/revoke': {
      post: {
        security: bearer,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 64 } },
        ],
        responses: { 200: json({ type: 'object' }), ...errors(400, 401, 403, 404) },
      },
    },
    '/api/files/uploads': {
      post: {
        summary: 'tus 1.0.0 resumable upload (creation); Upload-Metadata sha256, contentType',
        security: bearer,
        responses: {
          201: { description: 'Created (Location)' },
          400: { description: 'Bad metadata' },
          413: { description: 'Too large' },
          415: { description: 'Type not allowed' },
        },
      },
    },
    '/api/files/{sha256}': {
      get: {
        summary: 'A file referenced by a case in the caller’s jurisdiction',
        security: bearer,
        parameters: [
          {
            name: 'sha256',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[a-f0-9]{64}$' },
          },
        ],
        responses: { 200: { description: 'The file' }, ...errors(401, 404) },
      },
    },
    '/api/metrics': {
      get: {
        summary: 'Prometheus metrics (METRICS_TOKEN or loopback)',
        responses: { 200: { description: 'text/plain' } },
      },
    },
    ...adminAndReportPaths(),
    ...supervisionPaths(),
  };
}

let cached: JsonObject | null = null;

export function openApiDocument(): JsonObject {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Daiban sync server',
      version: String(PROTOCOL_VERSION),
      description: `Send ${PROTOCOL_HEADER}: ${PROTOCOL_VERSION}. Errors are { code, message, details? }.`,
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: schemas() },
    paths: paths(),
  };
  return cached;
}
