/**
 * Saves drafts one at a time, in order: a save asked for while another is running waits, and only the
 * newest waiting draft is written (older ones it replaces are skipped). So a slow store never lets an
 * older copy overwrite a newer one, and typing fast does not queue a write per blur.
 */
import type { IntakeDraft } from './intake-draft';

export interface DraftSaver {
  /** Resolves once this draft (or a newer one) is stored; rejects when that write fails. */
  save(draft: IntakeDraft): Promise<void>;
}

export function createDraftSaver(write: (draft: IntakeDraft) => Promise<void>): DraftSaver {
  let running: Promise<void> | null = null;
  let waiting: { draft: IntakeDraft; done: Promise<void> } | null = null;

  const run = (draft: IntakeDraft): Promise<void> => {
    const current = write(draft).finally(() => {
      running = null;
    });
    running = current;
    return current;
  };

  return {
    save(draft) {
      if (running === null) return run(draft);
      if (waiting !== null) {
        waiting.draft = draft;
        return waiting.done;
      }
      const entry: { draft: IntakeDraft; done: Promise<void> } = { draft, done: Promise.resolve() };
      const previous = running;
      entry.done = previous
        .catch(() => undefined)
        .then(() => {
          waiting = null;
          return run(entry.draft);
        });
      waiting = entry;
      return entry.done;
    },
  };
}
