/**
 * A problem with a value the agent entered: an i18n key (our own messages) or a Chinese text from the
 * domain checks (validateResidentId & co. explain exactly what is wrong, in Chinese only).
 */
import type { MessageKey, MessageParams, Translate } from '../../ui/i18n/i18n';

export type IntakeProblem =
  | { kind: 'key'; key: MessageKey; params?: MessageParams; isWarning?: boolean }
  | { kind: 'text'; text: string; isWarning?: boolean };

export function keyProblem(key: MessageKey, params?: MessageParams): IntakeProblem {
  return params ? { kind: 'key', key, params } : { kind: 'key', key };
}

export function textProblem(text: string, isWarning = false): IntakeProblem {
  return isWarning ? { kind: 'text', text, isWarning } : { kind: 'text', text };
}

export function problemText(problem: IntakeProblem, t: Translate): string {
  return problem.kind === 'key' ? t(problem.key, problem.params) : problem.text;
}
