/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015:
 * 1 登记管理部门码 + 1 机构类别码 + 6 登记管理机关行政区划码 + 9 主体标识码 (组织机构代码) + 1 校验码.
 * Characters: 0-9 and upper-case letters except I O S V Z, with values 0–30.
 */
import { checkFailure, checkOk, type CheckFailure, type CheckOk, type CheckWarning } from './check-result';
import {
  codePointLength,
  describeCharacter,
  firstBadCharacter,
  normaliseCodeInput,
} from './normalise-code-input';

/** The 31 characters in value order (0 … 30). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Letters left out of the alphabet, with the digit they are often mistaken for. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', O: '0', S: '5', Z: '2' };

/** A checked credit code, split into its parts. */
export interface CreditCode {
  /** Normalised: half-width, no whitespace, upper-case. */
  readonly code: string;
  /** 登记管理部门码 (1st character), e.g. 9 = 工商 (market regulation), 5 = 民政, 1 = 机构编制. */
  readonly registrationAuthority: string;
  /** 机构类别码 (2nd character), e.g. 1 = 企业, 2 = 个体工商户 under authority 9. */
  readonly entityType: string;
  /** 登记管理机关行政区划码 (characters 3–8). */
  readonly regionCode: string;
  /** 主体标识码 / 组织机构代码 (characters 9–17). */
  readonly organisationCode: string;
}

export type CreditCodeFailureCode = 'empty' | 'length' | 'alphabet' | 'check_digit';

/** The check character does not match: possibly a genuine older code, so a warning the UI may override. */
export type CreditCodeCheckDigitWarning = CheckWarning<'check_digit', CreditCode>;

export type CreditCodeResult =
  | CheckOk<CreditCode>
  | CheckFailure<Exclude<CreditCodeFailureCode, 'check_digit'>>
  | CreditCodeCheckDigitWarning;

function isAlphabetCharacter(ch: string): boolean {
  return ch.length === 1 && ALPHABET.includes(ch);
}

/**
 * The check character (校验码) of the first 17 characters.
 * creditCodeCheckCharacter('91350100M000100Y4') === '3'.
 * Throws RangeError when `first17` is not 17 characters of the alphabet (a programming error: validate first).
 */
export function creditCodeCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || first17.length !== 17 || ![...first17].every(isAlphabetCharacter)) {
    throw new RangeError('计算统一社会信用代码校验码需要17位有效字符（代码的前17位）');
  }
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + ALPHABET.indexOf(first17.charAt(i)) * weight, 0);
  const check = 31 - (sum % 31);
  return ALPHABET.charAt(check === 31 ? 0 : check);
}

/**
 * Checks a 统一社会信用代码. Accepts spaces, full-width characters and lower-case letters. Refuses (never
 * throws) empty input, a length other than 18, and characters outside the alphabet (naming the first one).
 * A wrong check character gives a warning (`isWarning: true`, with the parsed `value`): some genuine older
 * codes are reported to fail the check, so the UI may let the user continue after checking the licence.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = normaliseCodeInput(input).toUpperCase();
  if (code === '') return checkFailure('empty', '请输入统一社会信用代码');

  const length = codePointLength(code);
  if (length !== 18) {
    const hint =
      length === 15 && /^\d{15}$/.test(code)
        ? '（15位数字的可能是旧版营业执照的注册号，请填写新版执照上的18位统一社会信用代码）'
        : '';
    return checkFailure('length', `统一社会信用代码应为18位，当前为${length}位${hint}`);
  }

  const bad = firstBadCharacter(code, isAlphabetCharacter);
  if (bad !== null) {
    const lookAlike = LOOK_ALIKES[bad.character];
    const hint = lookAlike === undefined ? '' : `；“${bad.character}”是否应为数字“${lookAlike}”？`;
    return checkFailure(
      'alphabet',
      `统一社会信用代码含有不允许的字符${describeCharacter(bad.character)}（第${bad.position}位）：只能使用数字和除 I、O、S、V、Z 以外的大写字母${hint}`,
    );
  }

  const value = {
    code,
    registrationAuthority: code.slice(0, 1),
    entityType: code.slice(1, 2),
    regionCode: code.slice(2, 8),
    organisationCode: code.slice(8, 17),
  } satisfies CreditCode;

  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) {
    return {
      ok: false,
      code: 'check_digit',
      isWarning: true,
      value,
      message:
        '统一社会信用代码校验码不符：可能是抄错了，也可能是早期赋码的旧代码。请与营业执照（登记证书）原件逐位核对，确认无误后可继续办理',
    };
  }
  return checkOk(value);
}
