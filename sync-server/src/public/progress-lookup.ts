/**
 * 办事进度查询: the public answer for a receipt number and the last four characters of the applicant's ID
 * number. Only the item name, the status (Chinese), the promised date and the last update date ever leave
 * here; a wrong `last4` and an unknown receipt number give the same `null`.
 */
import { z } from 'zod';
import { chinaDateOf } from '../../../src/domain/calendar/china-date';
import { CASE_STATUS_NAMES_ZH } from '../../../src/domain/case/case-names';
import type { CaseHead, CaseStatus } from '../../../src/domain/case/case-types';
import type { Store } from '../store/store';

/** What the public may see of a case. */
export interface PublicProgress {
  itemName: string;
  status: CaseStatus;
  statusName: string;
  /** 承诺办结日期 (ISO date) or null before 受理 */
  deadline: string | null;
  /** China date of the last change */
  updatedOn: string;
}

export const PROGRESS_NOT_FOUND_ZH = '未找到该办件，请核对收件凭证编号和身份证号后四位';
export const DEADLINE_PENDING_ZH = '受理后确定';

export const receiptNoSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{8,40}$/, '收件凭证编号格式不正确');
export const last4Schema = z
  .string()
  .trim()
  .regex(/^[0-9]{3}[0-9Xx]$/, '请输入身份证号后四位（数字，最后一位可为 X）');

/** The identity numbers whose last four characters open a case: the applicant's, and the proxy's. */
function identityNumbersOf(head: CaseHead): string[] {
  const own = head.applicant.kind === 'person' ? head.applicant.idNumber : head.applicant.creditCode;
  return head.proxy === null ? [own] : [own, head.proxy.idNumber];
}

export async function lookUpProgress(
  store: Store,
  receiptNo: string,
  last4: string,
): Promise<PublicProgress | null> {
  const record = await store.getCaseHeadByReceiptNo(receiptNo.toUpperCase());
  if (record === null) return null;
  const head = record.head;
  const wanted = last4.toUpperCase();
  if (!identityNumbersOf(head).some((n) => n.toUpperCase().slice(-4) === wanted)) return null;
  return {
    itemName: head.item.name,
    status: head.status,
    statusName: CASE_STATUS_NAMES_ZH[head.status],
    deadline: head.deadline,
    updatedOn: chinaDateOf(record.updatedAt),
  };
}
