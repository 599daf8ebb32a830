import { describe, expect, it } from 'vitest';
import { correctionNoticeOf } from './correction-notice';
import { action, apply, received, REVIEWER_A } from './review-test-fixtures';

describe('correctionNoticeOf', () => {
  it('lists every material of the 一次性告知 by name, with the 其他 line and the note', () => {
    const head = apply(
      received(),
      action(
        'request_correction',
        {
          items: [
            { materialId: 'm-bank', problem: 'missing', note: '' },
            { materialId: 'm-id', problem: 'defective', note: '复印件不清晰' },
            { materialId: null, problem: 'defective', note: '申请书缺少签名' },
          ],
          note: '请一周内补齐',
        },
        REVIEWER_A,
      ),
      REVIEWER_A,
      '2026-09-23',
    );
    expect(correctionNoticeOf(head)).toEqual({
      receiptNo: 'RCPT-CASE-0001',
      itemName: '临时救助申请',
      applicantName: '孙秀英',
      submittedOn: '2026-09-21',
      issuedOn: '2026-09-23',
      issuedBy: '张审核',
      lines: [
        { materialName: '银行卡复印件', problem: 'missing', note: '' },
        { materialName: '居民身份证', problem: 'defective', note: '复印件不清晰' },
        { materialName: null, problem: 'defective', note: '申请书缺少签名' },
      ],
      note: '请一周内补齐',
      isOpen: true,
    });
  });

  it('is null without a notice', () => {
    expect(correctionNoticeOf(received())).toBeNull();
  });
});
