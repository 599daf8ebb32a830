import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../domain/supervision/supervision-thresholds';
import { buildReviewQueue, queueEntryOf, type QueueCase } from './review-queue';
import { accepted, action, apply, calendar, received, REVIEWER_A, submitted } from './review-test-fixtures';

const ctx = { calendar, thresholds: DEFAULT_SUPERVISION_THRESHOLDS };
const local = (head: QueueCase['head']): QueueCase => ({ head, pendingCount: 0, rejectedCount: 0 });

describe('review queue entries', () => {
  it('dates an accepted case by its promised date across 国庆节 and lights it by the working days left', () => {
    // 受理 Tue 2026-09-29 + 7 working days: 09-30, (10-01..07 holiday), 10-08, 10-09, 10-10 (调休 Sat), 10-12, 13, 14.
    const entry = queueEntryOf(local(accepted()), { ...ctx, today: '2026-09-29' });
    expect(entry).toMatchObject({ due: '2026-10-14', dueKind: 'deadline', isDone: false });
    expect(entry.light).toMatchObject({ light: 'green', remainingWorkingDays: 7 });
    const late = queueEntryOf(local(accepted()), { ...ctx, today: '2026-10-15' });
    expect(late.light).toMatchObject({ light: 'red', overdueWorkingDays: 1 });
    expect(queueEntryOf(local(accepted()), { ...ctx, today: '2026-10-12' }).light.light).toBe('yellow');
  });

  it('gives a received case the 一次性告知 due date (5 working days after 收件) and flags it when late', () => {
    // 收件 Tue 2026-09-22: 23 (1), 24 (2), 中秋 09-25..27 off, 28 (3), 29 (4), 30 (5).
    const head = received('case-0001', '2026-09-22');
    const onTime = queueEntryOf(local(head), { ...ctx, today: '2026-09-30' });
    expect(onTime).toMatchObject({ due: '2026-09-30', dueKind: 'notice', isNoticeOverdue: false });
    expect(onTime.light.light).toBe('none');
    expect(queueEntryOf(local(head), { ...ctx, today: '2026-10-08' }).isNoticeOverdue).toBe(true);
  });

  it('keeps the date of a suspended case while the clock stands still', () => {
    const head = apply(
      accepted(),
      action('suspend', { kind: 'inspection', reason: '现场核查家庭情况' }, REVIEWER_A),
      REVIEWER_A,
      '2026-10-08',
    );
    expect(head).toMatchObject({ status: 'suspended', deadline: '2026-10-14' });
    const entry = queueEntryOf(local(head), { ...ctx, today: '2026-10-20' });
    expect(entry).toMatchObject({ due: '2026-10-14', dueKind: 'deadline' });
    expect(entry.light).toMatchObject({ paused: true });
    expect(entry.light.light).not.toBe('red');
  });

  it('treats a case forwarded to the district as done for the township', () => {
    const forwardItem = { ...accepted().item, handledAt: 'district' as const };
    const head = apply(
      apply(
        submitted('case-0009', '2026-09-21', forwardItem),
        action('receive', { note: '' }, REVIEWER_A, 'case-0009'),
        REVIEWER_A,
        '2026-09-22',
      ),
      action('forward', { note: '区级办理' }, REVIEWER_A, 'case-0009'),
      REVIEWER_A,
      '2026-09-22',
    );
    expect(head.status).toBe('submitted');
    expect(queueEntryOf(local(head), { ...ctx, today: '2026-09-22' }).isDone).toBe(true);
  });
});

describe('buildReviewQueue', () => {
  const today = '2026-10-09';
  const cases = [
    local(submitted('case-00a', '2026-09-28')),
    local(submitted('case-00b', '2026-09-21')),
    local(received('case-00c', '2026-09-30')),
    local(accepted('case-00d', '2026-09-29')),
    local(
      apply(
        accepted('case-00e', '2026-09-29'),
        action(
          'decide',
          { outcome: 'approved', documentNo: '临救〔2026〕1号', reason: '', file: null },
          REVIEWER_A,
          'case-00e',
        ),
        REVIEWER_A,
        '2026-10-08',
      ),
    ),
  ];

  it('orders open cases by due date, then waiting cases oldest first, and counts every tab', () => {
    const queue = buildReviewQueue(cases, { ...ctx, today, filter: 'open' });
    // case-00c: 收件 09-30 → answer due 10-13; case-00d: promised 10-14; then the two waiting for 收件.
    expect(queue.entries.map((e) => e.head.id)).toEqual(['case-00c', 'case-00d', 'case-00b', 'case-00a']);
    expect(queue.counts).toEqual({
      open: 4,
      submitted: 2,
      received: 1,
      correction: 0,
      in_review: 1,
      suspended: 0,
      done: 1,
    });
    expect(buildReviewQueue(cases, { ...ctx, today, filter: 'done' }).entries.map((e) => e.head.id)).toEqual([
      'case-00e',
    ]);
  });

  it('computes the 一次性告知 due date over 国庆节 and 调休', () => {
    const entry = buildReviewQueue(cases, { ...ctx, today, filter: 'received' }).entries[0];
    // 收件 Wed 09-30: 10-01..07 holiday, 10-08 (1), 10-09 (2), 10-10 调休 Sat (3), 10-12 (4), 10-13 (5).
    expect(entry?.due).toBe('2026-10-13');
  });

  it('finds cases by receipt number, item, applicant or village name, ignoring spaces and case', () => {
    const villageNameOf = () => '永湖村';
    const by = (query: string) =>
      buildReviewQueue(cases, { ...ctx, today, filter: 'open', query, villageNameOf }).entries.map(
        (e) => e.head.id,
      );
    expect(by('rcpt-case-00d')).toEqual(['case-00d']);
    expect(by('孙 秀英')).toHaveLength(4);
    expect(by('永湖')).toHaveLength(4);
    expect(by('低保')).toEqual([]);
    expect(buildReviewQueue(cases, { ...ctx, today, filter: 'open', query: '低保' }).counts.done).toBe(0);
  });
});
