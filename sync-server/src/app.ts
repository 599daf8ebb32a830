/**
 * The sync server's HTTP application: `buildApp({ config, store })` returns a ready Fastify instance
 * (tests drive it with app.inject; cli.ts makes it listen). It owns no lifecycle: the caller opens,
 * migrates and closes the store.
 */
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerAdminRoutes } from './admin/admin-routes';
import { registerAuditActorRoutes } from './admin/audit-actor-routes';
import { registerCatalogueImportRoutes } from './admin/catalogue-import-routes';
import { registerCatalogueAdminRoutes } from './admin/catalogue-routes';
import { registerHolidayAdminRoutes } from './admin/holiday-routes';
import { registerStationRoutes } from './admin/station-routes';
import { registerUserAdminRoutes } from './admin/user-routes';
import { registerAuditRoutes } from './audit/audit-routes';
import { registerAuthRoutes } from './auth/auth-routes';
import { createAuthService, type AuthService } from './auth/auth-service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import type { Config } from './config';
import { createLocalChangeNotifier, type ChangeNotifier } from './fanout/change-notifier';
import { ApiHttpError } from './http/api-error';
import { registerFileRoutes } from './files/file-routes';
import { answerFrameworkError, installErrorHandler } from './http/error-handler';
import { createLogger } from './http/logger';
import { installProtocolCheck } from './http/protocol-check';
import { installStrictRequestText } from './http/strict-request-text';
import { registerSecurityHeaders } from './http/security-headers';
import { registerStaticApp } from './http/static-app';
import { registerMetricsRoutes } from './metrics/metrics-routes';
import { openApiDocument } from './openapi/openapi-document';
import { createServerMetrics } from './metrics/server-metrics';
import { registerProgressRoutes } from './public/progress-routes';
import type { ProgressRateLimiter } from './public/progress-rate-limiter';
import { registerExchangeRoutes } from './reports/exchange-routes';
import { registerReportRoutes } from './reports/report-routes';
import { registerReplicationRoutes } from './replication/replication-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerReferenceRoutes } from './routes/reference-routes';
import type { Store } from './store/store';
import { registerSupervisionRoutes } from './supervision/supervision-routes';
import { registerThresholdRoutes } from './supervision/threshold-routes';

/** Largest JSON body the API accepts (files travel by the resumable upload endpoint, not as JSON). */
export const API_BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildAppOptions {
  config: Config;
  store: Store;
  /** A pino logger; by default one at config.logLevel with the redaction rules of http/logger.ts. */
  logger?: FastifyBaseLogger;
  /** The clock (tests move it). */
  now?: () => number;
  /** Failed-login limiter (tests pass one with their own clock). */
  loginLimiter?: LoginRateLimiter;
  /** Tells replication streams about commits; by default an in-process one (closed with the app). */
  notifier?: ChangeNotifier;
  /** Limiter of the public progress lookup (tests pass one with their own clock or limit). */
  progressLimiter?: ProgressRateLimiter;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sign-in and request authentication, for routes registered by later modules. */
    auth: AuthService;
    /** Whether STATIC_DIR held a build when the app started. */
    isAppBuilt: boolean;
  }
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const now = options.now ?? Date.now;
  const loggerInstance: FastifyBaseLogger = options.logger ?? createLogger(config.logLevel);
  const app = Fastify({
    loggerInstance,
    bodyLimit: API_BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // One line per request only when debugging: 300 polling tablets would drown everything else.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
  });

  installErrorHandler(app);
  installStrictRequestText(app);
  installProtocolCheck(app);
  app.addHook('onSend', async (request, reply, payload) => {
    // API answers may carry personal data: no browser or proxy cache keeps them.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
    return payload;
  });

  await registerSecurityHeaders(app, config.publicUrl);
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiHttpError(
        429,
        'rate_limited',
        `请求过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`,
      ),
  });

  const auth = createAuthService({
    store,
    tokenSecret: config.tokenSecret,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    limiter: options.loginLimiter,
    now,
  });
  app.decorate('auth', auth);

  const metrics = createServerMetrics(store);
  registerMetricsRoutes(app, metrics, config.metricsToken);
  registerHealthRoutes(app, store, now);
  app.get('/api/openapi.json', async () => openApiDocument());
  registerAuthRoutes(app, auth);
  registerReferenceRoutes(app, store, auth);
  const notifier = options.notifier ?? createLocalChangeNotifier();
  if (options.notifier === undefined) app.addHook('onClose', () => notifier.close());
  registerReplicationRoutes(app, {
    store,
    auth,
    notifier,
    now,
    heartbeatMs: config.streamHeartbeatMs,
    metrics: metrics.replication,
  });
  registerAdminRoutes(app, { store, auth, now });
  registerCatalogueAdminRoutes(app, { store, auth, now });
  registerHolidayAdminRoutes(app, { store, auth, now });
  registerUserAdminRoutes(app, { store, auth, now });
  registerCatalogueImportRoutes(app, { store, auth, now });
  registerStationRoutes(app, { store, auth, now });
  registerAuditActorRoutes(app, { store, auth });
  registerAuditRoutes(app, { store, auth, now });
  registerReportRoutes(app, { store, auth, now });
  registerExchangeRoutes(app, { store, auth, now });
  registerThresholdRoutes(app, { store, auth, now });
  registerSupervisionRoutes(app, { store, auth, now });
  registerProgressRoutes(app, { store, now, limiter: options.progressLimiter });
  await registerFileRoutes(app, {
    store,
    auth,
    filesDir: join(config.dataDir, 'files'),
    maxBytes: config.fileMaxBytes,
    trustProxy: config.trustProxy,
  });

  app.decorate('isAppBuilt', await registerStaticApp(app, config.staticDir));
  return app;
}
