/**
 * The server's pino logger. Nothing personal goes to the logs (个人信息保护法): authorization headers,
 * cookies, passwords, tokens and any idNumber / phone / name field are redacted wherever they appear (up to
 * four levels deep), request URLs are logged without their query string, request bodies are never logged, and
 * binary data (a client error's raw packet) is logged as its length only.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

/** Keys whose values never reach a log line. */
export const REDACTED_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'tokenSecret',
  'idNumber',
  'creditCode',
  'phone',
  'name',
  'applicant',
  'proxy',
  'address',
] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of REDACTED_KEYS) {
    const isPlain = /^[A-Za-z_$][\w$]*$/.test(key);
    const child = isPlain ? `.${key}` : `["${key}"]`;
    if (isPlain) paths.push(key);
    paths.push(`*${child}`, `*.*${child}`, `*.*.*${child}`);
  }
  return paths;
}

/**
 * A copy of a logged value with binary data replaced by its length. The redaction walks nested objects, and
 * walking a Buffer throws (Fastify logs a client error with the raw packet at trace level: one malformed
 * request stopped the server); the raw bytes may also hold personal data.
 */
function withoutBinary(value: unknown, depth = 0): unknown {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${String(value.byteLength)} bytes]`;
  if (depth > 6 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => withoutBinary(item, depth + 1));
  if (value instanceof Error) return serializedError(value, depth);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, withoutBinary(inner, depth + 1)]),
  );
}

/** pino's error serialisation (type, message, stack, own fields) as a plain object, without binary data. */
function serializedError(error: Error, depth = 0): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(serialized).map(([key, inner]) => [key, withoutBinary(inner, depth + 1)]),
  );
}

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  id?: string | number;
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    serializers: {
      req: (request: LoggedRequest) => ({
        id: request.id,
        method: request.method,
        // Query strings may carry tokens (e.g. an event-stream URL): log the path only.
        url: typeof request.url === 'string' ? request.url.split('?')[0] : undefined,
        ip: request.ip,
      }),
      err: (error: unknown) => (error instanceof Error ? serializedError(error) : withoutBinary(error)),
    },
    formatters: {
      log: (object: Record<string, unknown>) => withoutBinary(object) as Record<string, unknown>,
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
