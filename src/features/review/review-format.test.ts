import { describe, expect, it } from 'vitest';
import { dateText, shortDateText, timeText } from './review-format';

describe('review dates', () => {
  it('writes dates the Chinese way, and ISO in English', () => {
    expect(dateText('2026-10-14', 'zh-CN')).toBe('2026年10月14日');
    expect(dateText('2026-10-14', 'en')).toBe('2026-10-14');
    expect(shortDateText('2026-10-01', 'zh-CN')).toBe('10月1日');
    expect(dateText('bad', 'zh-CN')).toBe('bad');
  });

  it('shows times in China time whatever offset they carry', () => {
    expect(timeText('2026-09-29T01:30:00.000Z', 'zh-CN')).toBe('2026年9月29日 09:30');
    expect(timeText('2026-09-29T23:30:00+08:00', 'en')).toBe('2026-09-29 23:30');
    expect(timeText('2026-09-29T16:30:00Z', 'en')).toBe('2026-09-30 00:30');
  });
});
