/**
 * Pushed consultations (咨询登记): insert-only records validated with consultationSchema; the region must lie
 * in the caller's jurisdiction, the actor must be the caller, and the server sets serverTime.
 */
import { isWithinJurisdiction } from '../../../src/domain/region/region-code';
import { consultationSchema, type Consultation } from '../../../src/domain/wire/replication-messages';
import { parseWith } from '../http/parse-body';
import type { NewConsultationRecord, Store } from '../store/store';
import { canonicalJson, withoutServerFields } from './canonical-json';
import type { PushContext, RowOutcome } from './push-context';
import { outOfJurisdiction } from './push-actions';
import { consultationDocumentOf } from './replication-documents';

/**
 * Validates a row and its jurisdiction; throws 400 / 403 before anything is written. Whose record it is
 * is checked against the store (checkConsultationId, pushConsultation): a colleague's record already stored,
 * pushed back unchanged by a device that pulled it, is answered with the stored record, not refused.
 */
export function prepareConsultation(
  document: Record<string, unknown>,
  ctx: PushContext,
): PreparedConsultation {
  const raw = withoutServerFields(document, ['serverTime']);
  const consultation = parseWith(consultationSchema, { ...raw, serverTime: null });
  if (!isWithinJurisdiction(ctx.user.scope, consultation.regionCode)) throw outOfJurisdiction();
  return { consultation, pushedServerTime: document.serverTime ?? null };
}

export interface PreparedConsultation {
  /** The record as pushed, serverTime cleared (the server sets it). */
  consultation: Consultation;
  /** The serverTime the device holds (null until it has heard the server's answer). */
  pushedServerTime: unknown;
}

const contentOf = (consultation: Consultation) => canonicalJson({ ...consultation, serverTime: null });

/**
 * Refuses (403, before any row of the batch is written) a row whose id is already stored with other content
 * outside the caller's jurisdiction. pushConsultation checks again inside its transaction.
 */
export async function checkConsultationId(
  store: Store,
  { consultation }: PreparedConsultation,
  ctx: PushContext,
): Promise<void> {
  const stored = await store.getConsultation(consultation.id);
  if (stored === null) {
    if (consultation.actorId !== ctx.user.id) throw outOfJurisdiction();
    return;
  }
  if (contentOf(stored.document) === contentOf(consultation)) return;
  if (!isWithinJurisdiction(ctx.user.scope, stored.regionCode) && stored.authorId !== ctx.user.id)
    throw outOfJurisdiction();
}

export function pushConsultation(
  store: Store,
  { consultation, pushedServerTime }: PreparedConsultation,
  ctx: PushContext,
): Promise<RowOutcome> {
  return store.transaction(async (tx): Promise<RowOutcome> => {
    const stored = await tx.getConsultation(consultation.id);
    if (stored !== null) {
      if (contentOf(stored.document) === contentOf(consultation))
        // A retry after a lost answer: hand back the stored record while the device lacks its serverTime.
        return pushedServerTime === stored.serverTime
          ? { kind: 'unchanged' }
          : { kind: 'conflict', document: consultationDocumentOf(stored) };
      if (!isWithinJurisdiction(ctx.user.scope, stored.regionCode) && stored.authorId !== ctx.user.id)
        throw outOfJurisdiction();
      return { kind: 'conflict', document: consultationDocumentOf(stored) };
    }
    if (consultation.actorId !== ctx.user.id) throw outOfJurisdiction();
    const record: NewConsultationRecord = {
      id: consultation.id,
      regionCode: consultation.regionCode,
      document: { ...consultation, serverTime: ctx.now },
      authorId: ctx.user.id,
      serverTime: ctx.now,
    };
    const inserted = await tx.insertConsultation(record);
    return inserted.status === 'inserted'
      ? {
          kind: 'inserted',
          rejected: false,
          document: consultationDocumentOf({ ...record, seq: inserted.seq }),
        }
      : { kind: 'unchanged' };
  });
}
