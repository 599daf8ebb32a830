/**
 * 手机号码 (mainland mobile number): 11 digits, ^1[3-9]\d{9}$. Prefixes are not whitelisted: new ones appear.
 */
import { checkFailure, checkOk, type CheckResult } from './check-result';
import { codePointLength, normaliseCodeInput } from './normalise-code-input';

export type MobileFailureCode = 'empty' | 'format';

export type MobileResult = CheckResult<string, MobileFailureCode>;

/** Dashes people type between groups: hyphen-minus, hyphen, en and em dash (full-width － is normalised first). */
const SEPARATORS = /[-\u2010\u2011\u2013\u2014]/g;
const COUNTRY_PREFIX = /^(?:\+86|0086)/;

/** The number without spaces, dashes and a leading +86 / 0086 (not yet checked). */
export function normaliseMobile(input: unknown): string {
  return normaliseCodeInput(input).replace(SEPARATORS, '').replace(COUNTRY_PREFIX, '');
}

/**
 * Checks a mobile number and returns it as 11 digits. Spaces, dashes and a +86 (or 0086) prefix are
 * accepted: '+86 138-1234-1234' → '13812341234'. Never throws.
 */
export function validateMobile(input: string): MobileResult {
  if (normaliseCodeInput(input).replace(SEPARATORS, '') === '')
    return checkFailure('empty', '请输入手机号码');
  const mobile = normaliseMobile(input);
  if (!/^\d*$/.test(mobile))
    return checkFailure('format', '手机号码只能包含数字（可带 +86 前缀、空格或短横线）');
  const length = codePointLength(mobile);
  if (length !== 11) return checkFailure('format', `手机号码应为11位数字，当前为${length}位`);
  if (!/^1[3-9]\d{9}$/.test(mobile))
    return checkFailure('format', '手机号码格式不正确：应以1开头，第二位为3至9');
  return checkOk(mobile);
}
