import { describe, expect, it } from 'vitest';
import { parseHolidaySchedule, parseHolidayScheduleJson, type HolidaySchedule } from './holiday-schedule';
import { OFFICIAL_SCHEDULES, SCHEDULE_2026 } from './official-schedules';

const valid: HolidaySchedule = {
  year: 2027,
  source: '国办发明电〔2026〕1号',
  publishedAt: '2026-11-10',
  holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-13' }],
  workdays: ['2027-02-14'],
};

function messagesOf(value: unknown): string[] {
  const r = parseHolidaySchedule(value);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues.map((i) => `${i.path} ${i.message}`);
}

describe('holiday schedule as data', () => {
  it.each(OFFICIAL_SCHEDULES.map((s) => [s.year, s] as const))(
    'the shipped %i schedule is valid',
    (_y, s) => {
      expect(parseHolidaySchedule(s)).toEqual({ ok: true, schedule: s });
    },
  );

  it('accepts an uploaded schedule, from JSON text too', () => {
    expect(parseHolidaySchedule(valid).ok).toBe(true);
    const r = parseHolidayScheduleJson(JSON.stringify(valid));
    expect(r.ok && r.schedule).toEqual(valid);
  });

  it('refuses text that is not JSON', () => {
    const r = parseHolidayScheduleJson('{ "year": 2027, ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/不是有效的 JSON/);
  });

  it('refuses a non-object and missing fields, in Chinese', () => {
    expect(messagesOf(null)).toEqual([' 节假日安排应为一个 JSON 对象']);
    const msgs = messagesOf({});
    expect(msgs).toContain('year 年份（year）应为数字，如 2027');
    expect(msgs.some((m) => m.startsWith('holidays ') && m.includes('应为数组'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('workdays ') && m.includes('应为数组'))).toBe(true);
  });

  it('refuses impossible and malformed dates', () => {
    const msgs = messagesOf({ ...valid, publishedAt: '2026-11-31', workdays: ['2027/02/14'] });
    expect(msgs).toContain('publishedAt 日期格式不正确或不存在：2026-11-31（应为 YYYY-MM-DD）');
    expect(msgs).toContain('workdays[0] 日期格式不正确或不存在：2027/02/14（应为 YYYY-MM-DD）');
  });

  it('refuses dates outside the year', () => {
    const msgs = messagesOf({
      ...valid,
      holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }],
      workdays: ['2026-12-27'],
    });
    expect(msgs).toContain('holidays[0].from 第1个假期「元旦」开始日期 2026-12-31 不在 2027 年内');
    expect(msgs).toContain('workdays[0] 调休上班日 2026-12-27 不在 2027 年内');
  });

  it('refuses from after to, and an implausibly long block', () => {
    expect(
      messagesOf({ ...valid, holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-06' }] }),
    ).toContain('holidays[0].to 第1个假期「春节」结束日期 2027-02-06 早于开始日期 2027-02-13');
    expect(
      messagesOf({ ...valid, holidays: [{ name: '春节', from: '2027-02-06', to: '2027-12-13' }] }).join(),
    ).toMatch(/超过 31 天，请核对日期/);
  });

  it('refuses a 调休 workday that is not a Saturday or Sunday', () => {
    expect(messagesOf({ ...valid, workdays: ['2027-02-15'] })).toContain(
      'workdays[0] 调休上班日 2027-02-15 是星期一，调休上班日只能是星期六或星期日',
    );
  });

  it('refuses a date that is both holiday and workday', () => {
    expect(messagesOf({ ...valid, workdays: ['2027-02-07'] })).toContain(
      'workdays[0] 2027-02-07 既在第1个假期「春节」内，又被列为调休上班日',
    );
  });

  it('refuses overlapping holidays and repeated workdays', () => {
    const msgs = messagesOf({
      ...valid,
      holidays: [...valid.holidays, { name: '春节', from: '2027-02-10', to: '2027-02-11' }],
      workdays: ['2027-02-14', '2027-02-14'],
    });
    expect(msgs).toContain('holidays[1] 第1个假期「春节」与第2个假期「春节」的日期重叠');
    expect(msgs).toContain('workdays[1] 调休上班日 2027-02-14 重复');
  });

  it('refuses a bad year and an empty source; the summary message lists every issue', () => {
    const r = parseHolidaySchedule({ ...SCHEDULE_2026, year: 2026.5, source: '  ' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^节假日安排有 2 处错误：/);
    expect(r.message).toContain('year：年份（year）应为整数');
    expect(r.message).toContain('source：请填写来源（source）');
  });
});
