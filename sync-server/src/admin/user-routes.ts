/**
 * Accounts (admin only, within the admin's jurisdiction; never password hashes):
 *   GET  /api/admin/users                → { users: PublicUser[] } (scope starts with the admin's)
 *   POST /api/admin/users                → 201 PublicUser; { username, name, role, scope, password }: the scope
 *        lies within the admin's, has the role's length (agent 12, reviewer 9, supervisor/admin 6 digits) and
 *        names a known region; the password is hashed with auth/password-hash (scrypt)
 *   POST /api/admin/users/:id/disable    → { id, isActive: false, wasActive }; the account's next request is
 *        refused (each request re-checks the user). Unknown and foreign users answer the same 404.
 * Every change is audited (no personal data in the entry).
 */
import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import { z } from 'zod';
import { ROLE_SCOPE_DIGITS, roleSchema } from '../../../src/domain/roles';
import { requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { hashPassword } from '../auth/password-hash';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import { regionCodeOfScope } from '../store/region-scope';
import { StoreConflictError, type Store } from '../store/store';
import { callerWithRole, isScopeWithin } from './admin-access';

export const newUserRequestSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名应为 3–32 位字母、数字、下划线、点或连字符'),
    name: z.string().trim().min(1).max(50),
    role: roleSchema,
    scope: z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, '管辖范围应为 6、9 或 12 位区划代码'),
    password: z.string().min(10, '初始密码至少 10 位').max(128),
  })
  .strict()
  .refine((u) => u.scope.length === ROLE_SCOPE_DIGITS[u.role], {
    message: '管辖范围的位数与角色不符（代办员 12 位、审核员 9 位、监管和管理员 6 位）',
    path: ['scope'],
  });

const userParamsSchema = z.object({ id: z.string().min(1).max(64) }).strict();

export function registerUserAdminRoutes(
  app: FastifyInstance,
  options: { store: Store; auth: AuthService; now: () => number },
): void {
  const { store } = options;
  const preHandler = requireAuth(options.auth);

  app.get('/api/admin/users', { preHandler }, async (request) => {
    const { user } = callerWithRole(request, ['admin']);
    return { users: await store.listUsersInScope(user.scope) };
  });

  app.post('/api/admin/users', { preHandler }, async (request, reply) => {
    const { user: admin } = callerWithRole(request, ['admin']);
    const body = parseWith(newUserRequestSchema, request.body);
    if (!isScopeWithin(admin.scope, body.scope)) throw new ApiHttpError(403, 'forbidden');
    if ((await store.getRegion(regionCodeOfScope(body.scope))) === null)
      throw new ApiHttpError(400, 'validation_failed', '管辖范围不是已登记的行政区划');
    const passwordHash = await hashPassword(body.password);
    const at = new Date(options.now()).toISOString();
    const id = ulid();
    try {
      const created = await store.transaction(async (tx) => {
        const record = await tx.insertUser(
          { id, username: body.username, name: body.name, role: body.role, scope: body.scope, passwordHash },
          at,
        );
        await tx.appendAudit({
          actorId: admin.id,
          action: 'user.create',
          target: `user:${id}`,
          at,
          details: { role: body.role, scope: body.scope },
        });
        return record;
      });
      const { passwordHash: _omitted, ...publicUser } = created;
      return await reply.code(201).send(publicUser);
    } catch (error) {
      if (error instanceof StoreConflictError)
        throw new ApiHttpError(400, 'validation_failed', '用户名已被使用');
      throw error;
    }
  });

  app.post('/api/admin/users/:id/disable', { preHandler }, async (request) => {
    const { user: admin } = callerWithRole(request, ['admin']);
    const { id } = parseWith(userParamsSchema, request.params);
    if (id === admin.id) throw new ApiHttpError(400, 'validation_failed', '不能停用自己的账号');
    const at = new Date(options.now()).toISOString();
    const outcome = await store.transaction(async (tx) => {
      const target = await tx.getUserById(id);
      // A user outside the admin's jurisdiction answers exactly like an unknown one.
      if (target === null || !isScopeWithin(admin.scope, target.scope)) return null;
      if (target.isActive) {
        await tx.setUserActive(id, false, at);
        await tx.appendAudit({ actorId: admin.id, action: 'user.disable', target: `user:${id}`, at });
      }
      return { id, isActive: false, wasActive: target.isActive };
    });
    if (outcome === null) throw new ApiHttpError(404, 'not_found', '用户不存在');
    return outcome;
  });
}
