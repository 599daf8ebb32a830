/**
 * Pure helpers of the 电子监察 screens: how a light and its days are said, which 差评 step comes next, region
 * labels and the scope a region row drills into. No React, no I/O.
 */
import type { FollowUpStatus } from '../../domain/evaluation/follow-up';
import type { MessageKey, MessageParams } from '../../ui/i18n/i18n';

export type FollowUpStepName = 'visit' | 'rectification' | 'close';

/** The step a follow-up waits for (回访 → 整改 → 办结), or null once closed. */
export function nextStepOf(status: FollowUpStatus): FollowUpStepName | null {
  switch (status) {
    case 'awaiting_visit':
      return 'visit';
    case 'awaiting_rectification':
      return 'rectification';
    case 'rectified':
      return 'close';
    case 'closed':
      return null;
  }
}

/** A limit's state as a message: 已超期 n 个工作日 / 今日到期 / 剩余 n 个工作日 (the screen adds 暂停计时). */
export function limitText(row: {
  light: 'red' | 'yellow';
  remainingWorkingDays: number;
  overdueWorkingDays: number;
}): { key: MessageKey; params: MessageParams } {
  if (row.light === 'red')
    return { key: 'supervision.overdue.late', params: { days: row.overdueWorkingDays } };
  if (row.remainingWorkingDays === 0) return { key: 'supervision.overdue.dueToday', params: {} };
  return { key: 'supervision.overdue.remaining', params: { days: row.remainingWorkingDays } };
}

/** 「北陂镇 永湖村」: the township and village of a 12-digit code, as far as the names are known. */
export function regionLabel(code: string, names: ReadonlyMap<string, string>): string {
  const township = names.get(`${code.slice(0, 9)}000`);
  const own = names.get(code);
  return (
    [township, own].filter((name): name is string => name !== undefined && name !== '').join(' ') || code
  );
}

/** The scope a region row drills into: a township (9 digits) from a district's list; villages do not drill. */
export function drillScopeOfRegion(key: string): string | null {
  return /^\d{9}$/.test(key) ? key : null;
}

/** Whether `scope` may be shown to a user of `userScope` (digits, 6 or 9 long, inside it). */
export function isViewableScope(userScope: string, scope: string): boolean {
  return /^(\d{6}|\d{9})$/.test(scope) && scope.startsWith(userScope);
}

/** An ISO time as 'YYYY-MM-DD HH:mm' in China (UTC+8), whatever the device's time zone. */
export function chinaTimeText(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
