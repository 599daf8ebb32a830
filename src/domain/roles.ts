/**
 * Roles (角色) and the actor who takes an action.
 *
 * A user's jurisdiction (管辖范围) is a prefix of the 12-digit 行政区划 code:
 * a village agent (代办员) has 12 digits, a township reviewer (乡镇审核员) 9, a district
 * supervisor (区监管员) and an admin 6.
 */
import { z } from 'zod';

export const ROLES = ['agent', 'reviewer', 'supervisor', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Chinese names of the roles, for messages built in the domain (UI strings live in the i18n catalogue). */
export const ROLE_NAMES_ZH: Record<Role, string> = {
  agent: '村代办员',
  reviewer: '乡镇审核员',
  supervisor: '区监管员',
  admin: '系统管理员',
};

/** Scope length (digits of the region code) each role's jurisdiction has. */
export const ROLE_SCOPE_DIGITS: Record<Role, 6 | 9 | 12> = {
  agent: 12,
  reviewer: 9,
  supervisor: 6,
  admin: 6,
};

export const actorSchema = z.object({
  userId: z.string().min(1).max(64),
  /** Display name, shown in timelines (staff names are not citizens' personal data). */
  name: z.string().min(1).max(64),
  role: roleSchema,
  /** Region code prefix: 6, 9 or 12 digits. */
  scope: z.string().regex(/^\d{6}(\d{3}){0,2}$/),
});
export type Actor = z.infer<typeof actorSchema>;
