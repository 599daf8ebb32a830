import { describe, expect, it } from 'vitest';
import { applyAction } from '../../domain/case/case-reducer';
import { checkActionDraft, draftFromPayload, emptyDraft, type ActionDraft } from './action-draft';
import { accepted, action, calendar, received, REVIEWER_A } from './review-test-fixtures';

const draft = (changes: Partial<ActionDraft>): ActionDraft => ({ ...emptyDraft(), ...changes });

describe('checkActionDraft', () => {
  it('builds a 一次性告知 from the checked materials and the 其他 line, which the reducer accepts', () => {
    const head = received();
    const checked = checkActionDraft(
      'request_correction',
      draft({
        corrections: {
          'm-bank': { isChecked: true, problem: 'missing', note: '' },
          'm-id': { isChecked: true, problem: 'defective', note: ' 复印件不清晰 ' },
          'm-proof': { isChecked: false, problem: 'missing', note: '不会用到' },
        },
        otherProblem: '申请书缺少签名',
        note: '请一周内补齐',
      }),
      head,
    );
    expect(checked).toEqual({
      ok: true,
      fileHashes: [],
      payload: {
        items: [
          { materialId: 'm-id', problem: 'defective', note: '复印件不清晰' },
          { materialId: 'm-bank', problem: 'missing', note: '' },
          { materialId: null, problem: 'defective', note: '申请书缺少签名' },
        ],
        note: '请一周内补齐',
      },
    });
    if (!checked.ok) return;
    const applied = applyAction(head, action('request_correction', checked.payload as never, REVIEWER_A), {
      actor: REVIEWER_A,
      now: '2026-09-23T10:00:00+08:00',
      calendar,
    });
    expect(applied.ok && applied.head.status).toBe('correction');
  });

  it('names each problem of a 一次性告知: nothing chosen, a defect without a note, text too long', () => {
    const head = received();
    expect(checkActionDraft('request_correction', emptyDraft(), head)).toEqual({
      ok: false,
      problems: { corrections: 'review.error.correctionEmpty' },
    });
    expect(
      checkActionDraft(
        'request_correction',
        draft({
          corrections: { 'm-id': { isChecked: true, problem: 'defective', note: '  ' } },
          otherProblem: '长'.repeat(501),
        }),
        head,
      ),
    ).toEqual({
      ok: false,
      problems: {
        'correction:m-id': 'review.error.defectNoteRequired',
        otherProblem: 'review.error.noteTooLong',
      },
    });
  });

  it('needs a reason for 不予受理, 挂起, 延长 and 撤回, and a kind for 挂起', () => {
    const head = accepted();
    expect(checkActionDraft('refuse', draft({ reason: ' ' }), head)).toEqual({
      ok: false,
      problems: { reason: 'review.error.refuseReasonRequired' },
    });
    expect(checkActionDraft('suspend', draft({ reason: '现场核查' }), head)).toEqual({
      ok: false,
      problems: { suspendKind: 'review.error.suspendKindRequired' },
    });
    expect(
      checkActionDraft('suspend', draft({ reason: '现场核查', suspendKind: 'inspection' }), head),
    ).toEqual({
      ok: true,
      fileHashes: [],
      payload: { kind: 'inspection', reason: '现场核查' },
    });
    expect(checkActionDraft('withdraw', emptyDraft(), head)).toMatchObject({ ok: false });
  });

  it('takes 1–30 extension days, full-width digits too', () => {
    const head = accepted();
    expect(checkActionDraft('extend', draft({ extendDays: '３', reason: '情况复杂' }), head)).toEqual({
      ok: true,
      fileHashes: [],
      payload: { days: 3, reason: '情况复杂' },
    });
    for (const extendDays of ['0', '31', '2.5', '', '十'])
      expect(checkActionDraft('extend', draft({ extendDays, reason: '情况复杂' }), head)).toEqual({
        ok: false,
        problems: { extendDays: 'review.error.extendDays' },
      });
  });

  it('requires the outcome and document number of a 办结, a reason for 不予, and queues its photo', () => {
    const head = accepted();
    expect(checkActionDraft('decide', emptyDraft(), head)).toEqual({
      ok: false,
      problems: {
        outcome: 'review.error.outcomeRequired',
        documentNo: 'review.error.documentNoRequired',
      },
    });
    expect(
      checkActionDraft('decide', draft({ outcome: 'denied', documentNo: '临救〔2026〕8号' }), head),
    ).toEqual({
      ok: false,
      problems: { reason: 'review.error.denialReasonRequired' },
    });
    const photo = 'c'.repeat(64);
    expect(
      checkActionDraft(
        'decide',
        draft({ outcome: 'approved', documentNo: ' 临救〔2026〕9号 ', decisionFile: photo }),
        head,
      ),
    ).toEqual({
      ok: true,
      fileHashes: [photo],
      payload: { outcome: 'approved', documentNo: '临救〔2026〕9号', reason: '', file: photo },
    });
  });

  it('keeps notes optional but bounded, and an 审查意见 required', () => {
    const head = accepted();
    expect(checkActionDraft('accept', emptyDraft(), head)).toEqual({
      ok: true,
      fileHashes: [],
      payload: { note: '' },
    });
    expect(checkActionDraft('receive', draft({ note: 'x'.repeat(501) }), head)).toEqual({
      ok: false,
      problems: { note: 'review.error.noteTooLong' },
    });
    expect(checkActionDraft('review', emptyDraft(), head)).toEqual({
      ok: false,
      problems: { opinion: 'review.error.opinionRequired' },
    });
  });
});

describe('draftFromPayload', () => {
  it('gives back the form of a refused 一次性告知 so it can be sent again', () => {
    const payload = {
      items: [
        { materialId: 'm-id', problem: 'defective', note: '复印件不清晰' },
        { materialId: null, problem: 'defective', note: '缺少签名' },
      ],
      note: '一周内',
    };
    const back = draftFromPayload('request_correction', payload);
    expect(back.corrections).toEqual({
      'm-id': { isChecked: true, problem: 'defective', note: '复印件不清晰' },
    });
    expect(back.otherProblem).toBe('缺少签名');
    expect(checkActionDraft('request_correction', back, received())).toEqual({
      ok: true,
      fileHashes: [],
      payload,
    });
  });

  it('refills a 办结 and an 延长, and survives garbage', () => {
    const decide = draftFromPayload('decide', {
      outcome: 'denied',
      documentNo: 'A-1',
      reason: '不符合条件',
      file: null,
    });
    expect(decide).toMatchObject({
      outcome: 'denied',
      documentNo: 'A-1',
      reason: '不符合条件',
      decisionFile: null,
    });
    expect(draftFromPayload('extend', { days: 5, reason: 'r' }).extendDays).toBe('5');
    expect(draftFromPayload('suspend', null)).toEqual(emptyDraft());
    expect(draftFromPayload('request_correction', { items: 'x' })).toEqual(emptyDraft());
  });
});
