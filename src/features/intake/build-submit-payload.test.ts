import { describe, expect, it } from 'vitest';
import { ACTION_PAYLOAD_SCHEMAS } from '../../domain/case/case-types';
import { generateReceiptNo } from '../../domain/case/receipt-number';
import { snapshotOf } from '../../domain/catalogue/service-item';
import { buildSubmitPayload } from './build-submit-payload';
import {
  resign,
  APPLICANT_ID,
  completeDraft,
  HASH_A,
  HASH_B,
  HASH_SIG,
  ITEM,
  PROXY_ID,
  TODAY,
} from './intake-test-fixtures';

const RECEIPT_NO = generateReceiptNo({ regionCode: '360726103201', deviceSeq: 7, date: TODAY, counter: 42 });

describe('buildSubmitPayload', () => {
  it('builds a payload the submit action schema accepts, with normalised values', () => {
    const result = buildSubmitPayload(completeDraft(), ITEM, RECEIPT_NO, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { payload } = result;
    expect(ACTION_PAYLOAD_SCHEMAS.submit.parse(payload)).toEqual(payload);
    expect(payload.receiptNo).toBe(RECEIPT_NO);
    expect(payload.item).toEqual(snapshotOf(ITEM));
    expect(payload.applicant).toEqual({
      kind: 'person',
      name: '王秀英',
      idNumber: APPLICANT_ID,
      phone: '13812341234',
      address: '青石村三组 12 号',
    });
    expect(payload.proxy).toBeNull();
    expect(payload.authorisationSignature).toBe(HASH_SIG);
  });

  it('converts numbers (full-width digits too) and leaves empty optional fields out', () => {
    const result = buildSubmitPayload(completeDraft(), ITEM, RECEIPT_NO, TODAY);
    expect(result.ok && result.payload.fields).toEqual({
      householdSize: 4,
      reason: '因病致贫',
      since: '2026-03-01',
    });
  });

  it('lists the received materials in catalogue order with their form and pages; deferred and unsupplied ones are left out', () => {
    const result = buildSubmitPayload(completeDraft(), ITEM, RECEIPT_NO, TODAY);
    expect(result.ok && result.payload.materials).toEqual([
      { materialId: 'id-card', form: '复印件', files: [HASH_A, HASH_B] },
    ]);
  });

  it('includes the 代为申请人 for a person, normalised', () => {
    const draft = completeDraft();
    draft.proxy = {
      isProxy: true,
      relationship: ' 儿子 ',
      name: '李强',
      idNumber: PROXY_ID,
      phone: '+86 139 1234 5678',
    };
    const result = buildSubmitPayload(resign(draft), ITEM, RECEIPT_NO, TODAY);
    expect(result.ok && result.payload.proxy).toEqual({
      name: '李强',
      idNumber: PROXY_ID,
      relationship: '儿子',
      phone: '13912345678',
    });
  });

  it('a legal person keeps an accepted credit code (warning) and drops stale proxy data', () => {
    const draft = completeDraft();
    draft.proxy = { isProxy: true, relationship: '儿子', name: '李强', idNumber: PROXY_ID, phone: '' };
    draft.applicant = {
      ...draft.applicant,
      kind: 'legal',
      name: '青石农业合作社',
      creditCode: '91350100m000100y44',
      isCreditCodeWarningAccepted: true,
      representative: '张三',
      phone: '13812341234',
    };
    const item = { ...ITEM, serviceObjects: ['自然人' as const, '企业法人' as const] };
    const result = buildSubmitPayload(resign(draft), item, RECEIPT_NO, TODAY);
    expect(result.ok && result.payload.applicant).toMatchObject({
      kind: 'legal',
      creditCode: '91350100M000100Y44',
    });
    expect(result.ok && result.payload.proxy).toBeNull();
  });

  it('says which step is unfinished instead of building a partial payload', () => {
    const unsigned = { ...completeDraft(), signature: null };
    expect(buildSubmitPayload(unsigned, ITEM, RECEIPT_NO, TODAY)).toMatchObject({
      ok: false,
      step: 'authorisation',
    });
    const noPhoto = completeDraft();
    noPhoto.materials = {
      ...noPhoto.materials,
      'id-card': { form: '原件', files: [], isDeferred: false, note: '' },
    };
    expect(buildSubmitPayload(noPhoto, ITEM, RECEIPT_NO, TODAY)).toMatchObject({
      ok: false,
      step: 'materials',
    });
  });

  it('refuses another version of the item than the draft was filled in for', () => {
    expect(buildSubmitPayload(completeDraft(), { ...ITEM, version: 4 }, RECEIPT_NO, TODAY)).toMatchObject({
      ok: false,
      step: 'item',
    });
  });

  it('refuses a malformed receipt number (the action schema decides)', () => {
    expect(buildSubmitPayload(completeDraft(), ITEM, 'bad', TODAY)).toMatchObject({
      ok: false,
      step: 'review',
    });
  });
});
