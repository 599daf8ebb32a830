/**
 * One year's official holiday schedule (国务院办公厅关于某年部分节假日安排的通知) held as DATA.
 *
 * An admin uploads next year's schedule as JSON (usually published in November) without a code change,
 * so every mistake in the upload gets a clear Chinese message:
 *
 *   { "year": 2026, "source": "国务院办公厅关于2026年部分节假日安排的通知", "publishedAt": "2025-11-04",
 *     "holidays": [{ "name": "春节", "from": "2026-02-15", "to": "2026-02-23" }],
 *     "workdays": ["2026-02-14", "2026-02-28"] }
 *
 * - holidays: 放假 blocks, dates inclusive;
 * - workdays: 调休上班 weekend days (Saturdays/Sundays that are working days).
 *
 * Every date must lie in `year`. A 调休 day that falls in a neighbouring year (the 2012 notice made
 * 2011-12-31 a working Saturday) belongs in that year's schedule.
 */
import { z } from 'zod';
import type { IsoDate } from './working-day-calendar-type';
import { epochDayOf, isIsoDate, isoDateSchema, weekdayOf, WEEKDAY_NAMES_ZH } from './iso-date';

/** Longest accepted 放假 block: longer is almost certainly a typo (the longest so far, 2020 春节, was 10 days). */
export const MAX_HOLIDAY_BLOCK_DAYS = 31;
/** Years a schedule may be for. */
export const MIN_SCHEDULE_YEAR = 2000;
export const MAX_SCHEDULE_YEAR = 2200;

export const holidayBlockSchema = z.object(
  {
    /** 节日名称: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 … */
    name: z
      .string({ error: '假期名称应为字符串' })
      .trim()
      .min(1, { error: '假期名称不能为空' })
      .max(20, { error: '假期名称不能超过20个字' }),
    /** first day off (inclusive) */
    from: isoDateSchema,
    /** last day off (inclusive) */
    to: isoDateSchema,
  },
  { error: '每个假期应为 { name, from, to } 对象' },
);
export type HolidayBlock = z.infer<typeof holidayBlockSchema>;

const baseScheduleSchema = z.object(
  {
    year: z
      .number({ error: '年份（year）应为数字，如 2027' })
      .int({ error: '年份（year）应为整数' })
      .min(MIN_SCHEDULE_YEAR, { error: `年份（year）不能早于 ${MIN_SCHEDULE_YEAR}` })
      .max(MAX_SCHEDULE_YEAR, { error: `年份（year）不能晚于 ${MAX_SCHEDULE_YEAR}` }),
    /** 发文字号 or title of the notice, e.g. 国办发明电〔2024〕12号 */
    source: z
      .string({ error: '来源（source）应为字符串，如 国办发明电〔2024〕12号' })
      .trim()
      .min(1, { error: '请填写来源（source），如 国办发明电〔2024〕12号' })
      .max(200, { error: '来源（source）不能超过200个字' }),
    /** 发布日期 of the notice */
    publishedAt: isoDateSchema,
    holidays: z
      .array(holidayBlockSchema, { error: '假期列表（holidays）应为数组' })
      .max(30, { error: '假期列表（holidays）不能超过30项' }),
    workdays: z
      .array(isoDateSchema, { error: '调休上班日列表（workdays）应为数组' })
      .max(30, { error: '调休上班日列表（workdays）不能超过30项' }),
  },
  { error: '节假日安排应为一个 JSON 对象' },
);

type BaseSchedule = z.infer<typeof baseScheduleSchema>;

function dayCount(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to) - epochDayOf(from) + 1;
}

/** The cross-field rules; each issue names the item in Chinese so an admin can find it in the file. */
function checkSchedule(
  s: BaseSchedule,
  addIssue: (message: string, path: (string | number)[]) => void,
): void {
  const inYear = (d: IsoDate) => isIsoDate(d) && d.startsWith(`${s.year}-`);
  const label = (i: number) => `第${i + 1}个假期「${s.holidays[i]?.name ?? ''}」`;

  // zod still runs these rules when a date failed its format check: such a date already has its issue.
  const validBlock = (h: HolidayBlock) => isIsoDate(h.from) && isIsoDate(h.to);

  s.holidays.forEach((h, i) => {
    if (!validBlock(h)) return;
    if (!inYear(h.from))
      addIssue(`${label(i)}开始日期 ${h.from} 不在 ${s.year} 年内`, ['holidays', i, 'from']);
    if (!inYear(h.to)) addIssue(`${label(i)}结束日期 ${h.to} 不在 ${s.year} 年内`, ['holidays', i, 'to']);
    if (h.to < h.from) {
      addIssue(`${label(i)}结束日期 ${h.to} 早于开始日期 ${h.from}`, ['holidays', i, 'to']);
    } else if (dayCount(h.from, h.to) > MAX_HOLIDAY_BLOCK_DAYS) {
      addIssue(
        `${label(i)}从 ${h.from} 到 ${h.to} 共 ${dayCount(h.from, h.to)} 天，超过 ${MAX_HOLIDAY_BLOCK_DAYS} 天，请核对日期`,
        ['holidays', i, 'to'],
      );
    }
  });

  // 假期之间不得重叠 (a repeated block is usually a copy-paste mistake)
  s.holidays.forEach((a, i) => {
    s.holidays.forEach((b, j) => {
      if (j <= i || !validBlock(a) || !validBlock(b) || a.to < a.from || b.to < b.from) return;
      if (a.from <= b.to && b.from <= a.to) addIssue(`${label(i)}与${label(j)}的日期重叠`, ['holidays', j]);
    });
  });

  const seen = new Set<IsoDate>();
  s.workdays.forEach((d, i) => {
    const path = ['workdays', i];
    if (!isIsoDate(d)) return;
    if (!inYear(d)) {
      addIssue(`调休上班日 ${d} 不在 ${s.year} 年内`, path);
      return;
    }
    if (seen.has(d)) addIssue(`调休上班日 ${d} 重复`, path);
    seen.add(d);
    const w = weekdayOf(d);
    if (w !== 0 && w !== 6) {
      addIssue(`调休上班日 ${d} 是${WEEKDAY_NAMES_ZH[w]}，调休上班日只能是星期六或星期日`, path);
    }
    const hit = s.holidays.findIndex((h) => validBlock(h) && h.from <= d && d <= h.to);
    if (hit >= 0) addIssue(`${d} 既在${label(hit)}内，又被列为调休上班日`, path);
  });
}

/** zod schema of a HolidaySchedule, with all the rules above. */
export const holidayScheduleSchema = baseScheduleSchema.superRefine((s, ctx) => {
  checkSchedule(s, (message, path) => ctx.addIssue({ code: 'custom', message, path }));
});
export type HolidaySchedule = z.infer<typeof holidayScheduleSchema>;

export interface HolidayScheduleIssue {
  /** where, e.g. 'holidays[1].to' ('' for the whole document) */
  path: string;
  /** Chinese, for the admin */
  message: string;
}

export type HolidayScheduleParseResult =
  | { ok: true; schedule: HolidaySchedule }
  | { ok: false; issues: readonly HolidayScheduleIssue[]; message: string };

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Validates an uploaded schedule (already JSON-parsed). Never throws. */
export function parseHolidaySchedule(value: unknown): HolidayScheduleParseResult {
  const result = holidayScheduleSchema.safeParse(value, { error: z.locales.zhCN().localeError });
  if (result.success) return { ok: true, schedule: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const message = `节假日安排有 ${issues.length} 处错误：${issues
    .map((i) => (i.path ? `${i.path}：${i.message}` : i.message))
    .join('；')}`;
  return { ok: false, issues, message };
}

/** Validates an uploaded schedule file's text. Never throws. */
export function parseHolidayScheduleJson(text: string): HolidayScheduleParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const message = '文件不是有效的 JSON，请检查括号、引号和逗号';
    return { ok: false, issues: [{ path: '', message }], message };
  }
  return parseHolidaySchedule(value);
}
