/**
 * The app's one way to talk to the sync server over HTTP: base URL, protocol header, bearer token,
 * JSON in and out, a timeout on every call, one automatic token refresh on `token_expired`, and
 * typed errors (`ApiClientError`) with a Chinese message for every code the app knows.
 *
 * I/O is passed in (fetch, session accessors) so tests run it against a fake server.
 * This module has no runtime dependency on zod: it sits on the login screen's path, and the first
 * screen stays light. Callers pass any schema with `safeParse` (zod's do); the auth schemas load on
 * first use.
 */
import type {
  API_ERROR_CODES as ApiErrorCodes,
  LoginRequest,
  LoginResponse,
  SessionUser,
} from '../domain/wire/auth-messages';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../domain/wire/protocol-version';

/** The server's codes (same values as API_ERROR_CODES in src/domain/wire/auth-messages.ts; the type checks it). */
export const SERVER_ERROR_CODES = {
  deviceRevoked: 'device_revoked',
  tokenExpired: 'token_expired',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  rateLimited: 'rate_limited',
  clientTooOld: 'client_too_old',
  serverTooOld: 'server_too_old',
  validation: 'validation_failed',
  badJson: 'malformed_json',
  tooLarge: 'payload_too_large',
  notFound: 'not_found',
  invalidCredentials: 'invalid_credentials',
} as const satisfies typeof ApiErrorCodes;
const API_ERROR_CODES: typeof ApiErrorCodes = SERVER_ERROR_CODES;

/** Anything that validates unknown data into `T` the way zod's `safeParse` does. */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: unknown } };
}

export type ServerErrorCode = (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES];

/** Failures that happen before or instead of a well-formed server answer. */
export const CLIENT_ERROR_CODES = {
  network: 'network_error',
  timeout: 'timeout',
  aborted: 'aborted',
  badResponse: 'bad_response',
  server: 'server_error',
  unknown: 'unknown_error',
} as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

export type KnownErrorCode = ServerErrorCode | ClientErrorCode;
/** A known code, or a code this client version does not know yet (passed through from the server). */
export type ApiClientErrorCode = KnownErrorCode | (string & Record<never, never>);

export const API_ERROR_MESSAGES_ZH: Record<KnownErrorCode, string> = {
  device_revoked: '本设备已被停用，本地数据将被清除，请联系管理员',
  token_expired: '登录已过期，请重新登录',
  unauthenticated: '登录已失效，请重新登录',
  forbidden: '没有权限进行此操作',
  rate_limited: '操作过于频繁，请稍后再试',
  client_too_old: '应用版本过旧，请更新后再试',
  server_too_old: '服务器版本过旧，请联系管理员升级',
  validation_failed: '提交的内容不符合要求，请检查后重试',
  malformed_json: '请求格式有误，请重试',
  payload_too_large: '提交的内容过大',
  not_found: '请求的内容不存在',
  invalid_credentials: '用户名或密码错误',
  network_error: '无法连接服务器，请检查网络',
  timeout: '服务器响应超时，请稍后重试',
  aborted: '请求已取消',
  bad_response: '服务器返回的数据无法识别',
  server_error: '服务器出现故障，请稍后重试',
  unknown_error: '发生未知错误，请稍后重试',
};

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.hasOwn(API_ERROR_MESSAGES_ZH, code);
}

export class ApiClientError extends Error {
  override readonly name = 'ApiClientError';
  readonly code: ApiClientErrorCode;
  /** HTTP status, or 0 when no answer arrived (network failure, timeout, abort). */
  readonly status: number;
  /** The server's own message, when it sent one (the `message` is the client's wording for known codes). */
  readonly serverMessage: string | undefined;
  readonly details: unknown;

  constructor(init: {
    code: ApiClientErrorCode;
    status: number;
    message?: string;
    serverMessage?: string;
    details?: unknown;
  }) {
    const known = isKnownErrorCode(init.code) ? API_ERROR_MESSAGES_ZH[init.code] : undefined;
    super(init.message ?? known ?? init.serverMessage ?? API_ERROR_MESSAGES_ZH.unknown_error);
    this.code = init.code;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.details = init.details;
  }
}

export function isApiClientError(error: unknown): error is ApiClientError {
  return error instanceof ApiClientError;
}

export interface RefreshedTokens {
  accessToken: string;
  /** Seconds until the new access token expires. */
  expiresIn: number;
  /** Present when the server rotates refresh tokens. */
  refreshToken?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const refreshResponseValidator: Validator<RefreshedTokens> = {
  safeParse(data) {
    const isValid =
      isRecord(data) &&
      typeof data.accessToken === 'string' &&
      data.accessToken !== '' &&
      Number.isInteger(data.expiresIn) &&
      (data.refreshToken === undefined ||
        (typeof data.refreshToken === 'string' && data.refreshToken !== ''));
    if (!isValid) return { success: false, error: { issues: ['not a refresh response'] } };
    const tokens: RefreshedTokens = {
      accessToken: data.accessToken as string,
      expiresIn: data.expiresIn as number,
    };
    if (typeof data.refreshToken === 'string') tokens.refreshToken = data.refreshToken;
    return { success: true, data: tokens };
  },
};

/** The `{ code, message, details? }` body of an API error, or null. */
function errorBodyOf(body: unknown): { code: string; message: string; details: unknown } | null {
  if (!isRecord(body) || typeof body.code !== 'string' || typeof body.message !== 'string') return null;
  return { code: body.code, message: body.message, details: body.details };
}

/** How the client reads and updates the signed-in session (kept by the app, not by the client). */
export interface ApiClientSession {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  getDeviceId(): string | null;
  setTokens(tokens: RefreshedTokens): void;
  /** Neither the access nor the refresh token works any more: the user must sign in again. */
  onSessionExpired(): void;
}

export interface ApiClientOptions {
  /** '' (same origin) by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per-request timeout; 15 s by default. */
  timeoutMs?: number;
  session?: ApiClientSession;
}

export interface RequestOptions<T> {
  /** Validates the JSON answer; without it the answer is returned unchecked. */
  schema?: Validator<T>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Sends the bearer token and refreshes it on `token_expired` (default true). */
  isAuthenticated?: boolean;
}

type Listener<A extends unknown[]> = (...args: A) => void;

const STATUS_CODES: Record<number, KnownErrorCode> = {
  400: API_ERROR_CODES.validation,
  401: API_ERROR_CODES.unauthenticated,
  403: API_ERROR_CODES.forbidden,
  404: API_ERROR_CODES.notFound,
  409: API_ERROR_CODES.serverTooOld,
  413: API_ERROR_CODES.tooLarge,
  426: API_ERROR_CODES.clientTooOld,
  429: API_ERROR_CODES.rateLimited,
};

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly session: ApiClientSession | undefined;
  private readonly revokedHandlers = new Set<Listener<[]>>();
  private readonly contactListeners = new Set<Listener<[number]>>();
  private refreshing: Promise<boolean> | null = null;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.session = options.session;
  }

  /** Called when the server says this device was revoked: the app wipes its local data. */
  onDeviceRevoked(handler: () => void): () => void {
    this.revokedHandlers.add(handler);
    return () => this.revokedHandlers.delete(handler);
  }

  /** Called with `Date.now()` whenever the server answered (the sync status shows the last contact). */
  onServerContact(listener: (at: number) => void): () => void {
    this.contactListeners.add(listener);
    return () => this.contactListeners.delete(listener);
  }

  get<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
    return this.request('GET', path, options);
  }

  post<T>(path: string, body: unknown, options: RequestOptions<T> = {}): Promise<T> {
    return this.request('POST', path, { ...options, body });
  }

  async login(request: LoginRequest, signal?: AbortSignal): Promise<LoginResponse> {
    const { loginResponseSchema } = await import('../domain/wire/auth-messages');
    return this.post('/api/auth/login', request, {
      schema: loginResponseSchema,
      isAuthenticated: false,
      signal,
    });
  }

  async me(signal?: AbortSignal): Promise<SessionUser> {
    const { sessionUserSchema } = await import('../domain/wire/auth-messages');
    return this.get('/api/auth/me', { schema: sessionUserSchema, signal });
  }

  /** Best effort: the local session ends whatever the server answers. */
  async logout(): Promise<void> {
    const refreshToken = this.session?.getRefreshToken();
    try {
      await this.post('/api/auth/logout', refreshToken ? { refreshToken } : {}, { timeoutMs: 5_000 });
    } catch {
      // Offline or already signed out on the server: nothing more to do here.
    }
  }

  /** True when the server answered GET /api/health in time (a real probe, not navigator.onLine). */
  async probeHealth(timeoutMs = 5_000, signal?: AbortSignal): Promise<boolean> {
    try {
      await this.get('/api/health', { isAuthenticated: false, timeoutMs, signal });
      return true;
    } catch {
      return false;
    }
  }

  async request<T>(method: string, path: string, options: RequestOptions<T> = {}): Promise<T> {
    const isAuthenticated = options.isAuthenticated ?? true;
    // After an offline unlock the device holds only the refresh token: get an access token first,
    // rather than send an unauthenticated request (whose 401 would end the session).
    const session = this.session;
    if (isAuthenticated && session && !session.getAccessToken() && session.getRefreshToken()) {
      await this.refreshOnce();
    }
    try {
      return await this.send(method, path, options, isAuthenticated);
    } catch (error) {
      if (!isAuthenticated || !isApiClientError(error) || error.code !== API_ERROR_CODES.tokenExpired)
        throw error;
      if (!(await this.refreshOnce())) {
        throw new ApiClientError({
          code: API_ERROR_CODES.tokenExpired,
          status: 401,
          serverMessage: error.serverMessage,
        });
      }
      return this.send(method, path, options, isAuthenticated);
    }
  }

  /**
   * Gets a new access token with the refresh token now (after an offline unlock the device has only
   * the refresh token). False when the server refused it; throws when the server could not be reached.
   */
  refreshSession(): Promise<boolean> {
    return this.refreshOnce();
  }

  /** One refresh at a time: concurrent requests that hit `token_expired` wait for the same one. */
  private refreshOnce(): Promise<boolean> {
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<boolean> {
    const session = this.session;
    const refreshToken = session?.getRefreshToken();
    if (!session || !refreshToken) {
      session?.onSessionExpired();
      return false;
    }
    try {
      const tokens = await this.send(
        'POST',
        '/api/auth/refresh',
        { body: { refreshToken, deviceId: session.getDeviceId() ?? '' }, schema: refreshResponseValidator },
        false,
      );
      session.setTokens(tokens);
      return true;
    } catch (error) {
      // An answer from the server refusing the refresh ends the session; a network failure does not.
      if (isApiClientError(error) && error.status >= 400 && error.status < 500) {
        session.onSessionExpired();
        return false;
      }
      throw error;
    }
  }

  private async send<T>(
    method: string,
    path: string,
    options: RequestOptions<T>,
    isAuthenticated: boolean,
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    };
    const hasBody = options.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    const token = isAuthenticated ? this.session?.getAccessToken() : null;
    if (token) headers.authorization = `Bearer ${token}`;

    const controller = new AbortController();
    let isTimedOut = false;
    // The abort alone is not enough: a body cut in the middle of a compressed answer can leave the read
    // pending after the abort (seen with Node's fetch behind a proxy that cuts connections), and a
    // replication waiting on it would stall for good. The race settles the call whatever fetch does.
    let onTimeout: (cause: Error) => void = () => undefined;
    const timedOut = new Promise<never>((_resolve, reject) => (onTimeout = reject));
    const timer = setTimeout(() => {
      isTimedOut = true;
      controller.abort();
      onTimeout(new Error('timed out'));
    }, options.timeoutMs ?? this.timeoutMs);
    const forwardAbort = () => controller.abort();
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', forwardAbort, { once: true });

    try {
      let response: Response;
      let text: string;
      try {
        const exchange = (async () => {
          const answer = await this.fetchImpl(`${this.baseUrl}${path}`, {
            method,
            headers,
            body: hasBody ? JSON.stringify(options.body) : undefined,
            signal: controller.signal,
            credentials: 'same-origin',
          });
          return { answer, body: await answer.text() };
        })();
        exchange.catch(() => undefined); // settled late after a timeout: nobody waits for it any more
        ({ answer: response, body: text } = await Promise.race([exchange, timedOut]));
      } catch (cause) {
        const code = isTimedOut
          ? CLIENT_ERROR_CODES.timeout
          : controller.signal.aborted
            ? CLIENT_ERROR_CODES.aborted
            : CLIENT_ERROR_CODES.network;
        throw new ApiClientError({ code, status: 0, details: cause });
      }
      if (response.status < 500) this.notifyContact();
      if (!response.ok) throw this.errorFrom(response.status, text, isAuthenticated);
      return this.parseBody(text, options.schema, response.status);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private parseBody<T>(text: string, schema: Validator<T> | undefined, status: number): T {
    let data: unknown = undefined;
    if (text.trim() !== '') {
      try {
        data = JSON.parse(text);
      } catch (cause) {
        throw new ApiClientError({ code: CLIENT_ERROR_CODES.badResponse, status, details: cause });
      }
    }
    if (!schema) return data as T;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new ApiClientError({
        code: CLIENT_ERROR_CODES.badResponse,
        status,
        details: parsed.error.issues,
      });
    }
    return parsed.data;
  }

  private errorFrom(status: number, text: string, isAuthenticated: boolean): ApiClientError {
    let body: unknown = undefined;
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): fall back to the status.
    }
    const parsed = errorBodyOf(body);
    const fallback =
      STATUS_CODES[status] ?? (status >= 500 ? CLIENT_ERROR_CODES.server : CLIENT_ERROR_CODES.unknown);
    const code = parsed && parsed.code !== '' ? parsed.code : fallback;
    if (code === API_ERROR_CODES.deviceRevoked) this.notifyRevoked();
    else if (code === API_ERROR_CODES.unauthenticated && isAuthenticated) this.session?.onSessionExpired();
    return new ApiClientError({
      code,
      status,
      serverMessage: parsed?.message,
      details: parsed?.details,
    });
  }

  private notifyRevoked(): void {
    for (const handler of [...this.revokedHandlers]) handler();
  }

  private notifyContact(): void {
    const at = Date.now();
    for (const listener of [...this.contactListeners]) listener(at);
  }
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return new ApiClient(options);
}
