/**
 * The wire protocol check (x-daiban-protocol): a client older than MIN_CLIENT_PROTOCOL_VERSION gets 426
 * client_too_old (update the app), a client newer than PROTOCOL_VERSION gets 409 server_too_old (upgrade the
 * server). A request without the header is accepted for now (curl, probes, old builds).
 * Every API answer carries the server's version in the same header.
 */
import type { FastifyInstance } from 'fastify';
import {
  MIN_CLIENT_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../../src/domain/wire/protocol-version';
import { ApiHttpError } from './api-error';

/** Probes answer whatever the client's version: an operator's curl or a load balancer sends no header. */
const EXEMPT = new Set(['/api/health', '/api/ready']);

export function checkProtocolVersion(header: string | string[] | undefined): ApiHttpError | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  const version = Number(value);
  if (value === undefined || !/^\d{1,6}$/.test(value.trim()) || !Number.isSafeInteger(version)) {
    return new ApiHttpError(400, 'validation_failed', `协议版本号（${PROTOCOL_HEADER}）应为整数`);
  }
  if (version < MIN_CLIENT_PROTOCOL_VERSION) {
    return new ApiHttpError(426, 'client_too_old', undefined, {
      clientVersion: version,
      minClientVersion: MIN_CLIENT_PROTOCOL_VERSION,
    });
  }
  if (version > PROTOCOL_VERSION) {
    return new ApiHttpError(409, 'server_too_old', undefined, {
      clientVersion: version,
      serverVersion: PROTOCOL_VERSION,
    });
  }
  return null;
}

export function installProtocolCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') && path !== '/api') return;
    void reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    if (EXEMPT.has(path)) return;
    const error = checkProtocolVersion(request.headers[PROTOCOL_HEADER]);
    if (error) throw error;
  });
}
