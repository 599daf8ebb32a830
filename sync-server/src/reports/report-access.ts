/**
 * Who may read reports and exports, over which scope, and whether ID numbers may be shown in full:
 * supervisors (their district) and reviewers (their township); agents and admins get 403. Only a
 * supervisor may ask for `reveal=true`, and every reveal is audited.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../auth/auth-routes';
import type { AuthContext } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import type { StoreOps } from '../store/store';

export const scopeParamSchema = z
  .string()
  .regex(/^(\d{6}|\d{9}|\d{12})$/, '管辖范围应为 6、9 或 12 位区划代码');
export const isoDateSchema = z.iso.date('日期格式应为 YYYY-MM-DD');
export const revealParamSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/** The caller of a report route: a reviewer or a supervisor (else 403). */
export function reportCallerOf(request: FastifyRequest): AuthContext {
  const auth = authOf(request);
  if (auth.user.role !== 'reviewer' && auth.user.role !== 'supervisor')
    throw new ApiHttpError(403, 'forbidden');
  return auth;
}

/** The scope asked for, which must lie within the caller's (403 otherwise); default: the caller's own. */
export function scopeWithin(callerScope: string, requested: string | undefined): string {
  if (requested === undefined) return callerScope;
  if (!requested.startsWith(callerScope)) throw new ApiHttpError(403, 'forbidden');
  return requested;
}

/** `reveal=true` is for supervisors only (403 for anyone else). */
export function checkReveal(auth: AuthContext, reveal: boolean): boolean {
  if (reveal && auth.user.role !== 'supervisor') throw new ApiHttpError(403, 'forbidden');
  return reveal;
}

/** Audits an export that showed ID numbers in full: who, which export, which scope, how many cases. */
export async function auditExportReveal(
  store: Pick<StoreOps, 'appendAudit'>,
  auth: AuthContext,
  exportName: string,
  scope: string,
  cases: number,
  at: string,
): Promise<void> {
  await store.appendAudit({
    actorId: auth.user.id,
    action: 'export.reveal',
    target: `export:${exportName}`,
    at,
    details: { scope, cases, field: 'idNumber' },
  });
}

/** Content-Disposition with an ASCII fallback and the Chinese name as RFC 5987 filename*. */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
