/**
 * /api/auth/*: login, refresh, logout, me. Bodies are parsed with the shared wire schemas (unknown fields
 * are refused). Login and refresh also sit behind a coarse per-IP request limit; the per-username failure
 * limit lives in the auth service.
 */
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { loginRequestSchema, refreshRequestSchema } from '../../../src/domain/wire/auth-messages';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { AuthContext, AuthService } from './auth-service';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireAuth` on authenticated routes. */
    auth: AuthContext | null;
  }
}

const logoutRequestSchema = z.object({ refreshToken: z.string().min(1).max(512).optional() }).strict();

/** Requests per IP per minute on login and refresh (a township's tablets may share one NAT address). */
export const AUTH_REQUESTS_PER_MINUTE = 120;

export function requireAuth(auth: AuthService): preHandlerAsyncHookHandler {
  return async (request) => {
    request.auth = await auth.authenticate(request.headers.authorization);
  };
}

/** The caller of a route behind `requireAuth`. */
export function authOf(request: FastifyRequest): AuthContext {
  if (request.auth === null) throw new ApiHttpError(401, 'unauthenticated');
  return request.auth;
}

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('auth', null);
  const limited = { rateLimit: { max: AUTH_REQUESTS_PER_MINUTE, timeWindow: 60_000 } };

  app.post('/api/auth/login', { config: limited }, async (request) =>
    auth.login(parseWith(loginRequestSchema, request.body), request.ip),
  );

  app.post('/api/auth/refresh', { config: limited }, async (request) =>
    auth.refresh(parseWith(refreshRequestSchema, request.body)),
  );

  app.post('/api/auth/logout', async (request, reply) => {
    const { refreshToken } = parseWith(logoutRequestSchema, request.body);
    await auth.logout(refreshToken);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { preHandler: requireAuth(auth) }, async (request) =>
    auth.sessionUser(authOf(request).user),
  );
}
