/** 好差评: satisfaction levels, their numeric codes at interfaces, the 差评 reason rule and follow-up. */
export {
  isNegative,
  isSatisfactionLevel,
  isSatisfied,
  NEGATIVE_LEVELS,
  requiresReason,
  SATISFACTION_LEVELS,
  SATISFIED_LEVELS,
  satisfactionLevelSchema,
  satisfactionRate,
  type SatisfactionLevel,
} from './satisfaction';
export {
  fromGbCode,
  fromProvincialScore,
  toGbCode,
  toProvincialScore,
  type SatisfactionCode,
  type SatisfactionCodeResult,
} from './satisfaction-codes';
export {
  MAX_REASON_CHARS,
  MIN_NEGATIVE_REASON_CHARS,
  validateEvaluation,
  type EvaluationIssueCode,
  type EvaluationValidation,
} from './validate-evaluation';
export {
  closeFollowUp,
  createFollowUp,
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  followUpOverdue,
  followUpSchema,
  recordRectification,
  recordReturnVisit,
  type FollowUp,
  type FollowUpOverdue,
  type FollowUpRejectionCode,
  type FollowUpResult,
  type FollowUpStatus,
} from './follow-up';
