/**
 * A valid request for each known operation of the fuzz app (answered 2xx: the bad-input test checks that
 * first), which the generators then break in one place. An operation without one here is still fuzzed, from
 * a default request (the admin's token, placeholder path values) with only "4xx" asserted, not the exact
 * status. Also the routes the OpenAPI document leaves out on purpose (the tus protocol's own methods, the
 * document itself), fuzzed all the same. Tests only.
 */
import { itemBody } from '../reports/report-test-fixtures';
import { PASSWORD } from '../test-support/test-app';
import type { FuzzApp } from './fuzz-app';
import type { Baseline } from './fuzz-request';
import type { JsonSchema, Operation } from './route-table';

/** Operations of the route table the OpenAPI document does not list, with why. */
export const EXTRA_OPERATIONS: (Operation & { why: string })[] = [
  {
    method: 'GET',
    path: '/api/openapi.json',
    parameters: [],
    jsonBody: null,
    formBody: null,
    isBearer: false,
    why: 'the document itself',
  },
  ...(['HEAD', 'PATCH'] as const).map((method) => ({
    method,
    path: '/api/files/uploads/{id}',
    parameters: [{ name: 'id', in: 'path' as const, required: true, schema: { type: 'string' } }],
    jsonBody: null,
    formBody: null,
    isBearer: true,
    why: 'tus: offset of an upload / its next chunk',
  })),
  ...(['HEAD', 'PATCH', 'OPTIONS'] as const).map((method) => ({
    method,
    path: '/api/files/uploads',
    parameters: [],
    jsonBody: null,
    formBody: null,
    isBearer: true,
    why: 'tus: registered with the creation route (answers 404 without an upload id; OPTIONS: capabilities)',
  })),
];

/** Event streams: a valid request never ends, so only requests refused before the stream opens are sent. */
export const STREAMING_OPERATIONS = new Set(['GET /api/replication/{collection}/stream']);

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The tus creation headers of a 10-byte JPEG. */
export const TUS_CREATE_HEADERS = (sha256: string) => ({
  'tus-resumable': '1.0.0',
  'upload-length': '10',
  'upload-metadata': `sha256 ${base64(sha256)},contentType ${base64('image/jpeg')}`,
});

/** Valid requests by operation key (`METHOD /path/{param}`); `uploadId` names a started upload of agent1. */
export function baselinesOf(f: FuzzApp, uploadId: string): Record<string, Baseline> {
  const { tokens, seeded } = f;
  const last4 = '002X'; // the fixture applicant's ID number 11010519491231002X
  const uploadHeaders = { 'tus-resumable': '1.0.0' };
  return {
    'GET /api/health': { token: null },
    'GET /api/ready': { token: null },
    'GET /api/openapi.json': { token: null },
    'GET /api/metrics': { token: null },
    'POST /api/auth/login': {
      token: null,
      body: {
        username: 'agent1',
        password: PASSWORD,
        deviceName: '测试平板',
        deviceId: f.agentSession.deviceId,
      },
    },
    'POST /api/auth/refresh': { token: null, body: { ...f.agentSession } },
    'POST /api/auth/logout': { token: null, body: { refreshToken: 'no-such-refresh-token' } },
    'GET /api/auth/me': { token: tokens.agent1 },
    'GET /api/catalogue': { token: tokens.agent1 },
    'GET /api/regions': { token: tokens.agent1 },
    'GET /api/replication/{collection}/pull': {
      token: tokens.agent1,
      path: { collection: 'actions' },
      query: { seq: '0', limit: '10' },
    },
    'POST /api/replication/{collection}/push': {
      token: tokens.agent1,
      path: { collection: 'consultations' },
      body: [{ assumedMasterState: null, newDocumentState: seeded.consultation }],
    },
    'GET /api/replication/{collection}/stream': { token: tokens.agent1, path: { collection: 'caseHeads' } },
    'GET /api/admin/devices': { token: tokens.admin1 },
    'POST /api/admin/devices/{id}/revoke': { token: tokens.admin1, path: { id: 'tablet-spare-0001' } },
    'POST /api/files/uploads': { token: tokens.agent1, headers: TUS_CREATE_HEADERS('b'.repeat(64)) },
    'OPTIONS /api/files/uploads': { token: tokens.agent1, headers: uploadHeaders },
    'HEAD /api/files/uploads': { token: tokens.agent1, headers: uploadHeaders },
    'PATCH /api/files/uploads': { token: tokens.agent1, headers: uploadHeaders },
    'HEAD /api/files/uploads/{id}': { token: tokens.agent1, path: { id: uploadId }, headers: uploadHeaders },
    'PATCH /api/files/uploads/{id}': {
      token: tokens.agent1,
      path: { id: uploadId },
      headers: { ...uploadHeaders, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    },
    'GET /api/files/{sha256}': { token: tokens.agent1, path: { sha256: seeded.fileSha256 } },
    'GET /api/reports/indicators': {
      token: tokens.reviewer1,
      query: { from: '2026-03-01', to: '2026-03-31', by: 'village' },
    },
    'GET /api/reports/monthly.xlsx': { token: tokens.reviewer1, query: { month: '2026-03' } },
    'GET /api/reports/cases.csv': { token: tokens.reviewer1, query: { status: 'submitted' } },
    'GET /api/exchange/cases.json': { token: tokens.reviewer1, query: { scope: '360799101' } },
    'GET /api/exchange/cases.csv': { token: tokens.reviewer1, query: { table: 'steps' } },
    'POST /api/audit/reveal': { token: tokens.agent1, body: { caseId: seeded.caseId, field: 'idNumber' } },
    'GET /api/admin/audit': {
      token: tokens.admin1,
      query: { page: '1', pageSize: '20', from: '2026-03-01' },
    },
    'POST /api/admin/catalogue': { token: tokens.admin1, body: itemBody('ITEM-FUZZ') },
    'POST /api/admin/holidays': {
      token: tokens.admin1,
      body: {
        year: 2027,
        source: '国办发明电〔2026〕1号',
        publishedAt: '2026-11-04',
        holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
        workdays: ['2027-01-09'],
      },
    },
    'GET /api/admin/users': { token: tokens.admin1 },
    'POST /api/admin/users': {
      token: tokens.admin1,
      body: {
        username: 'fuzz.new_1',
        name: '新代办',
        role: 'agent',
        scope: '360799101202',
        password: 'long-enough-9',
      },
    },
    'POST /api/admin/users/{id}/disable': { token: tokens.admin1, path: { id: 'u-spare' } },
    'POST /api/public/progress': { token: null, body: { receiptNo: seeded.receiptNo, last4 } },
    'GET /progress/{receiptNo}': { token: null, path: { receiptNo: seeded.receiptNo } },
    'POST /progress/{receiptNo}': { token: null, path: { receiptNo: seeded.receiptNo }, form: { last4 } },
  };
}

/** What a default request needs: a token that passes authentication, and a stored file's hash. */
export interface DefaultCredentials {
  adminToken: string;
  fileSha256: string;
}

/** Placeholder path values that satisfy a parameter's enum or pattern where one is known. */
function placeholderOf(schema: JsonSchema, credentials: DefaultCredentials): string {
  if (Array.isArray(schema.enum) && typeof schema.enum[0] === 'string') return schema.enum[0];
  if (schema.pattern === '^[a-f0-9]{64}$') return credentials.fileSha256;
  return 'fuzz-placeholder';
}

/** The request the generators break for an operation without a baseline: the admin's, placeholder values. */
export function defaultBaselineOf(operation: Operation, credentials: DefaultCredentials): Baseline {
  return {
    token: operation.isBearer ? credentials.adminToken : null,
    path: Object.fromEntries(
      operation.parameters
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => [parameter.name, placeholderOf(parameter.schema, credentials)]),
    ),
    body: operation.jsonBody === null ? undefined : {},
  };
}
