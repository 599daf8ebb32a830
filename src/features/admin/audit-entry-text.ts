/**
 * 审计日志 entries in words: the action's name, what it was done to (a case, an account, a device, an item
 * version, a station …) and its details, with ids turned into names where the screen knows them. Entries carry
 * no personal data, and neither does the text made of them. Pure: `t` comes in.
 */
import type { Role } from '../../domain/roles';
import type { MessageKey, Translate } from '../../ui/i18n/i18n';
import { chinaDateTime } from './admin-format';

export interface AuditEntry {
  id: number;
  actorId: string | null;
  action: string;
  target: string;
  at: string;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditActor {
  id: string;
  username: string;
  name: string;
  role: Role;
  scope: string;
}

/** Names the screen can put on ids. */
export interface AuditLookups {
  actors: ReadonlyMap<string, AuditActor>;
  /** 实施编码 → 事项名称 */
  items: ReadonlyMap<string, string>;
  /** 12-digit region code → name */
  regions: ReadonlyMap<string, string>;
}

/** The actions the server records, with their names; the audit filter offers these. */
export const AUDIT_ACTIONS: Readonly<Record<string, MessageKey>> = {
  'case.reveal': 'admin.audit.action.caseReveal',
  'case.view': 'admin.audit.action.caseView',
  'export.reveal': 'admin.audit.action.exportReveal',
  'catalogue.publish': 'admin.audit.action.cataloguePublish',
  'catalogue.import': 'admin.audit.action.catalogueImport',
  'holidays.upload': 'admin.audit.action.holidaysUpload',
  'user.create': 'admin.audit.action.userCreate',
  'user.disable': 'admin.audit.action.userDisable',
  'station.create': 'admin.audit.action.stationCreate',
  'station.rename': 'admin.audit.action.stationRename',
  'device.revoke': 'admin.audit.action.deviceRevoke',
  'auth.login': 'admin.audit.action.login',
  'auth.login_failed': 'admin.audit.action.loginFailed',
  'auth.logout': 'admin.audit.action.logout',
  'auth.refresh_reused': 'admin.audit.action.refreshReused',
  'auth.refresh_regranted': 'admin.audit.action.refreshRegranted',
  'seed.demo': 'admin.audit.action.seedDemo',
};

export function actionText(action: string, t: Translate): string {
  const key = AUDIT_ACTIONS[action];
  return key ? t(key) : action;
}

export function actorText(actorId: string | null, lookups: AuditLookups, t: Translate): string {
  if (actorId === null) return t('admin.audit.system');
  const actor = lookups.actors.get(actorId);
  return actor ? `${actor.name}（${actor.username}）` : actorId;
}

function userText(id: string, lookups: AuditLookups, t: Translate): string {
  if (id === 'unknown') return t('admin.audit.target.unknownUser');
  const actor = lookups.actors.get(id);
  return actor ? `${actor.name}（${actor.username}）` : id;
}

export function targetText(target: string, lookups: AuditLookups, t: Translate): string {
  const colon = target.indexOf(':');
  const kind = colon < 0 ? target : target.slice(0, colon);
  const id = colon < 0 ? '' : target.slice(colon + 1);
  switch (kind) {
    case 'case':
      return t('admin.audit.target.case', { id });
    case 'user':
      return t('admin.audit.target.user', { name: userText(id, lookups, t) });
    case 'device':
      return t('admin.audit.target.device', { id });
    case 'catalogue': {
      if (id === '') return t('admin.audit.target.catalogue');
      const at = id.lastIndexOf('@');
      const code = at < 0 ? id : id.slice(0, at);
      const name = lookups.items.get(code) ?? code;
      return at < 0 ? name : t('admin.audit.target.itemVersion', { name, version: id.slice(at + 1) });
    }
    case 'holidays':
      return t('admin.audit.target.holidays', { year: id });
    case 'region':
      return lookups.regions.get(id) ?? id;
    case 'export':
      return t('admin.audit.target.export', { name: id });
    case 'store':
      return t('admin.audit.target.store');
    default:
      return target;
  }
}

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  idNumber: 'admin.audit.field.idNumber',
  phone: 'admin.audit.field.phone',
};

/** The details that matter to a reader, in words; anything unknown as key=value. */
export function detailsText(entry: AuditEntry, lookups: AuditLookups, t: Translate): string {
  const d = entry.details;
  const field = typeof d.field === 'string' ? FIELD_KEYS[d.field] : undefined;
  // Reveals and views logged on a tablet offline reach the server later: the tablet's time is what counts.
  const onDevice =
    typeof d.deviceTime === 'string'
      ? t('admin.audit.detail.onDevice', { time: chinaDateTime(d.deviceTime) })
      : '';
  switch (entry.action) {
    case 'case.reveal':
      return [field ? t('admin.audit.detail.revealed', { field: t(field) }) : '', onDevice]
        .filter((part) => part !== '')
        .join('，');
    case 'case.view':
      return onDevice;
    case 'export.reveal':
      return t('admin.audit.detail.exportReveal', {
        cases: String(d.cases ?? 0),
        scope: String(d.scope ?? ''),
      });
    case 'catalogue.import':
      return t('admin.audit.detail.import', {
        published: String(d.published ?? 0),
        unchanged: String(d.unchanged ?? 0),
      });
    case 'catalogue.publish':
      return d.source === 'import' ? t('admin.audit.detail.fromImport') : '';
    case 'device.revoke':
      return typeof d.userId === 'string'
        ? t('admin.audit.detail.deviceOf', { name: userText(d.userId, lookups, t) })
        : '';
    case 'user.create':
      return t('admin.audit.detail.userCreate', {
        role:
          typeof d.role === 'string' && ['agent', 'reviewer', 'supervisor', 'admin'].includes(d.role)
            ? t(`role.${d.role as Role}`)
            : String(d.role ?? ''),
        scope: lookups.regions.get(String(d.scope ?? '').padEnd(12, '0')) ?? String(d.scope ?? ''),
      });
    case 'holidays.upload':
      return t('admin.audit.detail.holidays', { count: String(d.holidays ?? 0) });
    default:
      return Object.entries(d)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join('，');
  }
}
