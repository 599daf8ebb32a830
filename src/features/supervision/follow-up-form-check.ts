/**
 * Checks of the 差评 step form before it is sent, with the same limits as the domain (follow-up.ts): a
 * valid date neither in the future nor before the evaluation, a named person, and for 回访 and 整改 a text of
 * at least two characters. The server applies the order of the steps and answers its own reason.
 */
import { isIsoDate } from '../../domain/calendar/iso-date';
import type { MessageKey } from '../../ui/i18n/i18n';
import type { FollowUpStepName } from './supervision-format';

export type StepFormProblems = Partial<Record<'on' | 'by' | 'text', MessageKey>>;

export function checkStepForm(input: {
  step: FollowUpStepName;
  on: string;
  by: string;
  text: string;
  today: string;
  notBefore: string;
}): StepFormProblems {
  const problems: StepFormProblems = {};
  if (!isIsoDate(input.on)) problems.on = 'supervision.followUps.error.date';
  else if (input.on > input.today) problems.on = 'supervision.followUps.error.future';
  else if (input.on < input.notBefore) problems.on = 'supervision.followUps.error.beforeEvaluation';
  if (input.by.trim() === '') problems.by = 'supervision.followUps.error.by';
  if (input.step !== 'close' && Array.from(input.text.trim()).length < 2)
    problems.text =
      input.step === 'visit'
        ? 'supervision.followUps.error.visitText'
        : 'supervision.followUps.error.measures';
  return problems;
}
