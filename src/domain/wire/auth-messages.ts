/** Wire schemas of the authentication endpoints (/api/auth/*). */
import { z } from 'zod';
import { roleSchema } from '../roles';

export const loginRequestSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
    /** Present when the device registered before; absent on a device's first login. */
    deviceId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional(),
    /** e.g. "Android 平板 / Chrome 140" — shown to admins in the device list. */
    deviceName: z.string().max(120).default(''),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  /** Jurisdiction: 6, 9 or 12 digits of the region code. */
  scope: z.string(),
  /** Name of the region the scope designates (e.g. 青石村 / 河口镇). */
  scopeName: z.string(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires (short-lived). */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
  deviceId: z.string(),
  user: sessionUserSchema,
  serverTime: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const refreshRequestSchema = z
  .object({ refreshToken: z.string().min(1).max(512), deviceId: z.string().max(64) })
  .strict();
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

/** Error body of every API error: a stable code for the app, a Chinese message for people. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Codes the app acts on. */
export const API_ERROR_CODES = {
  /** The device was revoked: the app must wipe its local data. */
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
} as const;
