/** Checks of the 咨询登记 quick form (pure, tested). */
import type { MessageKey } from '../../ui/i18n/i18n';

export interface ConsultationInput {
  itemCode: string;
  topic: string;
  minutes: string;
}

export interface ConsultationProblems {
  topic?: MessageKey;
  minutes?: MessageKey;
}

export function checkConsultation(input: ConsultationInput): ConsultationProblems {
  const problems: ConsultationProblems = {};
  const topic = input.topic.trim();
  if (topic === '' || topic.length > 200) problems.topic = 'consult.topicRequired';
  const minutes = Number(input.minutes);
  if (!/^\d+$/.test(input.minutes.trim()) || minutes < 1 || minutes > 480)
    problems.minutes = 'consult.minutesInvalid';
  return problems;
}
