/**
 * The wizard's step guard: a step can be entered only when every step before it is complete, so a
 * reload, a stale link or the step list never lands the agent past something unfinished.
 */
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { blockingApplicantProblems, checkApplicant } from './applicant-check';
import { hasValidSignature, INTAKE_STEPS, type IntakeDraft, type IntakeStep } from './intake-draft';
import { checkItemFields } from './item-fields';
import { checklistSummary } from './materials-checklist';

export interface StepContext {
  draft: IntakeDraft;
  /** The catalogue item the draft refers to (null when not chosen or no longer in the catalogue). */
  item: ServiceItem | null;
  /** YYYY-MM-DD, for tests; default today in China. */
  today?: string;
}

/** Whether the step's own content is complete (the review step has none of its own). */
export function isStepComplete(step: IntakeStep, { draft, item, today }: StepContext): boolean {
  if (!item || !draft.item || draft.item.code !== item.code) return false;
  switch (step) {
    case 'item':
      return item.isActive;
    case 'applicant': {
      const problems = checkApplicant(draft.applicant, draft.proxy, item, today);
      return blockingApplicantProblems(draft.applicant, problems).length === 0;
    }
    case 'fields':
      return Object.keys(checkItemFields(item.fields, draft.fields)).length === 0;
    case 'materials':
      return checklistSummary(item.materials, draft).isComplete;
    case 'authorisation':
      return hasValidSignature(draft);
    case 'review':
      return true;
  }
}

/** The first step that is not complete ('review' when all are). */
export function firstIncompleteStep(context: StepContext): IntakeStep {
  return INTAKE_STEPS.find((step) => !isStepComplete(step, context)) ?? 'review';
}

export function canEnterStep(step: IntakeStep, context: StepContext): boolean {
  return INTAKE_STEPS.indexOf(step) <= INTAKE_STEPS.indexOf(firstIncompleteStep(context));
}

/** Where a restored draft opens: its saved step, or the first incomplete one before it. */
export function resumeStep(context: StepContext): IntakeStep {
  return canEnterStep(context.draft.step, context) ? context.draft.step : firstIncompleteStep(context);
}

export function nextStepOf(step: IntakeStep): IntakeStep | null {
  return INTAKE_STEPS[INTAKE_STEPS.indexOf(step) + 1] ?? null;
}

export function previousStepOf(step: IntakeStep): IntakeStep | null {
  const index = INTAKE_STEPS.indexOf(step);
  return index > 0 ? (INTAKE_STEPS[index - 1] ?? null) : null;
}
