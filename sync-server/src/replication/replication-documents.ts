/**
 * Store change rows → the documents the wire carries (replication-messages.ts), one mapper per collection.
 * Every document has `_deleted: false`: nothing is ever deleted (a withdrawn case is a state).
 */
import type { SyncedCollection } from '../../../src/domain/wire/replication-messages';
import type { ActionRecord, ConsultationRecord, ReplicatedDocuments } from '../store/store';

export type WireDocument = Record<string, unknown> & { _deleted: false };

/** An action as replicated: the device's CaseAction plus the server's verdict. */
export function actionDocumentOf(record: ActionRecord): WireDocument {
  return {
    ...record.action,
    status: record.status,
    rejection: record.rejection,
    serverTime: record.serverTime,
    _deleted: false,
  };
}

export function consultationDocumentOf(record: ConsultationRecord): WireDocument {
  return { ...record.document, serverTime: record.serverTime, _deleted: false };
}

const MAPPERS: { [C in SyncedCollection]: (document: ReplicatedDocuments[C]) => WireDocument } = {
  regions: (region) => ({ ...region, _deleted: false }),
  users: (user) => ({ ...user, _deleted: false }),
  // Every published version is its own document: `id` = code@version.
  catalogue: (item) => ({
    ...item.document,
    id: `${item.code}@${item.version}`,
    _deleted: false,
  }),
  // One document per year: `id` = the year as a string.
  holidays: (schedule) => ({
    ...schedule.document,
    id: String(schedule.year),
    updatedAt: schedule.updatedAt,
    _deleted: false,
  }),
  caseHeads: (head) => ({ ...head.head, _deleted: false }),
  actions: actionDocumentOf,
  consultations: consultationDocumentOf,
};

export function wireDocumentOf<C extends SyncedCollection>(
  collection: C,
  document: ReplicatedDocuments[C],
): WireDocument {
  const map: (document: ReplicatedDocuments[C]) => WireDocument = MAPPERS[collection];
  return map(document);
}
