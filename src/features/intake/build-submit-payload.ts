/**
 * The submit (登记/报送) payload of a finished draft: the item snapshot, the checked and normalised
 * applicant, the 代为申请人, the converted field values, the received materials with their page hashes,
 * and the signature of the 代办委托书. Pure; the caller issues the receipt number and records the action.
 */
import { ACTION_PAYLOAD_SCHEMAS, type ActionPayload } from '../../domain/case/case-types';
import { snapshotOf, type ServiceItem } from '../../domain/catalogue/service-item';
import { validateCreditCode, validateMobile, validateResidentId } from '../../domain/identity';
import type { IntakeDraft, IntakeStep } from './intake-draft';
import { firstIncompleteStep } from './intake-steps';
import { itemFieldValue } from './item-fields';
import { effectiveForm } from './materials-checklist';
import { draftMaterialOf } from './intake-draft';

export type SubmitPayload = ActionPayload<'submit'>;

export type BuildSubmitResult =
  { ok: true; payload: SubmitPayload } | { ok: false; step: IntakeStep; reason: string };

function phoneOf(raw: string): string {
  const result = validateMobile(raw);
  return result.ok ? result.value : '';
}

function idOf(raw: string, today?: string): string {
  const result = validateResidentId(raw, today);
  return result.ok ? result.value.idNumber : raw;
}

function creditCodeOf(raw: string): string {
  const result = validateCreditCode(raw);
  return result.ok || result.isWarning ? result.value.code : raw;
}

/**
 * Builds the payload, or says which step is unfinished. `item` must be the version the draft was
 * filled in for; `today` (YYYY-MM-DD) only for tests.
 */
export function buildSubmitPayload(
  draft: IntakeDraft,
  item: ServiceItem,
  receiptNo: string,
  today?: string,
): BuildSubmitResult {
  if (!draft.item || draft.item.code !== item.code || draft.item.version !== item.version) {
    return { ok: false, step: 'item', reason: 'item_mismatch' };
  }
  const incomplete = firstIncompleteStep({ draft, item, ...(today ? { today } : {}) });
  if (incomplete !== 'review') return { ok: false, step: incomplete, reason: 'incomplete' };
  if (draft.signature === null) return { ok: false, step: 'authorisation', reason: 'unsigned' };

  const { applicant, proxy } = draft;
  const fields: Record<string, string | number> = {};
  for (const field of item.fields) {
    const value = itemFieldValue(field, draft.fields[field.key] ?? '');
    if (value !== undefined) fields[field.key] = value;
  }
  const candidate = {
    receiptNo,
    item: snapshotOf(item),
    applicant:
      applicant.kind === 'person'
        ? {
            kind: 'person' as const,
            name: applicant.name.trim(),
            idNumber: idOf(applicant.idNumber, today),
            phone: phoneOf(applicant.phone),
            address: applicant.address.trim(),
          }
        : {
            kind: 'legal' as const,
            name: applicant.name.trim(),
            creditCode: creditCodeOf(applicant.creditCode),
            representative: applicant.representative.trim(),
            phone: phoneOf(applicant.phone),
            address: applicant.address.trim(),
          },
    proxy:
      applicant.kind === 'person' && proxy.isProxy
        ? {
            name: proxy.name.trim(),
            idNumber: idOf(proxy.idNumber, today),
            relationship: proxy.relationship.trim(),
            phone: phoneOf(proxy.phone),
          }
        : null,
    fields,
    materials: item.materials.flatMap((material) => {
      const line = draftMaterialOf(draft, material.id);
      return line.files.length === 0
        ? []
        : [{ materialId: material.id, form: effectiveForm(material, line), files: [...line.files] }];
    }),
    authorisationSignature: draft.signature,
  };
  const parsed = ACTION_PAYLOAD_SCHEMAS.submit.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, step: 'review', reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` };
  }
  return { ok: true, payload: parsed.data };
}
