/**
 * The endpoints to fuzz: the operations the OpenAPI document (GET /api/openapi.json) describes, and the route
 * table Fastify actually registered (printRoutes), so a test can prove that every registered route is fuzzed.
 * Tests only.
 */
import type { FastifyInstance } from 'fastify';

export type JsonSchema = Record<string, unknown>;

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

/** One OpenAPI operation: a method on a path template (`/api/files/{sha256}`). */
export interface Operation {
  method: HttpMethod;
  path: string;
  parameters: Parameter[];
  /** The JSON body schema ($refs resolved lazily by the generators), or null. */
  jsonBody: JsonSchema | null;
  /** A form body (application/x-www-form-urlencoded) schema, or null. */
  formBody: JsonSchema | null;
  isBearer: boolean;
}

export interface RegisteredRoute {
  method: string;
  /** In OpenAPI form: `:id` written `{id}`. */
  path: string;
}

export const operationKey = (operation: { method: string; path: string }) =>
  `${operation.method} ${operation.path}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every operation of an OpenAPI 3.1 document. */
export function operationsOf(document: unknown): Operation[] {
  if (!isRecord(document) || !isRecord(document.paths)) throw new Error('not an OpenAPI document');
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method.toLowerCase()];
      if (!isRecord(operation)) continue;
      const parameters = (Array.isArray(operation.parameters) ? operation.parameters : [])
        .filter(isRecord)
        .map((parameter): Parameter => ({
          name: String(parameter.name),
          in: parameter.in === 'path' ? 'path' : 'query',
          required: parameter.required === true,
          schema: isRecord(parameter.schema) ? parameter.schema : {},
        }));
      const content =
        isRecord(operation.requestBody) && isRecord(operation.requestBody.content)
          ? operation.requestBody.content
          : {};
      const schemaOf = (type: string) => {
        const entry = content[type];
        return isRecord(entry) && isRecord(entry.schema) ? entry.schema : null;
      };
      operations.push({
        method,
        path,
        parameters,
        jsonBody: schemaOf('application/json'),
        formBody: schemaOf('application/x-www-form-urlencoded'),
        isBearer: Array.isArray(operation.security) && operation.security.length > 0,
      });
    }
  }
  return operations;
}

/**
 * The routes Fastify registered, from `printRoutes({ commonPrefix: false })`: a tree whose child lines carry
 * the rest of their parent's path, each with its methods in parentheses.
 */
export function registeredRoutesOf(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (match === null) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = `${depth > 0 ? (parents[depth - 1] ?? '') : ''}${match[2] ?? ''}`;
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of (match[3] ?? '').split(', ').filter(Boolean))
      routes.push({ method, path: path.replace(/:(\w+)/g, '{$1}') });
  }
  return routes;
}
