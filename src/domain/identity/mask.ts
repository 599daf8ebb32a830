/**
 * Display masking (脱敏) of personal identifiers (个人信息保护法 §51): the full value is shown only on an
 * explicit, logged reveal. A malformed value is masked entirely, so a mask never shows more than the
 * masked form of a well-formed value would (at most 10 characters of an ID, 7 of a phone, 12 of a code).
 */
import { codePointLength, normaliseCodeInput } from './normalise-code-input';
import { normaliseMobile } from './mobile';

const MASK = '*';

/** All stars, as many as the input has characters but no more than `cap`. */
function maskAll(value: string, cap: number): string {
  return MASK.repeat(Math.min(codePointLength(value), cap));
}

/**
 * 身份证号码: first 6 (address code) and last 4 shown — '11010519491231002X' → '110105********002X'.
 * Anything that is not 17 digits plus a digit or X is masked entirely.
 */
export function maskResidentId(input: string): string {
  const id = normaliseCodeInput(input).replace(/x$/, 'X');
  if (!/^\d{17}[\dX]$/.test(id)) return maskAll(id, 18);
  return `${id.slice(0, 6)}${MASK.repeat(8)}${id.slice(14)}`;
}

/**
 * Phone: first 3 and last 4 of an 11-digit number shown — '13812341234' → '138****1234'
 * (+86, spaces and dashes are dropped first). Anything else is masked entirely.
 */
export function maskPhone(input: string): string {
  const phone = normaliseMobile(input);
  if (!/^\d{11}$/.test(phone)) return maskAll(phone, 11);
  return `${phone.slice(0, 3)}${MASK.repeat(4)}${phone.slice(7)}`;
}

/**
 * 统一社会信用代码: the first 8 characters (registration authority, entity type, region) and the last 4 are
 * shown, the 6 characters between are masked — '91350100M000100Y43' → '91350100******0Y43'. Codes of legal
 * persons are public, but those of 个体工商户 identify a person. Anything that is not 18 characters of the
 * code alphabet is masked entirely.
 */
export function maskCreditCode(input: string): string {
  const code = normaliseCodeInput(input).toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUW-Y]{18}$/.test(code)) return maskAll(code, 18);
  return `${code.slice(0, 8)}${MASK.repeat(6)}${code.slice(14)}`;
}
