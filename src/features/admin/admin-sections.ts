/**
 * The sections of 系统管理 and who sees them: the catalogue, its import, the audit log and the holiday
 * schedule for administrators and district supervisors; users, stations and devices for administrators only
 * (the server enforces the same split).
 */
import type { Role } from '../../domain/roles';
import type { MessageKey } from '../../ui/i18n/i18n';

export const ADMIN_BASE = '/admin';

export type AdminSection = 'catalogue' | 'import' | 'users' | 'stations' | 'devices' | 'audit' | 'holidays';

export const ADMIN_SECTIONS: readonly {
  section: AdminSection;
  roles: readonly Role[];
  labelKey: MessageKey;
}[] = [
  { section: 'catalogue', roles: ['admin', 'supervisor'], labelKey: 'admin.section.catalogue' },
  { section: 'import', roles: ['admin', 'supervisor'], labelKey: 'admin.section.import' },
  { section: 'users', roles: ['admin'], labelKey: 'admin.section.users' },
  { section: 'stations', roles: ['admin'], labelKey: 'admin.section.stations' },
  { section: 'devices', roles: ['admin'], labelKey: 'admin.section.devices' },
  { section: 'audit', roles: ['admin', 'supervisor'], labelKey: 'admin.section.audit' },
  { section: 'holidays', roles: ['admin', 'supervisor'], labelKey: 'admin.section.holidays' },
];

export function adminPath(section: AdminSection): string {
  return `${ADMIN_BASE}/${section}`;
}

/** The editor of one item (`new` for a new item). */
export function itemEditorPath(code: string): string {
  return `${ADMIN_BASE}/catalogue/${encodeURIComponent(code)}`;
}

export const NEW_ITEM_CODE = 'new';

export function sectionsFor(role: Role) {
  return ADMIN_SECTIONS.filter((s) => s.roles.includes(role));
}
