/**
 * Turns every error into the API error body. Bad input is always a 4xx with a code, never a 500; only
 * unexpected failures are 500 internal_error (logged, with no details sent to the client).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiHttpError, type ApiErrorCode } from './api-error';

/** Fastify's own errors for bad requests, mapped to API codes. */
const FASTIFY_CODES: Record<string, { status: number; code: ApiErrorCode; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', message: '请求内容为空，应为 JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_json', message: '请求长度与内容不符' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'validation_failed',
    message: '不支持的请求内容类型，请以 JSON 提交',
  },
  FST_ERR_VALIDATION: { status: 400, code: 'validation_failed' },
  FST_ERR_BAD_URL: { status: 400, code: 'validation_failed', message: '请求地址的编码不正确' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'validation_failed', message: '请求地址过长' },
};

const STATUS_CODES: Record<number, ApiErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}

export function toApiError(error: unknown): ApiHttpError {
  if (error instanceof ApiHttpError) return error;
  if (isFastifyError(error)) {
    const known = FASTIFY_CODES[error.code];
    if (known) return new ApiHttpError(known.status, known.code, known.message);
    // A JSON parse error from a custom parser, or another client error Fastify raised.
    const status = error.statusCode ?? 500;
    if (error instanceof SyntaxError && status === 400) return new ApiHttpError(400, 'malformed_json');
    if (status >= 400 && status < 500)
      return new ApiHttpError(status, STATUS_CODES[status] ?? 'validation_failed');
  }
  // http-errors style client errors without a code (@fastify/send refusing a path such as /index.html/%00/).
  if (error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number') {
    const status = error.statusCode;
    if (status >= 400 && status < 500)
      return new ApiHttpError(status, STATUS_CODES[status] ?? 'validation_failed');
  }
  return new ApiHttpError(500, 'internal_error');
}

/**
 * Fastify's `frameworkErrors`: failures before routing (a URL whose percent-encoding is not valid UTF-8, a
 * path parameter over the length limit) get the same `{ code, message }` body as every other error.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const apiError = toApiError(error);
  request.log.info({ code: apiError.code, statusCode: apiError.statusCode }, 'request refused');
  // No route hook ran (helmet's neither): the headers such an answer needs are set here.
  void reply
    .code(apiError.statusCode)
    .headers({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
    })
    .type('application/json; charset=utf-8')
    .send(apiError.toBody());
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: apiError.code, statusCode: apiError.statusCode }, 'request refused');
    }
    void reply
      .code(apiError.statusCode)
      .headers(apiError.headers)
      .type('application/json; charset=utf-8')
      .send(apiError.toBody());
  });
}
