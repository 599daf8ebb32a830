import { describe, expect, it } from 'vitest';
import { calendar } from '../../domain/case/case-test-fixtures';
import { caseLightOf, isNearOrOverdue } from './case-light';
import { acceptedCase, correctionCase, decidedCase, submittedCase } from './case-test-heads';

describe('caseLightOf', () => {
  it('is not timed before 受理 and while waiting for 补正', () => {
    expect(caseLightOf(submittedCase(), '2026-02-20', calendar).light).toBe('none');
    expect(caseLightOf(correctionCase(), '2026-03-20', calendar).light).toBe('none');
  });

  it('counts the working days to the promised date (受理 02-12, 10 working days → 03-04)', () => {
    const head = acceptedCase();
    expect(head.deadline).toBe('2026-03-04');
    const green = caseLightOf(head, '2026-02-24', calendar);
    expect(green.light).toBe('green');
    const yellow = caseLightOf(head, '2026-03-02', calendar);
    expect(yellow).toMatchObject({ light: 'yellow', remainingWorkingDays: 2 });
    expect(isNearOrOverdue(yellow)).toBe(true);
    const red = caseLightOf(head, '2026-03-06', calendar);
    expect(red).toMatchObject({ light: 'red', overdueWorkingDays: 2 });
  });

  it('judges a decided case on its 办结 day, so it stays as it was', () => {
    const onTime = caseLightOf(decidedCase('2026-02-27'), '2026-04-01', calendar);
    expect(onTime).toMatchObject({ light: 'green', finished: true });
    expect(isNearOrOverdue(onTime)).toBe(false);
    const late = caseLightOf(decidedCase('2026-03-06'), '2026-04-01', calendar);
    expect(late).toMatchObject({ light: 'red', finished: true });
    expect(isNearOrOverdue(late)).toBe(false);
  });
});
