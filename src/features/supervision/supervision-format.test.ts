import { describe, expect, it } from 'vitest';
import { checkStepForm } from './follow-up-form-check';
import {
  chinaTimeText,
  drillScopeOfRegion,
  isViewableScope,
  limitText,
  nextStepOf,
  regionLabel,
} from './supervision-format';

describe('电子监察 texts', () => {
  it('says how late or how close a limit is', () => {
    expect(limitText({ light: 'red', remainingWorkingDays: 0, overdueWorkingDays: 3 })).toEqual({
      key: 'supervision.overdue.late',
      params: { days: 3 },
    });
    expect(limitText({ light: 'yellow', remainingWorkingDays: 0, overdueWorkingDays: 0 }).key).toBe(
      'supervision.overdue.dueToday',
    );
    expect(limitText({ light: 'yellow', remainingWorkingDays: 2, overdueWorkingDays: 0 })).toEqual({
      key: 'supervision.overdue.remaining',
      params: { days: 2 },
    });
  });

  it('walks the 差评 steps 回访 → 整改 → 办结 and stops when closed', () => {
    expect(nextStepOf('awaiting_visit')).toBe('visit');
    expect(nextStepOf('awaiting_rectification')).toBe('rectification');
    expect(nextStepOf('rectified')).toBe('close');
    expect(nextStepOf('closed')).toBeNull();
  });

  it('names a village with its township, drills into townships only, and keeps scopes inside the user’s', () => {
    const names = new Map([
      ['360799101000', '河口镇'],
      ['360799101201', '青石村'],
    ]);
    expect(regionLabel('360799101201', names)).toBe('河口镇 青石村');
    expect(regionLabel('360799102201', names)).toBe('360799102201');
    expect(drillScopeOfRegion('360799101')).toBe('360799101');
    expect(drillScopeOfRegion('360799101201')).toBeNull();
    expect(isViewableScope('360799', '360799101')).toBe(true);
    expect(isViewableScope('360799101', '360799102')).toBe(false);
    expect(isViewableScope('360799', '360799101201')).toBe(false);
  });

  it('shows times in China whatever the device’s zone', () => {
    expect(chinaTimeText('2026-03-02T16:30:00.000Z')).toBe('2026-03-03 00:30');
  });
});

describe('checkStepForm (差评 step before sending)', () => {
  const base = {
    on: '2026-03-02',
    by: '李审核',
    text: '已电话回访',
    today: '2026-03-02',
    notBefore: '2026-02-26',
  };
  it('accepts a complete step, and a closure without a note', () => {
    expect(checkStepForm({ ...base, step: 'visit' })).toEqual({});
    expect(checkStepForm({ ...base, step: 'close', text: '' })).toEqual({});
  });
  it('names every problem in the catalogue’s words', () => {
    expect(checkStepForm({ ...base, step: 'visit', on: '2026-03-03', by: ' ', text: '好' })).toEqual({
      on: 'supervision.followUps.error.future',
      by: 'supervision.followUps.error.by',
      text: 'supervision.followUps.error.visitText',
    });
    expect(checkStepForm({ ...base, step: 'rectification', on: '2026-02-25', text: '' })).toEqual({
      on: 'supervision.followUps.error.beforeEvaluation',
      text: 'supervision.followUps.error.measures',
    });
    expect(checkStepForm({ ...base, step: 'close', on: '' }).on).toBe('supervision.followUps.error.date');
  });
});
