/**
 * The one error shape of the API: `{ code, message, details? }` with a stable code the app acts on and a
 * Chinese message for people (apiErrorSchema in src/domain/wire/auth-messages.ts).
 */
import { API_ERROR_CODES, type ApiError } from '../../../src/domain/wire/auth-messages';

export type ApiErrorCode =
  (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES] | 'internal_error' | 'app_not_built' | 'not_ready';

/** Default Chinese messages; a route may pass a more precise one. */
export const ERROR_MESSAGES_ZH: Record<ApiErrorCode, string> = {
  device_revoked: '本设备已被停用，本地数据将被清除，请联系管理员',
  token_expired: '登录已过期，请重新登录',
  unauthenticated: '请先登录',
  forbidden: '没有权限进行此操作',
  rate_limited: '操作过于频繁，请稍后再试',
  client_too_old: '应用版本过旧，请更新应用后再试',
  server_too_old: '服务器版本过旧，请联系管理员升级服务器',
  validation_failed: '提交的内容不符合要求，请检查后重试',
  malformed_json: '请求内容不是有效的 JSON',
  payload_too_large: '提交的内容过大',
  not_found: '请求的内容不存在',
  invalid_credentials: '用户名或密码错误',
  internal_error: '服务器内部错误，请稍后重试',
  app_not_built:
    '应用尚未构建：请先运行 npm run build，然后重新启动服务器（the app is not built: run `npm run build`）',
  not_ready: '服务器尚未就绪',
};

export class ApiHttpError extends Error {
  override readonly name = 'ApiHttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string = ERROR_MESSAGES_ZH[code],
    readonly details?: unknown,
    /** Extra response headers (e.g. Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function apiError(
  statusCode: number,
  code: ApiErrorCode,
  message?: string,
  details?: unknown,
): ApiHttpError {
  return new ApiHttpError(statusCode, code, message, details);
}
