import { describe, expect, it } from 'vitest';
import type { Material } from '../../domain/catalogue/service-item';
import { newIntakeDraft, type DraftMaterial } from './intake-draft';
import {
  allowedForms,
  checklistSummary,
  defaultForm,
  effectiveForm,
  materialStatus,
} from './materials-checklist';
import { HASH_A, ITEM, NOW } from './intake-test-fixtures';

const [ID_CARD, INCOME, PHOTO] = ITEM.materials as [Material, Material, Material];
const line = (patch: Partial<DraftMaterial> = {}): DraftMaterial => ({
  form: null,
  files: [],
  isDeferred: false,
  note: '',
  ...patch,
});

describe('forms', () => {
  it('paper materials are 原件 or 复印件, electronic ones 电子', () => {
    expect(allowedForms(ID_CARD)).toEqual(['原件', '复印件']);
    expect(allowedForms(PHOTO)).toEqual(['电子']);
    expect(allowedForms(INCOME)).toEqual(['原件', '复印件', '电子']);
  });

  it('preselects 原件 when originals are asked for, else 复印件, else 电子', () => {
    expect(defaultForm(ID_CARD)).toBe('原件');
    expect(defaultForm(INCOME)).toBe('复印件');
    expect(defaultForm(PHOTO)).toBe('电子');
  });

  it('a form the material does not allow falls back to the default', () => {
    expect(effectiveForm(ID_CARD, line({ form: '电子' }))).toBe('原件');
    expect(effectiveForm(ID_CARD, line({ form: '复印件' }))).toBe('复印件');
  });
});

describe('materialStatus', () => {
  it('必要 needs at least one photographed page', () => {
    expect(materialStatus(ID_CARD, line())).toBe('missing');
    expect(materialStatus(ID_CARD, line({ files: [HASH_A] }))).toBe('received');
    expect(materialStatus(ID_CARD, line({ isDeferred: true, note: '以后补' }))).toBe('missing');
  });

  it('容缺 may be deferred, but only with a note', () => {
    expect(materialStatus(INCOME, line())).toBe('missing');
    expect(materialStatus(INCOME, line({ isDeferred: true, note: '  ' }))).toBe('deferred_note_missing');
    expect(materialStatus(INCOME, line({ isDeferred: true, note: '三日内补交' }))).toBe('deferred');
    expect(materialStatus(INCOME, line({ isDeferred: true, files: [HASH_A] }))).toBe('received');
  });

  it('非必要 may be left out', () => {
    expect(materialStatus(PHOTO, line())).toBe('not_supplied');
  });
});

describe('checklistSummary', () => {
  it('is complete only when no material blocks, and lists what blocks in catalogue order', () => {
    const draft = newIntakeDraft('draft-0001', NOW);
    expect(checklistSummary(ITEM.materials, draft)).toMatchObject({ isComplete: false });
    expect(checklistSummary(ITEM.materials, draft).blocking.map((m) => m.id)).toEqual(['id-card', 'income']);

    const done = {
      ...draft,
      materials: {
        'id-card': line({ files: [HASH_A] }),
        income: line({ isDeferred: true, note: '三日内补交' }),
      },
    };
    const summary = checklistSummary(ITEM.materials, done);
    expect(summary.isComplete).toBe(true);
    expect(summary.received.map((m) => m.id)).toEqual(['id-card']);
    expect(summary.deferred.map((m) => m.id)).toEqual(['income']);
  });

  it('an item without materials is complete', () => {
    expect(checklistSummary([], newIntakeDraft('draft-0001', NOW)).isComplete).toBe(true);
  });
});
