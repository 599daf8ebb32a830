/**
 * 补正材料一次性告知书 (行政许可法 §32): the printable notice of a case's open (or last) 一次性告知 — every missing
 * or defective material in one list, with the township's note. Pure: built from the case head.
 */
import { chinaDateOf } from '../../domain/calendar/china-date';
import type { IsoDate } from '../../domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../domain/case/case-types';

export interface NoticeLine {
  /** The material's name, or null for a problem not tied to one material (其他). */
  materialName: string | null;
  problem: 'missing' | 'defective';
  note: string;
}

export interface CorrectionNoticeModel {
  receiptNo: string;
  itemName: string;
  applicantName: string;
  submittedOn: IsoDate;
  issuedOn: IsoDate;
  issuedBy: string;
  lines: NoticeLine[];
  note: string;
  /** The notice is the open one (the case waits for 补正). */
  isOpen: boolean;
}

/** The notice of the case, or null when no 一次性告知 was issued. */
export function correctionNoticeOf(head: CaseHead): CorrectionNoticeModel | null {
  const notice = head.correctionNotice;
  if (notice === null) return null;
  const names = new Map(head.item.materials.map((m) => [m.id, m.name]));
  return {
    receiptNo: head.receiptNo,
    itemName: head.item.name,
    applicantName: head.applicant.name,
    submittedOn: chinaDateOf(head.submittedAt),
    issuedOn: chinaDateOf(notice.issuedAt),
    issuedBy: notice.issuedBy,
    lines: notice.items.map((item) => ({
      materialName: item.materialId === null ? null : (names.get(item.materialId) ?? item.materialId),
      problem: item.problem,
      note: item.note,
    })),
    note: notice.note,
    isOpen: head.status === 'correction',
  };
}
