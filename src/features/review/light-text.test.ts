import { describe, expect, it } from 'vitest';
import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';
import { translate, type MessageKey, type MessageParams } from '../../ui/i18n/i18n';
import { lightDetailOf } from './light-text';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const light = (changes: Partial<SupervisionLightResult>): SupervisionLightResult => ({
  light: 'green',
  remainingWorkingDays: 5,
  overdueWorkingDays: 0,
  paused: false,
  finished: false,
  ...changes,
});

describe('lightDetailOf', () => {
  it('says what is left, due or overdue, and when the clock is paused', () => {
    expect(lightDetailOf(light({}), zh)).toBe('剩余 5 个工作日');
    expect(lightDetailOf(light({ light: 'yellow', remainingWorkingDays: 0 }), zh)).toBe('今日到期');
    expect(lightDetailOf(light({ light: 'red', overdueWorkingDays: 2 }), zh)).toBe('已超期 2 个工作日');
    expect(lightDetailOf(light({ paused: true }), zh)).toBe('剩余 5 个工作日（暂停计时）');
    expect(lightDetailOf(light({ light: 'none', remainingWorkingDays: null }), zh)).toBe('尚未受理');
  });

  it('judges a finished case once, without 暂停计时 even when decided inside a pause', () => {
    expect(lightDetailOf(light({ finished: true, paused: true }), zh)).toBe('按期办结');
    expect(lightDetailOf(light({ light: 'red', finished: true, overdueWorkingDays: 3 }), zh)).toBe(
      '超期 3 个工作日办结',
    );
  });
});
