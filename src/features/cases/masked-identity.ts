/**
 * What the agent sees of the applicant's numbers (个人信息保护法: masked in lists and on the detail, the
 * full value only after an explicit reveal, which src/app logs). Pure: the domain's masks (脱敏).
 */
import type { Applicant } from '../../domain/case/case-types';
import { maskCreditCode, maskPhone, maskResidentId, normaliseMobile } from '../../domain/identity';

/** 身份证号码 (first 6, last 4) or 统一社会信用代码 (first 8, last 4); the full value when revealed. */
export function identityNumberOf(applicant: Applicant, isRevealed: boolean): string {
  if (applicant.kind === 'person')
    return isRevealed ? applicant.idNumber.trim().toUpperCase() : maskResidentId(applicant.idNumber);
  return isRevealed ? applicant.creditCode.trim().toUpperCase() : maskCreditCode(applicant.creditCode);
}

/** The phone masked (first 3, last 4), or '' when none was given. */
export function phoneOf(phone: string, isRevealed: boolean): string {
  if (phone.trim() === '') return '';
  return isRevealed ? normaliseMobile(phone) : maskPhone(phone);
}
