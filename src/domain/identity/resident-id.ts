/**
 * 居民身份证号码 (resident identity number), GB 11643-1999《公民身份号码》:
 * 6-digit address code (地址码, GB/T 2260) + 8-digit birth date (出生日期码, YYYYMMDD)
 * + 3-digit sequence (顺序码: odd = male, even = female) + check character (校验码, ISO 7064 MOD 11-2).
 */
import { isIsoDate, todayInChina, type IsoDate } from '../calendar';
import { checkFailure, checkOk, type CheckResult } from './check-result';
import {
  codePointLength,
  describeCharacter,
  firstBadCharacter,
  normaliseCodeInput,
} from './normalise-code-input';
import { isResidentIdProvinceCode } from './province-codes';

export type Sex = 'male' | 'female';

/** A checked resident ID number and what it says. */
export interface ResidentId {
  /** Normalised: half-width, no whitespace, upper-case X. */
  readonly idNumber: string;
  /** Address code (地址码), 6 digits: where the number was first issued; may be an abolished county. */
  readonly regionCode: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
}

export type ResidentIdFailureCode =
  'empty' | 'legacy_15' | 'length' | 'format' | 'region' | 'birth_date' | 'future_birth' | 'check_digit';

export type ResidentIdResult = CheckResult<ResidentId, ResidentIdFailureCode>;

/** Weights of the 17 body digits: 2^(17−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for S mod 11 = 0 … 10. */
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * The check character (校验码) of a 17-digit body: '0'–'9' or 'X'.
 * residentIdCheckCharacter('11010519491231002') === 'X'.
 * Throws RangeError when `first17` is not exactly 17 ASCII digits (a programming error: validate first).
 */
export function residentIdCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}$/.test(first17)) {
    throw new RangeError('计算身份证校验码需要17位数字（号码的前17位）');
  }
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + Number(first17.charAt(i)) * weight, 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

function normaliseResidentId(input: unknown): string {
  return normaliseCodeInput(input).replace(/x$/, 'X');
}

function refuse(code: ResidentIdFailureCode, message: string): ResidentIdResult {
  return checkFailure(code, message);
}

/**
 * Checks a 居民身份证号码 and reads the address code, birth date and sex from it.
 *
 * Accepts surrounding or grouping spaces, full-width digits and a lower-case x. Refuses (never throws):
 * empty input; 15-digit first-generation numbers (legacy_15); wrong length; characters other than digits and
 * a final X (format); a first-two-digit province code outside GB/T 2260 (region: abolished counties are NOT
 * refused — old numbers stay valid); a birth date that does not exist or is before 1900 (birth_date); a birth
 * date after `today` (future_birth); a wrong check character (check_digit — the expected one is not revealed).
 *
 * @param today 'YYYY-MM-DD', default today in China (UTC+8). Throws RangeError when given and not a date
 *   (a programming error, not bad user input).
 */
export function validateResidentId(input: string, today?: IsoDate): ResidentIdResult {
  if (today !== undefined && !isIsoDate(today)) {
    throw new RangeError('validateResidentId：today 应为 YYYY-MM-DD 格式的日期');
  }
  const idNumber = normaliseResidentId(input);
  if (idNumber === '') return refuse('empty', '请输入身份证号码');

  if (/^\d{15}$/.test(idNumber)) {
    return refuse(
      'legacy_15',
      '这是15位的第一代身份证号码：一代证自2004年起换发为二代证并已停止使用，请填写18位的身份证号码（见二代身份证背面）',
    );
  }
  const length = codePointLength(idNumber);
  if (length !== 18) return refuse('length', `身份证号码应为18位，当前为${length}位`);

  const bad = firstBadCharacter(idNumber, (ch, i) => /^\d$/.test(ch) || (i === 17 && ch === 'X'));
  if (bad !== null) {
    return refuse(
      'format',
      `身份证号码第${bad.position}位的字符${describeCharacter(bad.character)}不正确：前17位应为数字，最后一位为数字或字母X`,
    );
  }

  const province = idNumber.slice(0, 2);
  if (!isResidentIdProvinceCode(province)) {
    const foreignerHint = province.startsWith('9') ? '（以9开头的可能是外国人永久居留身份证号码）' : '';
    return refuse(
      'region',
      `身份证号码地址码有误：前两位“${province}”不是有效的省级行政区代码，请核对前6位${foreignerHint}`,
    );
  }

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) {
    return refuse('birth_date', '身份证号码中的出生日期（第7至14位）不是有效日期，请核对');
  }
  if (Number(idNumber.slice(6, 10)) < EARLIEST_BIRTH_YEAR) {
    return refuse('birth_date', `身份证号码中的出生日期（第7至14位）早于${EARLIEST_BIRTH_YEAR}年，请核对`);
  }
  // 'YYYY-MM-DD' strings compare in date order.
  if (birthDate > (today ?? todayInChina())) {
    return refuse('future_birth', '身份证号码中的出生日期（第7至14位）晚于今天，请核对');
  }

  if (residentIdCheckCharacter(idNumber.slice(0, 17)) !== idNumber.charAt(17)) {
    return refuse('check_digit', '身份证号码校验码错误：最后一位与前17位不相符，请逐位核对是否抄错');
  }

  return checkOk({
    idNumber,
    regionCode: idNumber.slice(0, 6),
    birthDate,
    sex: Number(idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female',
  } satisfies ResidentId);
}

/** Sex (odd 顺序码 = male) of a valid resident ID number; null unless validateResidentId accepts it. */
export function sexFromResidentId(input: string): Sex | null {
  const result = validateResidentId(input);
  return result.ok ? result.value.sex : null;
}

/** Birth date 'YYYY-MM-DD' of a valid resident ID number; null unless validateResidentId accepts it. */
export function birthDateFromResidentId(input: string): IsoDate | null {
  const result = validateResidentId(input);
  return result.ok ? result.value.birthDate : null;
}
