/**
 * 办事进度查询 (public, no login; the QR code on a receipt points to /progress/<receiptNo>):
 *   GET  /progress/:receiptNo        → HTML form asking for the last four characters of the ID number
 *   POST /progress/:receiptNo        → (form field last4) HTML answer, or the form again with the same notice
 *                                       for a wrong last4 and an unknown receipt number
 *   POST /api/public/progress        → { receiptNo, last4 } → PublicProgress | 404 not_found
 * Both POSTs share one limiter per IP (10 tries / 15 min → 429).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { Store } from '../store/store';
import { progressFormPage, progressResultPage, progressTooManyPage } from './progress-page';
import { last4Schema, lookUpProgress, PROGRESS_NOT_FOUND_ZH, receiptNoSchema } from './progress-lookup';
import { ProgressRateLimiter } from './progress-rate-limiter';

const FORM_BODY_LIMIT_BYTES = 1024;
const paramsSchema = z.object({ receiptNo: z.string().max(64) });
const formSchema = z.object({ last4: z.string().max(16).default('') });
export const publicProgressRequestSchema = z
  .object({ receiptNo: receiptNoSchema, last4: last4Schema })
  .strict();

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

export function registerProgressRoutes(
  app: FastifyInstance,
  options: { store: Store; now: () => number; limiter?: ProgressRateLimiter },
): void {
  const { store } = options;
  const limiter = options.limiter ?? new ProgressRateLimiter(options.now);

  app.post('/api/public/progress', async (request) => {
    const retryAfter = limiter.hit(request.ip);
    if (retryAfter > 0)
      throw new ApiHttpError(429, 'rate_limited', '查询次数过多，请稍后再试', undefined, {
        'retry-after': String(retryAfter),
      });
    const { receiptNo, last4 } = parseWith(publicProgressRequestSchema, request.body);
    const progress = await lookUpProgress(store, receiptNo, last4);
    if (progress === null) throw new ApiHttpError(404, 'not_found', PROGRESS_NOT_FOUND_ZH);
    return progress;
  });

  // HTML pages: in their own scope, so the form parser does not reach the JSON API.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT_BYTES },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );

    scope.get('/progress/:receiptNo', async (request, reply) => {
      const { receiptNo } = parseWith(paramsSchema, request.params);
      return html(reply, 200, progressFormPage(receiptNo));
    });

    scope.post('/progress/:receiptNo', async (request, reply) => {
      const { receiptNo } = parseWith(paramsSchema, request.params);
      const retryAfter = limiter.hit(request.ip);
      if (retryAfter > 0)
        return html(reply.header('retry-after', String(retryAfter)), 429, progressTooManyPage(retryAfter));
      const { last4 } = parseWith(formSchema, request.body);
      const number = receiptNoSchema.safeParse(receiptNo);
      const digits = last4Schema.safeParse(last4);
      if (!digits.success)
        return html(reply, 400, progressFormPage(receiptNo, digits.error.issues[0]?.message));
      const progress = number.success ? await lookUpProgress(store, number.data, digits.data) : null;
      if (progress === null) return html(reply, 404, progressFormPage(receiptNo, PROGRESS_NOT_FOUND_ZH));
      return html(reply, 200, progressResultPage(receiptNo, progress));
    });
  });
}
