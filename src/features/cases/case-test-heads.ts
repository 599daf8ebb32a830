/**
 * Case heads at each step of the agent's follow-up, built with the domain reducer and the official 2026
 * calendar (tests of this folder and of the station's home only).
 */
import {
  acceptedCase,
  AGENT_A,
  applyOk,
  at,
  FILE_A,
  FILE_B,
  makeAction,
  REVIEWER_T,
  submittedCase,
} from '../../domain/case/case-test-fixtures';
import type { CaseHead } from '../../domain/case/case-types';

export { acceptedCase, AGENT_A, at, FILE_A, FILE_B, REVIEWER_T, submittedCase };

/** Received on 02-10, then the township asks for 户口簿 (missing) and one 「其他」 item. */
export function correctionCase(): CaseHead {
  const received = applyOk(
    submittedCase(),
    makeAction('receive', { note: '' }, REVIEWER_T),
    REVIEWER_T,
    at('2026-02-10'),
  );
  return applyOk(
    received,
    makeAction(
      'request_correction',
      {
        items: [
          { materialId: 'm-hukou', problem: 'missing', note: '户口簿首页及本人页' },
          { materialId: null, problem: 'defective', note: '申请书签名不清' },
        ],
        note: '请一次补齐',
      },
      REVIEWER_T,
    ),
    REVIEWER_T,
    at('2026-02-11'),
  );
}

/** Accepted 02-12 (10 working days → due 03-04), decided 准予 on the given date. */
export function decidedCase(decidedOn = '2026-02-27'): CaseHead {
  return applyOk(
    acceptedCase(),
    makeAction(
      'decide',
      { outcome: 'approved', documentNo: '民救〔2026〕7号', reason: '', file: null },
      REVIEWER_T,
    ),
    REVIEWER_T,
    at(decidedOn),
  );
}

export function deliveredCase(): CaseHead {
  return applyOk(
    decidedCase(),
    makeAction('deliver', { method: 'in_person', signature: FILE_B, note: '' }, AGENT_A),
    AGENT_A,
    at('2026-03-02'),
  );
}

/** The same head under another id and applicant name (list tests need several cases). */
export function renamed(head: CaseHead, id: string, name: string, updatedAt = head.updatedAt): CaseHead {
  const applicant = { ...head.applicant, name };
  return { ...head, id, applicant, updatedAt, receiptNo: `${head.receiptNo.slice(0, -6)}${id.slice(-4)}-1` };
}
