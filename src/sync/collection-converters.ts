/**
 * Per synced collection: how a wire document becomes a device document (personal data sealed with
 * the data key) and back, and how a refused push is recorded on the device.
 */
import type { CaseHead } from '../domain/case/case-types';
import type { SyncedCollection } from '../domain/wire/replication-messages';
import type { DataKeys } from '../db/crypto/field-cipher';
import {
  openAction,
  sealAction,
  sealCaseHead,
  toConsultationDoc,
  toReferenceDoc,
  type WireAction,
} from '../db/record-sealing';
import type { ActionDocType } from '../db/schemas/case-schemas';
import type { ConsultationDocType } from '../db/schemas/local-schemas';
import type { LocalDocument, RecordConverters } from './replication-handlers';

type Rejection = { code: string; reason: string };

export interface CollectionSync<L> {
  converters: RecordConverters<L>;
  /** Present for collections the device pushes. */
  markRefused?: (local: LocalDocument<L>, rejection: Rejection) => LocalDocument<L>;
}

const withoutRxFields = (doc: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

export function collectionSyncFor(collection: SyncedCollection, keys: DataKeys): CollectionSync<unknown> {
  switch (collection) {
    case 'regions':
    case 'users':
    case 'catalogue':
    case 'holidays':
      return {
        converters: {
          toLocal: async (wire) => toReferenceDoc(collection, wire),
          toWire: async (local) => withoutRxFields(local as object),
        },
      };
    case 'caseHeads':
      return {
        converters: {
          toLocal: async (wire) => sealCaseHead(keys, withoutRxFields(wire) as unknown as CaseHead),
          toWire: async (local) => withoutRxFields(local as object),
        },
      };
    case 'actions':
      return {
        converters: {
          toLocal: async (wire) => sealAction(keys, withoutRxFields(wire) as unknown as WireAction),
          toWire: async (local) => ({ ...(await openAction(keys, local as ActionDocType)) }),
        },
        markRefused: (local, rejection) => ({
          ...(local as LocalDocument<ActionDocType>),
          status: 'rejected',
          rejection,
        }),
      };
    case 'consultations':
      return {
        converters: {
          toLocal: async (wire) => ({ ...toConsultationDoc(wire), rejection: null }),
          toWire: async (local) => {
            const { rejection: _local, ...wire } = withoutRxFields(local as object);
            return wire;
          },
        },
        markRefused: (local, rejection) => ({
          ...(local as LocalDocument<ConsultationDocType>),
          rejection,
        }),
      };
  }
}
