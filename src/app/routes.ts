/**
 * Paths, where each role lands, and the navigation each role sees. Only screens that exist get a
 * route: roles whose own screens come later (review desk, dashboards, admin) land on the catalogue.
 */
import type { Role } from '../domain/roles';
import type { MessageKey } from '../ui/i18n/i18n';

export const PATHS = {
  home: '/',
  login: '/login',
  /** 代办台: the village agent's station; the catalogue is its main content for now. */
  station: '/station',
  catalogue: '/catalogue',
  /** 咨询登记: agents record enquiries; reviewers see those of their township. */
  consultations: '/consultations',
  /** 代办登记: the agent's unfinished drafts; `/intake/:draftId` the wizard (`new` creates a draft). */
  intake: '/intake',
  /** 收件凭证 of a case submitted on this device: `/receipt/:receiptNo`. */
  receipt: '/receipt',
} as const;

export function receiptPathOf(receiptNo: string): string {
  return `${PATHS.receipt}/${encodeURIComponent(receiptNo)}`;
}

export function guidePath(code: string): string {
  return `${PATHS.catalogue}/${encodeURIComponent(code)}`;
}

export function homePathFor(role: Role): string {
  return role === 'agent' ? PATHS.station : PATHS.catalogue;
}

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  /** The item shows as current on any path under these prefixes. */
  activePrefixes: readonly string[];
}

export function navItemsFor(role: Role): NavItem[] {
  const catalogue: NavItem = {
    to: homePathFor(role),
    labelKey: 'nav.catalogue',
    activePrefixes: role === 'agent' ? [PATHS.station, PATHS.catalogue] : [PATHS.catalogue],
  };
  const consultations: NavItem = {
    to: PATHS.consultations,
    labelKey: 'nav.consultations',
    activePrefixes: [PATHS.consultations],
  };
  const intake: NavItem = {
    to: PATHS.intake,
    labelKey: 'nav.intake',
    activePrefixes: [PATHS.intake, PATHS.receipt],
  };
  if (role === 'agent') return [catalogue, intake, consultations];
  return role === 'reviewer' ? [catalogue, consultations] : [catalogue];
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  return item.activePrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Roles allowed on a path; paths not listed are open to every signed-in role. */
const ROLE_ONLY: ReadonlyArray<{ prefix: string; roles: readonly Role[] }> = [
  { prefix: PATHS.station, roles: ['agent'] },
  { prefix: PATHS.consultations, roles: ['agent', 'reviewer'] },
  { prefix: PATHS.intake, roles: ['agent'] },
  { prefix: PATHS.receipt, roles: ['agent'] },
];

export function isPathAllowed(pathname: string, role: Role): boolean {
  const rule = ROLE_ONLY.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return rule === undefined || rule.roles.includes(role);
}

/**
 * Where to go after login: back to the page that sent the user to the login screen, if it is an
 * in-app path this role may see, else the role's home. Never an external URL.
 */
export function afterLoginPath(from: string | null | undefined, role: Role): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith(PATHS.login))
    return homePathFor(role);
  const pathname = from.split(/[?#]/)[0] ?? '';
  if (pathname === PATHS.home || !isPathAllowed(pathname, role)) return homePathFor(role);
  return from;
}
