import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../i18n/i18n';
import { elapsedText } from './elapsed-text';

const tZh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const base = new Date(2025, 2, 1, 9, 0).getTime();

describe('elapsedText', () => {
  it('says 刚刚 within the first minute and counts minutes within the hour', () => {
    expect(elapsedText(base, base + 30_000, tZh, 'zh-CN')).toBe('刚刚');
    expect(elapsedText(base, base + 5 * 60_000 + 1_000, tZh, 'zh-CN')).toBe('5 分钟前');
  });

  it('shows the clock time after an hour', () => {
    expect(elapsedText(base, base + 2 * 3_600_000, tZh, 'zh-CN')).toBe('09:00');
  });

  it('never shows a negative age when the clock jumped back', () => {
    expect(elapsedText(base, base - 90_000, tZh, 'zh-CN')).toBe('刚刚');
  });
});
