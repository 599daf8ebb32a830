/**
 * The materials checklist (材料清单) rules: which forms a material may be received in, and whether the
 * intake may go on. 必要 needs at least one photographed page; 容缺 needs a page or, when the applicant
 * will supply it later, a note; 非必要 may be left out.
 */
import type { Material } from '../../domain/catalogue/service-item';
import { draftMaterialOf, type DraftMaterial, type IntakeDraft, type ReceivedForm } from './intake-draft';

export type MaterialStatus =
  /** photographed, with a form */
  | 'received'
  /** 必要 or 容缺 without a photo (blocks) */
  | 'missing'
  /** 容缺 to be supplied later, with a note */
  | 'deferred'
  /** 容缺 marked for later without a note (blocks) */
  | 'deferred_note_missing'
  /** 非必要, not supplied */
  | 'not_supplied';

/** The forms a material may be received in, after its 材料形式 (纸质 → 原件/复印件, 电子 → 电子). */
export function allowedForms(material: Pick<Material, 'form'>): ReceivedForm[] {
  if (material.form === '纸质') return ['原件', '复印件'];
  if (material.form === '电子') return ['电子'];
  return ['原件', '复印件', '电子'];
}

/** The form to preselect: 原件 when originals are asked for, else 复印件, else 电子. */
export function defaultForm(material: Pick<Material, 'form' | 'originals' | 'copies'>): ReceivedForm {
  const allowed = allowedForms(material);
  if (material.originals > 0 && allowed.includes('原件')) return '原件';
  if (material.copies > 0 && allowed.includes('复印件')) return '复印件';
  return allowed[0] ?? '电子';
}

/** The form recorded for a line: the agent's choice when it is allowed, else the default. */
export function effectiveForm(material: Material, line: DraftMaterial): ReceivedForm {
  return line.form !== null && allowedForms(material).includes(line.form) ? line.form : defaultForm(material);
}

export function materialStatus(material: Material, line: DraftMaterial): MaterialStatus {
  if (line.files.length > 0) return 'received';
  if (material.necessity === '容缺' && line.isDeferred)
    return line.note.trim() === '' ? 'deferred_note_missing' : 'deferred';
  return material.necessity === '非必要' ? 'not_supplied' : 'missing';
}

export function isBlockingStatus(status: MaterialStatus): boolean {
  return status === 'missing' || status === 'deferred_note_missing';
}

export interface ChecklistSummary {
  isComplete: boolean;
  /** Materials that stop the intake, in catalogue order. */
  blocking: Material[];
  received: Material[];
  deferred: Material[];
}

export function checklistSummary(materials: readonly Material[], draft: IntakeDraft): ChecklistSummary {
  const summary: ChecklistSummary = { isComplete: true, blocking: [], received: [], deferred: [] };
  for (const material of materials) {
    const status = materialStatus(material, draftMaterialOf(draft, material.id));
    if (isBlockingStatus(status)) summary.blocking.push(material);
    else if (status === 'received') summary.received.push(material);
    else if (status === 'deferred') summary.deferred.push(material);
  }
  summary.isComplete = summary.blocking.length === 0;
  return summary;
}
