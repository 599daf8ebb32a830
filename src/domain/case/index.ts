/** 办件: the case lifecycle as a pure reducer over immutable action records. */
export * from './case-types';
export {
  ACTION_NAMES_ZH,
  CASE_STATUS_NAMES_ZH,
  DELIVERY_METHOD_NAMES_ZH,
  OUTCOME_NAMES_ZH,
  SUSPENSION_KIND_NAMES_ZH,
} from './case-names';
export {
  CASE_TRANSITIONS,
  handlingLevelOf,
  isAllowedFrom,
  rolesAllowed,
  statusAfter,
  TRANSITION_GUARDS,
  type CaseHandlingLevel,
  type CaseTransition,
} from './case-transitions';
export { caseDeadlineOf, promisedWorkingDaysOf, type DeadlineInputs } from './case-deadline';
export {
  allowedActions,
  applyAction,
  foldActions,
  INTERNAL_ERROR_REASON,
  type FoldContext,
  type FoldResult,
  type ReduceResult,
  type ReducerContext,
} from './case-reducer';
export type { ActionOf } from './next-head';
export { MIN_BAD_REVIEW_REASON_CHARS } from './payload-problem';
export { MAX_SUMMARY_CHARS } from './timeline-summary';
export {
  generateReceiptNo,
  isWellFormedReceiptNo,
  MAX_DEVICE_SEQ,
  MAX_RECEIPT_COUNTER,
  mod112CheckCharOf,
  nextReceiptSequence,
  normaliseReceiptNo,
  parseReceiptNo,
  type ReceiptNoParts,
  type ReceiptSequence,
} from './receipt-number';
