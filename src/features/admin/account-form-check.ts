/**
 * Checks of the 新增用户 and 新增服务站 forms before they go to the server (which checks the same again): each
 * problem names its field and a catalogue message. Pure.
 */
import { parseRegionCode, villageKind } from '../../domain/region/region-code';
import { ROLE_SCOPE_DIGITS, type Role } from '../../domain/roles';
import type { MessageKey } from '../../ui/i18n/i18n';

export interface NewUserForm {
  username: string;
  name: string;
  role: Role;
  scope: string;
  password: string;
}

export type FormProblems<F extends string> = Partial<Record<F, MessageKey>>;

export const MIN_PASSWORD_LENGTH = 10;

export function checkNewUser(form: NewUserForm): FormProblems<keyof NewUserForm> {
  const problems: FormProblems<keyof NewUserForm> = {};
  if (!/^[A-Za-z0-9_.-]{3,32}$/.test(form.username.trim()))
    problems.username = 'admin.users.problem.username';
  if (form.name.trim() === '') problems.name = 'admin.problem.required';
  else if (form.name.trim().length > 50) problems.name = 'admin.users.problem.nameTooLong';
  if (form.scope === '') problems.scope = 'admin.problem.choose';
  else if (form.scope.length !== ROLE_SCOPE_DIGITS[form.role])
    problems.scope = 'admin.users.problem.scopeLevel';
  if (form.password.length < MIN_PASSWORD_LENGTH) problems.password = 'admin.users.problem.passwordShort';
  else if (form.password.length > 128) problems.password = 'admin.users.problem.passwordLong';
  return problems;
}

export interface NewStationForm {
  /** 9-digit township code */
  township: string;
  /** the station's own 3 digits (001–399) */
  villagePart: string;
  name: string;
}

/** The station's 12-digit code, and 村 or 社区 by its range; null while the digits are not a village code. */
export function stationCodeOf(form: NewStationForm): { code: string; kind: '村' | '社区' } | null {
  const part = form.villagePart.trim();
  if (!/^\d{9}$/.test(form.township) || !/^\d{3}$/.test(part)) return null;
  const code = `${form.township}${part}`;
  const parsed = parseRegionCode(code);
  if (!parsed.ok || parsed.value.level !== 'village') return null;
  return { code, kind: villageKind(code) ?? '村' };
}

export function checkNewStation(
  form: NewStationForm,
  registered: ReadonlySet<string>,
): FormProblems<keyof NewStationForm> {
  const problems: FormProblems<keyof NewStationForm> = {};
  if (form.township === '') problems.township = 'admin.problem.choose';
  const station = stationCodeOf(form);
  if (!/^\d{3}$/.test(form.villagePart.trim())) problems.villagePart = 'admin.stations.problem.digits';
  else if (station === null) problems.villagePart = 'admin.stations.problem.range';
  else if (registered.has(station.code)) problems.villagePart = 'admin.stations.problem.taken';
  if (form.name.trim() === '') problems.name = 'admin.problem.required';
  else if (form.name.trim().length > 40) problems.name = 'admin.stations.problem.nameTooLong';
  return problems;
}

/** Items of one page (1-based) and the page count; an out-of-range page shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
