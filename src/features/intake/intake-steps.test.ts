import { describe, expect, it } from 'vitest';
import { INTAKE_STEPS, newIntakeDraft, type IntakeDraft } from './intake-draft';
import {
  canEnterStep,
  firstIncompleteStep,
  isStepComplete,
  nextStepOf,
  previousStepOf,
  resumeStep,
} from './intake-steps';
import { completeDraft, ITEM, NOW, PROXY_ID, resign, TODAY } from './intake-test-fixtures';

const context = (draft: IntakeDraft, item = ITEM) => ({ draft, item, today: TODAY });
const enterable = (draft: IntakeDraft, item = ITEM) =>
  INTAKE_STEPS.filter((step) => canEnterStep(step, context(draft, item)));

describe('wizard step guard', () => {
  it('a new draft can only be at the item step', () => {
    const draft = newIntakeDraft('draft-0001', NOW);
    expect(enterable(draft, ITEM)).toEqual(['item']);
    expect(firstIncompleteStep({ draft, item: null })).toBe('item');
  });

  it('choosing the item opens the applicant step, nothing further', () => {
    const draft = { ...newIntakeDraft('draft-0001', NOW), item: { code: ITEM.code, version: ITEM.version } };
    expect(enterable(draft)).toEqual(['item', 'applicant']);
  });

  it('a finished draft can enter every step, including review', () => {
    expect(enterable(completeDraft())).toEqual([...INTAKE_STEPS]);
  });

  it('an invalid ID number closes every step after the applicant', () => {
    const draft = completeDraft();
    draft.applicant.idNumber = '110105194912310021'; // wrong check digit
    expect(enterable(draft)).toEqual(['item', 'applicant']);
  });

  it('a 代为申请人 needs a relationship, a name and a valid ID different from the applicant', () => {
    const draft = completeDraft();
    draft.proxy = { isProxy: true, relationship: '', name: '李强', idNumber: PROXY_ID, phone: '13912345678' };
    expect(isStepComplete('applicant', context(draft))).toBe(false);
    draft.proxy.relationship = '儿子';
    expect(isStepComplete('applicant', context(draft))).toBe(true);
    draft.proxy.idNumber = draft.applicant.idNumber;
    expect(isStepComplete('applicant', context(draft))).toBe(false);
  });

  it('a legal person with a credit-code warning may go on only once the agent accepts it', () => {
    const draft = completeDraft();
    const item = { ...ITEM, serviceObjects: ['企业法人' as const] };
    draft.applicant = {
      ...draft.applicant,
      kind: 'legal',
      name: '青石农业合作社',
      creditCode: '91350100M000100Y44', // check digit fails: a warning
      representative: '张三',
      phone: '13812341234',
    };
    expect(isStepComplete('applicant', context(draft, item))).toBe(false);
    draft.applicant.isCreditCodeWarningAccepted = true;
    expect(isStepComplete('applicant', context(draft, item))).toBe(true);
    draft.applicant.creditCode = '91350100I000100Y43'; // a hard failure cannot be accepted
    expect(isStepComplete('applicant', context(draft, item))).toBe(false);
  });

  it('an applicant kind the item does not serve blocks', () => {
    const draft = completeDraft();
    expect(isStepComplete('applicant', context(draft, { ...ITEM, serviceObjects: ['企业法人'] }))).toBe(
      false,
    );
  });

  it('a missing required field closes materials, authorisation and review', () => {
    const draft = completeDraft();
    draft.fields = { ...draft.fields, householdSize: '0' }; // below min 1
    expect(enterable(draft)).toEqual(['item', 'applicant', 'fields']);
  });

  it('a 必要 material without a photo closes the authorisation', () => {
    const draft = completeDraft();
    draft.materials = {
      ...draft.materials,
      'id-card': { form: '原件', files: [], isDeferred: false, note: '' },
    };
    expect(enterable(draft)).toEqual(['item', 'applicant', 'fields', 'materials']);
  });

  it('review needs the signature', () => {
    const draft = { ...completeDraft(), signature: null };
    expect(canEnterStep('review', context(draft))).toBe(false);
    expect(canEnterStep('authorisation', context(draft))).toBe(true);
  });

  it('a signature stops counting when the facts of the letter change, not when the phone does', () => {
    const draft = completeDraft();
    draft.applicant = { ...draft.applicant, phone: '13912345678', address: '青石村四组' };
    expect(canEnterStep('review', context(draft))).toBe(true);
    draft.applicant = { ...draft.applicant, name: '王秀珍' };
    expect(canEnterStep('review', context(draft))).toBe(false);
    expect(firstIncompleteStep(context(draft))).toBe('authorisation');
    expect(canEnterStep('review', context(resign(draft)))).toBe(true);
  });

  it('an item that left the catalogue (or a different item) sends the agent back to the item step', () => {
    expect(enterable(completeDraft(), { ...ITEM, code: 'other' })).toEqual(['item']);
    expect(enterable(completeDraft(), { ...ITEM, isActive: false })).toEqual(['item']);
  });

  it('a restored draft opens at its saved step, or earlier when that step is no longer reachable', () => {
    const draft = { ...completeDraft(), step: 'materials' as const };
    expect(resumeStep(context(draft))).toBe('materials');
    draft.applicant = { ...draft.applicant, name: '' };
    expect(resumeStep(context(draft))).toBe('applicant');
  });

  it('next and previous follow the step order', () => {
    expect(nextStepOf('item')).toBe('applicant');
    expect(nextStepOf('review')).toBeNull();
    expect(previousStepOf('item')).toBeNull();
    expect(previousStepOf('review')).toBe('authorisation');
  });
});
