import { describe, expect, it } from 'vitest';
import { caseActionSchemaOf } from '../../domain/case/case-types';
import {
  correctionLinesOf,
  defaultFormOf,
  formsOf,
  recoverSupplied,
  resubmitFilesOf,
  resubmitPayloadOf,
  resubmitProblemOf,
} from './correction-form';
import { acceptedCase, correctionCase, FILE_A, FILE_B } from './case-test-heads';

const FILE_C = 'c'.repeat(64);

describe('补正 (correction) form', () => {
  const head = correctionCase();
  const lines = correctionLinesOf(head);

  it('reads the lines of the open 一次性告知 with the material names', () => {
    expect(lines).toEqual([
      {
        index: 0,
        materialId: 'm-hukou',
        materialName: '户口簿',
        problem: 'missing',
        note: '户口簿首页及本人页',
      },
      { index: 1, materialId: null, materialName: null, problem: 'defective', note: '申请书签名不清' },
    ]);
    expect(correctionLinesOf(acceptedCase())).toEqual([]);
  });

  it('offers the forms of the material and preselects 原件 when originals are asked for', () => {
    expect(formsOf({ form: '纸质' })).toEqual(['原件', '复印件']);
    expect(formsOf({ form: '电子' })).toEqual(['电子']);
    expect(defaultFormOf({ form: '纸质或电子', originals: 0, copies: 1 })).toBe('复印件');
    expect(defaultFormOf({ form: '纸质', originals: 1, copies: 1 })).toBe('原件');
  });

  it('asks for a photo of every named material and a material for 「其他」 photos', () => {
    expect(resubmitProblemOf(lines, {})).toEqual({ code: 'line_without_photo', index: 0 });
    const hukou = { materialId: 'm-hukou', form: null, files: [FILE_A] };
    expect(resubmitProblemOf(lines, { 0: hukou })).toBeNull();
    expect(
      resubmitProblemOf(lines, { 0: hukou, 1: { materialId: null, form: null, files: [FILE_B] } }),
    ).toEqual({ code: 'line_without_material', index: 1 });
    const otherOnly = correctionLinesOf({
      ...head,
      correctionNotice: {
        ...head.correctionNotice!,
        items: [{ materialId: null, problem: 'defective', note: '' }],
      },
    });
    expect(resubmitProblemOf(otherOnly, {})).toEqual({ code: 'nothing_supplied' });
  });

  it('builds a resubmit payload the domain accepts, one entry per material', () => {
    const payload = resubmitPayloadOf(
      head,
      lines,
      {
        0: { materialId: 'm-hukou', form: '复印件', files: [FILE_A] },
        1: { materialId: 'm-hukou', form: null, files: [FILE_B, FILE_A] },
      },
      '  已补齐  ',
    );
    expect(payload).toEqual({
      materials: [{ materialId: 'm-hukou', form: '复印件', files: [FILE_A, FILE_B] }],
      note: '已补齐',
    });
    expect(resubmitFilesOf(payload)).toEqual([FILE_A, FILE_B]);
    const parsed = caseActionSchemaOf('resubmit').shape.payload.safeParse(payload);
    expect(parsed.success).toBe(true);
  });

  it('puts photos taken before a reload back on their lines', () => {
    const back = recoverSupplied(lines, [
      { hash: FILE_A, kind: 'material', materialId: 'm-hukou' },
      { hash: FILE_B, kind: 'material', materialId: 'm-id-card' },
      { hash: FILE_C, kind: 'signature', materialId: '' },
      { hash: FILE_A, kind: 'material', materialId: 'm-hukou' },
    ]);
    expect(back).toEqual({
      0: { materialId: 'm-hukou', form: null, files: [FILE_A] },
      1: { materialId: 'm-id-card', form: null, files: [FILE_B] },
    });
  });
});
