/**
 * Paths, where each role lands, and the navigation each role sees. Only screens that exist get a
 * route: agents land on the station, reviewers on the review desk (审核台), supervisors on the dashboard
 * (监管看板), admins on 系统管理 (/admin).
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
  /** 办件查询: the agent's cases on the device; `/cases/:caseId` one case (补正, 送达, 好差评). */
  cases: '/cases',
  /** 审核台: the township reviewer's queue; `/review/:caseId` a case, `/review/:caseId/notice` its 一次性告知书. */
  review: '/review',
  /** 监管看板: figures by month, township, village and item with drill-down (supervisors and reviewers). */
  dashboard: '/dashboard',
  /** 电子监察: overdue list (`/supervision`), 差评回访整改 (`/supervision/follow-ups`), thresholds (`/supervision/thresholds`). */
  supervision: '/supervision',
  /** 月度工作情况报告: printable, Excel workbook, case list CSV. */
  monthlyReport: '/reports/monthly',
  /** 系统管理 (admins' home; supervisors: catalogue, import, audit log, holidays): features/admin/admin-sections.ts. */
  admin: '/admin',
} as const;

export function reviewCasePath(caseId: string): string {
  return `${PATHS.review}/${encodeURIComponent(caseId)}`;
}

export function correctionNoticePath(caseId: string): string {
  return `${reviewCasePath(caseId)}/notice`;
}

export function receiptPathOf(receiptNo: string): string {
  return `${PATHS.receipt}/${encodeURIComponent(receiptNo)}`;
}

export function casePathOf(caseId: string): string {
  return `${PATHS.cases}/${encodeURIComponent(caseId)}`;
}

export function guidePath(code: string): string {
  return `${PATHS.catalogue}/${encodeURIComponent(code)}`;
}

export function homePathFor(role: Role): string {
  if (role === 'agent') return PATHS.station;
  if (role === 'supervisor') return PATHS.dashboard;
  if (role === 'admin') return PATHS.admin;
  return role === 'reviewer' ? PATHS.review : PATHS.catalogue;
}

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  /** The item shows as current on any path under these prefixes. */
  activePrefixes: readonly string[];
}

export function navItemsFor(role: Role): NavItem[] {
  const catalogue: NavItem = {
    to: role === 'agent' ? PATHS.station : PATHS.catalogue,
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
  const review: NavItem = { to: PATHS.review, labelKey: 'review.nav', activePrefixes: [PATHS.review] };
  const cases: NavItem = { to: PATHS.cases, labelKey: 'cases.nav', activePrefixes: [PATHS.cases] };
  // 监管看板, 电子监察, 月度报告 (a reviewer reaches the report from the dashboard: a shorter bar)
  const dashboard: NavItem = {
    to: PATHS.dashboard,
    labelKey: 'supervision.nav.dashboard',
    activePrefixes: role === 'reviewer' ? [PATHS.dashboard, PATHS.monthlyReport] : [PATHS.dashboard],
  };
  const supervision: NavItem = {
    to: PATHS.supervision,
    labelKey: 'supervision.nav.supervision',
    activePrefixes: [PATHS.supervision],
  };
  const report: NavItem = {
    to: PATHS.monthlyReport,
    labelKey: 'supervision.nav.report',
    activePrefixes: [PATHS.monthlyReport],
  };
  const admin: NavItem = { to: PATHS.admin, labelKey: 'admin.nav', activePrefixes: [PATHS.admin] };
  if (role === 'agent') return [catalogue, cases, intake, consultations];
  if (role === 'supervisor') return [dashboard, supervision, report, catalogue, admin];
  return role === 'reviewer'
    ? [review, dashboard, supervision, catalogue, consultations]
    : [admin, catalogue];
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
  { prefix: PATHS.cases, roles: ['agent'] },
  { prefix: PATHS.review, roles: ['reviewer'] },
  { prefix: PATHS.dashboard, roles: ['reviewer', 'supervisor'] },
  { prefix: `${PATHS.supervision}/thresholds`, roles: ['reviewer', 'supervisor', 'admin'] },
  { prefix: PATHS.supervision, roles: ['reviewer', 'supervisor'] },
  { prefix: PATHS.monthlyReport, roles: ['reviewer', 'supervisor'] },
  { prefix: `${PATHS.admin}/users`, roles: ['admin'] },
  { prefix: `${PATHS.admin}/stations`, roles: ['admin'] },
  { prefix: `${PATHS.admin}/devices`, roles: ['admin'] },
  { prefix: PATHS.admin, roles: ['admin', 'supervisor'] },
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
