/**
 * The intake drafts on the device, sealed whole with the data key (record-sealing). The store is
 * opaque about the draft's shape: src/app checks what it reads with the intake's schema.
 */
import type { DataKeys } from './crypto/field-cipher';
import type { DaibanDatabase } from './daiban-database';
import { openDraft, sealDraft, type DraftRecord } from './record-sealing';

export interface DraftStore {
  /** The draft's data, or null when there is none or it cannot be opened with these keys. */
  load(id: string): Promise<unknown>;
  save(record: DraftRecord): Promise<void>;
  /** Every readable draft of the station, most recently updated first. */
  list(): Promise<unknown[]>;
  remove(id: string): Promise<void>;
}

export function createDraftStore(db: DaibanDatabase, keys: DataKeys, regionCode: string): DraftStore {
  const openOrNull = (doc: Parameters<typeof openDraft>[1]) => openDraft(keys, doc).catch(() => null);
  return {
    async load(id) {
      const doc = await db.drafts.findOne(id).exec();
      return doc ? openOrNull(doc.toJSON()) : null;
    },
    async save(record) {
      await db.drafts.upsert(await sealDraft(keys, record));
    },
    async list() {
      const docs = (await db.drafts.find({ selector: { regionCode } }).exec())
        .map((doc) => doc.toJSON())
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const opened = await Promise.all(docs.map(openOrNull));
      return opened.filter((data) => data !== null);
    },
    async remove(id) {
      const doc = await db.drafts.findOne(id).exec();
      await doc?.remove();
    },
  };
}
