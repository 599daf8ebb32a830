import { describe, expect, it } from 'vitest';
import { InMemoryDraftRepository } from './in-memory-draft-repository';
import { InMemoryFileRepository } from './in-memory-file-repository';
import { draftMaterialOf, intakeDraftSchema, newIntakeDraft, parseIntakeDraft } from './intake-draft';
import { completeDraft, NOW } from './intake-test-fixtures';

describe('intake draft schema', () => {
  it('a new draft starts at the item step with empty, typed defaults', () => {
    const draft = newIntakeDraft('draft-0001', NOW);
    expect(draft).toMatchObject({ step: 'item', item: null, signature: null, fields: {}, materials: {} });
    expect(draft.applicant).toMatchObject({ kind: 'person', name: '', isCreditCodeWarningAccepted: false });
    expect(draft.proxy.isProxy).toBe(false);
  });

  it('round-trips through JSON unchanged (what a reload restores)', () => {
    const draft = completeDraft();
    expect(intakeDraftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('refuses data that is not a draft, and a file reference that is not a SHA-256', () => {
    expect(parseIntakeDraft({ id: 'x' })).toBeNull();
    const bad = { ...completeDraft(), signature: 'not-a-hash' };
    expect(parseIntakeDraft(bad)).toBeNull();
  });

  it('a checklist line the agent has not touched reads as empty', () => {
    expect(draftMaterialOf(newIntakeDraft('draft-0001', NOW), 'id-card')).toEqual({
      form: null,
      files: [],
      isDeferred: false,
      note: '',
    });
  });
});

describe('in-memory repositories (test doubles of the RxDB ones)', () => {
  it('save, load, list newest first, remove', async () => {
    const drafts = new InMemoryDraftRepository();
    const older = { ...newIntakeDraft('draft-0001', NOW), updatedAt: '2026-11-23T08:00:00.000+08:00' };
    const newer = { ...completeDraft(), id: 'draft-0002' };
    await drafts.save(older);
    await drafts.save(newer);
    expect(await drafts.load('draft-0002')).toEqual(newer);
    expect((await drafts.list()).map((d) => d.id)).toEqual(['draft-0002', 'draft-0001']);
    await drafts.remove('draft-0002');
    expect(await drafts.load('draft-0002')).toBeNull();
  });

  it('files are addressed by their SHA-256', async () => {
    const files = new InMemoryFileRepository();
    const blob = new Blob(['abc'], { type: 'image/jpeg' });
    const hash = await files.put(blob, {
      kind: 'material',
      draftId: 'draft-0001',
      materialId: 'id-card',
      page: 1,
      type: 'image/jpeg',
    });
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await files.get(hash)).toBe(blob);
    expect(await files.get('0'.repeat(64))).toBeNull();
  });
});
