/**
 * Sign-in, token refresh, sign-out and request authentication, independent of HTTP: the routes
 * (auth-routes.ts) parse the request and hand it here; failures are ApiHttpErrors with the API's codes.
 */
import { ulid } from 'ulid';
import type {
  LoginRequest,
  LoginResponse,
  RefreshRequest,
  SessionUser,
} from '../../../src/domain/wire/auth-messages';
import { ApiHttpError } from '../http/api-error';
import { regionCodeOfScope } from '../store/region-scope';
import { StoreConflictError, type Store, type StoreOps, type UserRecord } from '../store/store';
import { signAccessToken, verifyAccessToken, type AccessClaims } from './access-token';
import { LoginRateLimiter } from './login-rate-limiter';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hash';
import { hashRefreshToken, newRefreshToken } from './refresh-token';

export interface AuthServiceOptions {
  store: Store;
  tokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  limiter?: LoginRateLimiter;
  now?: () => number;
}

/** Who is calling: the user as stored now (not as the token remembers) and the device. */
export interface AuthContext {
  user: UserRecord;
  deviceId: string;
  claims: AccessClaims;
}

export interface RefreshResponse {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/**
 * A rotated refresh token presented again within this time of its rotation is taken as a retry after a lost
 * answer (weak links drop answers), not as theft. Later, it ends the device's session.
 */
export const REFRESH_REUSE_GRACE_MS = 60_000;

/** Touching a device's lastSeenAt at most this often keeps reads from turning into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const unauthenticated = (message = '请先登录') => new ApiHttpError(401, 'unauthenticated', message);
const revoked = () => new ApiHttpError(401, 'device_revoked');

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(options: AuthServiceOptions) {
  const { store, tokenSecret, accessTokenTtlSeconds } = options;
  const limiter = options.limiter ?? new LoginRateLimiter();
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const refreshTtlMs = options.refreshTokenTtlDays * 86_400_000;

  /** Access token + a fresh refresh token (stored hashed) for a user on a device. */
  const newTokens = (user: UserRecord, deviceId: string) => {
    const refreshToken = newRefreshToken();
    const issuedAt = iso();
    return {
      accessToken: signAccessToken(
        { sub: user.id, role: user.role, scope: user.scope, did: deviceId },
        tokenSecret,
        accessTokenTtlSeconds,
        now(),
      ),
      refreshToken,
      record: {
        tokenHash: hashRefreshToken(refreshToken),
        userId: user.id,
        deviceId,
        issuedAt,
        expiresAt: new Date(now() + refreshTtlMs).toISOString(),
        rotatedAt: null,
        revokedAt: null,
      },
    };
  };

  async function sessionUser(user: UserRecord): Promise<SessionUser> {
    const region = await store.getRegion(regionCodeOfScope(user.scope));
    return {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      scope: user.scope,
      scopeName: region?.name ?? user.scope,
    };
  }

  /** Registers the device on a first login, or checks that the device it names belongs to this user. */
  async function deviceFor(
    tx: StoreOps,
    user: UserRecord,
    request: LoginRequest,
    at: string,
  ): Promise<string> {
    if (request.deviceId !== undefined) {
      const device = await tx.getDevice(request.deviceId);
      if (device !== null) {
        if (device.userId !== user.id)
          throw new ApiHttpError(403, 'forbidden', '该设备已登记给其他用户，请联系管理员');
        if (device.revokedAt !== null) throw revoked();
        await tx.touchDevice(device.id, at, request.deviceName || undefined);
        return device.id;
      }
    }
    const id = request.deviceId ?? ulid();
    try {
      await tx.insertDevice({
        id,
        userId: user.id,
        name: request.deviceName,
        registeredAt: at,
        lastSeenAt: at,
        revokedAt: null,
      });
    } catch (error) {
      if (error instanceof StoreConflictError)
        throw new ApiHttpError(409, 'validation_failed', '设备登记冲突，请重试');
      throw error;
    }
    return id;
  }

  async function login(request: LoginRequest, ip: string): Promise<LoginResponse> {
    const key = LoginRateLimiter.keyOf(request.username, ip);
    const wait = limiter.retryAfterSeconds(key);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new ApiHttpError(
        429,
        'rate_limited',
        `登录失败次数过多，请 ${minutes} 分钟后再试`,
        { retryAfterSeconds: wait },
        {
          'retry-after': String(wait),
        },
      );
    }
    const user = await store.getUserByUsername(request.username);
    const isMatch =
      user === null
        ? await verifyAgainstDummy(request.password)
        : await verifyPassword(request.password, user.passwordHash);
    if (user === null || !isMatch) {
      limiter.recordFailure(key);
      await store.appendAudit({
        actorId: null,
        action: 'auth.login_failed',
        target: user ? `user:${user.id}` : 'user:unknown',
        at: iso(),
        details: { ip },
      });
      throw new ApiHttpError(401, 'invalid_credentials');
    }
    if (!user.isActive) throw new ApiHttpError(403, 'forbidden', '该账号已停用，请联系管理员');
    limiter.reset(key);
    if (needsRehash(user.passwordHash))
      await store.setUserPasswordHash(user.id, await hashPassword(request.password), iso());

    const at = iso();
    const { deviceId, tokens } = await store.transaction(async (tx) => {
      const id = await deviceFor(tx, user, request, at);
      const issued = newTokens(user, id);
      await tx.insertRefreshToken(issued.record);
      await tx.appendAudit({
        actorId: user.id,
        action: 'auth.login',
        target: `user:${user.id}`,
        at,
        details: { deviceId: id, ip },
      });
      return { deviceId: id, tokens: issued };
    });
    return {
      accessToken: tokens.accessToken,
      expiresIn: accessTokenTtlSeconds,
      refreshToken: tokens.refreshToken,
      deviceId,
      user: await sessionUser(user),
      serverTime: at,
    };
  }

  async function refresh(request: RefreshRequest): Promise<RefreshResponse> {
    const at = iso();
    const tokenHash = hashRefreshToken(request.refreshToken);
    // The transaction returns its verdict instead of throwing, so a revocation it decides on is committed.
    const outcome = await store.transaction(
      async (tx): Promise<{ error: ApiHttpError } | { tokens: RefreshResponse }> => {
        const stored = await tx.getRefreshToken(tokenHash);
        if (stored === null || (request.deviceId !== '' && stored.deviceId !== request.deviceId)) {
          return { error: unauthenticated('登录已失效，请重新登录') };
        }
        const device = await tx.getDevice(stored.deviceId);
        if (device === null || device.revokedAt !== null) return { error: revoked() };
        const user = await tx.getUserById(stored.userId);
        if (stored.rotatedAt !== null && stored.revokedAt === null && user !== null && user.isActive) {
          const sinceRotation = now() - Date.parse(stored.rotatedAt);
          const isLive = Date.parse(stored.expiresAt) > now();
          if (isLive && sinceRotation >= 0 && sinceRotation <= REFRESH_REUSE_GRACE_MS) {
            // Presented again just after its rotation: the answer was most likely lost on a dropped link and
            // the device never got its successor. Issue a new pair; the lost successor (and anything issued
            // from it) is revoked, so one session chain stays alive, not two.
            await tx.revokeRefreshTokensOfDevice(stored.deviceId, at);
            const issued = newTokens(user, stored.deviceId);
            await tx.insertRefreshToken(issued.record);
            await tx.appendAudit({
              actorId: stored.userId,
              action: 'auth.refresh_regranted',
              target: `device:${stored.deviceId}`,
              at,
            });
            return {
              tokens: {
                accessToken: issued.accessToken,
                expiresIn: accessTokenTtlSeconds,
                refreshToken: issued.refreshToken,
              },
            };
          }
        }
        if (stored.rotatedAt !== null) {
          // A token already exchanged is presented again, later than a retry would be: it may have been
          // copied. End the device's session.
          await tx.revokeRefreshTokensOfDevice(stored.deviceId, at);
          await tx.appendAudit({
            actorId: stored.userId,
            action: 'auth.refresh_reused',
            target: `device:${stored.deviceId}`,
            at,
          });
          return { error: unauthenticated('登录已失效，请重新登录') };
        }
        if (user === null || !user.isActive) return { error: unauthenticated('该账号已停用，请联系管理员') };
        const issued = newTokens(user, stored.deviceId);
        if (!(await tx.rotateRefreshToken(tokenHash, issued.record, at)))
          return { error: unauthenticated('登录已失效，请重新登录') };
        await tx.touchDevice(stored.deviceId, at);
        return {
          tokens: {
            accessToken: issued.accessToken,
            expiresIn: accessTokenTtlSeconds,
            refreshToken: issued.refreshToken,
          },
        };
      },
    );
    if ('error' in outcome) throw outcome.error;
    return outcome.tokens;
  }

  async function logout(refreshToken: string | undefined): Promise<void> {
    if (refreshToken === undefined) return;
    const tokenHash = hashRefreshToken(refreshToken);
    const stored = await store.getRefreshToken(tokenHash);
    if (stored === null) return;
    const at = iso();
    await store.transaction(async (tx) => {
      if (await tx.revokeRefreshToken(tokenHash, at)) {
        await tx.appendAudit({
          actorId: stored.userId,
          action: 'auth.logout',
          target: `device:${stored.deviceId}`,
          at,
        });
      }
    });
  }

  /** Checks `Authorization: Bearer …`, the device and the user; throws 401 with the precise code. */
  async function authenticate(authorization: string | undefined): Promise<AuthContext> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) throw unauthenticated();
    const check = verifyAccessToken(match[1], tokenSecret, now());
    const claims = check.ok ? check.claims : check.claims;
    if (claims === undefined) throw unauthenticated('登录已失效，请重新登录');
    // The device is checked even for an expired token, so a revoked tablet learns it at once.
    const device = await store.getDevice(claims.did);
    if (device === null || device.userId !== claims.sub) throw unauthenticated('登录已失效，请重新登录');
    if (device.revokedAt !== null) throw revoked();
    if (!check.ok) throw new ApiHttpError(401, 'token_expired');
    const user = await store.getUserById(claims.sub);
    if (user === null || !user.isActive) throw unauthenticated('该账号已停用，请联系管理员');
    if (now() - Date.parse(device.lastSeenAt) > TOUCH_INTERVAL_MS) await store.touchDevice(device.id, iso());
    return { user, deviceId: device.id, claims };
  }

  return { login, refresh, logout, authenticate, sessionUser };
}
