/**
 * Whether the user is in the middle of a task that a page reload would break (an intake, a signature).
 * While it is set, the update banner waits: a new version is applied only when the user chooses,
 * never in the middle of an intake.
 */
import { create } from 'zustand';

interface TaskState {
  isBusyWithTask: boolean;
  setBusyWithTask(isBusy: boolean): void;
}

export const useTaskStore = create<TaskState>()((set) => ({
  isBusyWithTask: false,
  setBusyWithTask: (isBusy) => set({ isBusyWithTask: isBusy }),
}));
