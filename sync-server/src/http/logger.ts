/**
 * The server's pino logger. Nothing personal goes to the logs (个人信息保护法): authorization headers,
 * cookies, passwords, tokens and any idNumber / phone / name field are redacted wherever they appear (up to
 * four levels deep), request URLs are logged without their query string, and request bodies are never logged.
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
      err: pino.stdSerializers.err,
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
