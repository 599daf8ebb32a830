/** Identity numbers: 居民身份证号码, 统一社会信用代码, mobile numbers, and their display masks. */
export { checkFailure, checkOk } from './check-result';
export type { CheckFailure, CheckOk, CheckResult, CheckWarning } from './check-result';
export {
  birthDateFromResidentId,
  residentIdCheckCharacter,
  sexFromResidentId,
  validateResidentId,
} from './resident-id';
export type { ResidentId, ResidentIdFailureCode, ResidentIdResult, Sex } from './resident-id';
export { creditCodeCheckCharacter, validateCreditCode } from './credit-code';
export type {
  CreditCode,
  CreditCodeCheckDigitWarning,
  CreditCodeFailureCode,
  CreditCodeResult,
} from './credit-code';
export { normaliseMobile, validateMobile } from './mobile';
export type { MobileFailureCode, MobileResult } from './mobile';
export { maskCreditCode, maskPhone, maskResidentId } from './mask';
export { isProvinceCode, isResidentIdProvinceCode, PROVINCE_NAMES } from './province-codes';
export type { ProvinceCode } from './province-codes';
