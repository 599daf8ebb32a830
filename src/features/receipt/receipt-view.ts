/**
 * The 收件凭证 (receipt given to the applicant) as plain data: who, what, which materials in which form,
 * the estimated date and the address of the public progress page. Pure; the sheet only lays it out.
 */
import { chinaDateOf, type IsoDate, type WorkingDayCalendar } from '../../domain/calendar';
import { promisedWorkingDaysOf } from '../../domain/case/case-deadline';
import type { ActionPayload } from '../../domain/case/case-types';
import { maskCreditCode, maskResidentId } from '../../domain/identity';

export type SubmitPayload = ActionPayload<'submit'>;

/** What the receipt is made from: the submit payload and the context it was taken in. */
export interface ReceiptData {
  payload: SubmitPayload;
  /** ISO time the agent submitted (device clock). */
  submittedAt: string;
  station: { name: string; regionCode: string };
  agent: { name: string };
  /** 容缺 materials the applicant will supply later, with the note agreed (kept in the draft, not the payload). */
  deferred?: ReadonlyArray<{ materialId: string; note: string }>;
}

export interface ReceiptMaterialLine {
  name: string;
  form: '原件' | '复印件' | '电子';
  pages: number;
  /** 原件 / 复印件 份数 the item asks for. */
  originals: number;
  copies: number;
}

export interface ReceiptModel {
  receiptNo: string;
  applicantKind: 'person' | 'legal';
  applicantName: string;
  /** 身份证号码 or 统一社会信用代码, masked. */
  applicantNumber: string;
  representative: string | null;
  proxy: { name: string; relationship: string } | null;
  itemName: string;
  itemCode: string;
  caseKind: '即办件' | '承诺件';
  promisedDays: number;
  materials: ReceiptMaterialLine[];
  deferred: Array<{ name: string; note: string }>;
  submittedDate: IsoDate;
  /** 预计办结日期: submission date + promised working days; only an estimate before 受理. */
  estimatedDate: IsoDate;
  stationName: string;
  agentName: string;
  progressUrl: string;
}

/** The public 办事进度查询 address for a receipt number. */
export function progressUrl(origin: string, receiptNo: string): string {
  return `${origin.replace(/\/+$/, '')}/progress/${encodeURIComponent(receiptNo)}`;
}

export function buildReceiptModel(
  data: ReceiptData,
  origin: string,
  calendar: WorkingDayCalendar,
): ReceiptModel {
  const { payload } = data;
  const { applicant, item } = payload;
  const submittedDate = chinaDateOf(data.submittedAt);
  const names = new Map(item.materials.map((material) => [material.id, material]));
  return {
    receiptNo: payload.receiptNo,
    applicantKind: applicant.kind,
    applicantName: applicant.name,
    applicantNumber:
      applicant.kind === 'person' ? maskResidentId(applicant.idNumber) : maskCreditCode(applicant.creditCode),
    representative: applicant.kind === 'legal' ? applicant.representative : null,
    proxy: payload.proxy ? { name: payload.proxy.name, relationship: payload.proxy.relationship } : null,
    itemName: item.name,
    itemCode: item.code,
    caseKind: item.caseKind,
    promisedDays: promisedWorkingDaysOf(item),
    materials: payload.materials.map((received) => {
      const material = names.get(received.materialId);
      return {
        name: material?.name ?? received.materialId,
        form: received.form,
        pages: received.files.length,
        originals: material?.originals ?? 0,
        copies: material?.copies ?? 0,
      };
    }),
    deferred: (data.deferred ?? []).map(({ materialId, note }) => ({
      name: names.get(materialId)?.name ?? materialId,
      note,
    })),
    submittedDate,
    estimatedDate: calendar.addWorkingDays(submittedDate, promisedWorkingDaysOf(item)),
    stationName: data.station.name,
    agentName: data.agent.name,
    progressUrl: progressUrl(origin, payload.receiptNo),
  };
}
