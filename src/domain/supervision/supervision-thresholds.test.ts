import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  parseSupervisionThresholds,
  supervisionThresholdsSchema,
} from './supervision-thresholds';

describe('supervision thresholds', () => {
  it('has the defaults: yellow 2, 一次性告知 5, 整改 10, 回访 3', () => {
    expect(DEFAULT_SUPERVISION_THRESHOLDS).toEqual({
      yellowWorkingDays: 2,
      correctionNoticeDays: 5,
      rectificationWorkingDays: 10,
      returnVisitWorkingDays: 3,
    });
    expect(Object.isFrozen(DEFAULT_SUPERVISION_THRESHOLDS)).toBe(true);
  });

  it('fills missing fields with the defaults', () => {
    expect(parseSupervisionThresholds({ rectificationWorkingDays: 7 })).toEqual({
      ok: true,
      thresholds: { ...DEFAULT_SUPERVISION_THRESHOLDS, rectificationWorkingDays: 7 },
    });
  });

  it('整改 accepts exactly 5–15 working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), (n) => {
        const ok = supervisionThresholdsSchema.safeParse({ rectificationWorkingDays: n }).success;
        expect(ok).toBe(n >= 5 && n <= 15);
      }),
    );
    const r = parseSupervisionThresholds({ rectificationWorkingDays: 16 });
    expect(!r.ok && r.message).toBe('差评整改期限应为5到15个工作日');
  });

  it('refuses bad values with Chinese messages', () => {
    const r = parseSupervisionThresholds({
      correctionNoticeDays: 6,
      yellowWorkingDays: 1.5,
      returnVisitWorkingDays: '3',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: 'yellowWorkingDays', message: '黄灯预警天数应为整数' },
      { path: 'correctionNoticeDays', message: '一次性告知期限不能超过5个工作日（行政许可法第三十二条）' },
      { path: 'returnVisitWorkingDays', message: '差评回访期限应为数字' },
    ]);
    expect(parseSupervisionThresholds(null)).toMatchObject({ ok: false, message: '监察阈值应为一个对象' });
  });
});
