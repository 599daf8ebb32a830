/**
 * Loads a draft and keeps it: `change` updates what is on screen, `persist` saves the latest through
 * the DraftRepository (the wizard calls it on every step change and field blur).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isStorageFull, type DraftRepository } from './draft-repository';
import { createDraftSaver } from './draft-saver';
import type { IntakeDraft } from './intake-draft';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface IntakeDraftView {
  draft: IntakeDraft | null;
  isLoading: boolean;
  isMissing: boolean;
  loadError: unknown;
  saveState: SaveState;
  /** The last save failed because the device's storage is full (本机存储空间已满). */
  isStorageFull: boolean;
  /** When the last save finished (device clock). */
  savedAt: Date | null;
  /** Applies a change; `shouldPersist` saves at once (choices, photos, step changes). */
  change(recipe: (draft: IntakeDraft) => IntakeDraft, shouldPersist?: boolean): void;
  /** Saves the draft as it is now (field blur, retry). */
  persist(): Promise<void>;
}

export function useIntakeDraft(draftId: string, drafts: DraftRepository): IntakeDraftView {
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  const [isLoading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [isFull, setFull] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef<IntakeDraft | null>(null);
  const saver = useMemo(() => createDraftSaver((next) => drafts.save(next)), [drafts]);

  useEffect(() => {
    let isCurrent = true;
    setLoading(true);
    drafts
      .load(draftId)
      .then((loaded) => {
        if (!isCurrent) return;
        latest.current = loaded;
        setDraft(loaded);
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        setLoadError(error);
        setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [draftId, drafts]);

  const persist = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    setSaveState('saving');
    try {
      await saver.save(current);
      setSaveState('saved');
      setFull(false);
      setSavedAt(new Date());
    } catch (error) {
      console.warn('Daiban: draft not saved', error);
      setSaveState('failed');
      setFull(isStorageFull(error));
    }
  }, [saver]);

  const change = useCallback(
    (recipe: (draft: IntakeDraft) => IntakeDraft, shouldPersist = false) => {
      const current = latest.current;
      if (!current) return;
      const next = { ...recipe(current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setDraft(next);
      if (shouldPersist) void persist();
    },
    [persist],
  );

  return {
    draft,
    isLoading,
    isMissing: !isLoading && draft === null && loadError === null,
    loadError,
    saveState,
    isStorageFull: isFull,
    savedAt,
    change,
    persist,
  };
}
