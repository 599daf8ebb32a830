import type { IntakeDraft } from './intake-draft';

/** What every step component receives from the wizard. */
export interface StepProps {
  draft: IntakeDraft;
  /** Updates the draft on screen; `shouldPersist` saves at once (choices, photos). */
  change: (recipe: (draft: IntakeDraft) => IntakeDraft, shouldPersist?: boolean) => void;
  /** Saves the draft as it is (called on field blur). */
  persist: () => Promise<void>;
  /** True after 下一步 was pressed with problems: every problem shows, not just those of left fields. */
  showAllProblems: boolean;
}
