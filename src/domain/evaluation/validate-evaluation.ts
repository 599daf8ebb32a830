/**
 * 好差评 input rule: a 差评 (不满意, 非常不满意) must give a reason of at least 2 characters after trimming;
 * any reason is at most 1000 characters (as the evaluate action's payload).
 */
import {
  isSatisfactionLevel,
  requiresReason,
  SATISFACTION_LEVELS,
  type SatisfactionLevel,
} from './satisfaction';

export const MIN_NEGATIVE_REASON_CHARS = 2;
export const MAX_REASON_CHARS = 1000;

export type EvaluationIssueCode =
  'invalid_level' | 'reason_required' | 'reason_too_short' | 'reason_too_long';

export type EvaluationValidation =
  | { ok: true; evaluation: { level: SatisfactionLevel; reason: string } }
  | { ok: false; code: EvaluationIssueCode; message: string };

/** Counts characters as code points, so an emoji is one character. */
function charCount(text: string): number {
  return Array.from(text).length;
}

/** Validates an evaluation as entered; the returned reason is trimmed. Never throws. */
export function validateEvaluation(input: { level: unknown; reason?: string | null }): EvaluationValidation {
  const { level } = input;
  if (!isSatisfactionLevel(level)) {
    return { ok: false, code: 'invalid_level', message: `满意度应为${SATISFACTION_LEVELS.join('、')}之一` };
  }
  const reason = (input.reason ?? '').trim();
  const length = charCount(reason);
  // UTF-16 length, as z.string().max(1000) in the evaluate action's payload measures it
  if (reason.length > MAX_REASON_CHARS) {
    return { ok: false, code: 'reason_too_long', message: `评价内容不能超过${MAX_REASON_CHARS}个字` };
  }
  if (requiresReason(level)) {
    if (length === 0) {
      return { ok: false, code: 'reason_required', message: `选择“${level}”时须填写不满意的原因` };
    }
    if (length < MIN_NEGATIVE_REASON_CHARS) {
      return {
        ok: false,
        code: 'reason_too_short',
        message: `不满意的原因至少需要${MIN_NEGATIVE_REASON_CHARS}个字，请写明具体情况`,
      };
    }
  }
  return { ok: true, evaluation: { level, reason } };
}
