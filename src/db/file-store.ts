/**
 * Photos of materials and signatures on the device: the bytes encrypted with the data key as the
 * attachment `sealed` (encryptBlob), the metadata in the clear. The id is the SHA-256 of the plain
 * bytes, so storing the same photo twice is a no-op and the server can check what it received.
 * A file stays 'local' while its draft is open and becomes 'waiting' (to upload) when the case is submitted.
 */
import { decryptBlob, encryptBlob, type DataKeys } from './crypto/field-cipher';
import type { DaibanDatabase } from './daiban-database';
import type { FileDocType } from './schemas/local-schemas';

const ATTACHMENT_ID = 'sealed';

export interface StoredFileMeta {
  kind: 'material' | 'signature';
  draftId: string;
  materialId?: string;
  page?: number;
  type: string;
}

export async function sha256HexOf(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface FileStore {
  put(blob: Blob, meta: StoredFileMeta): Promise<string>;
  get(hash: string): Promise<Blob | null>;
  /** Marks the files of a submitted case as waiting to upload (unknown hashes are skipped). */
  markWaiting(hashes: readonly string[], caseId: string): Promise<void>;
  /** Files waiting for upload (or interrupted mid-upload), oldest first. */
  listWaiting(): Promise<FileDocType[]>;
  setUploadState(hash: string, state: FileDocType['uploadState'], uploadedBytes?: number): Promise<void>;
}

export function createFileStore(db: DaibanDatabase, keys: DataKeys): FileStore {
  return {
    async put(blob, meta) {
      const hash = await sha256HexOf(blob);
      if (await db.files.findOne(hash).exec()) return hash;
      const doc = await db.files.insert({
        id: hash,
        caseId: '',
        mimeType: meta.type,
        size: blob.size,
        createdAt: new Date().toISOString(),
        uploadState: 'local',
        uploadedBytes: 0,
        kind: meta.kind,
        draftId: meta.draftId,
        materialId: meta.materialId ?? '',
        page: meta.page ?? 0,
      });
      await doc.putAttachment({
        id: ATTACHMENT_ID,
        data: await encryptBlob(keys.dataKey, blob),
        type: 'application/octet-stream',
      });
      return hash;
    },
    async get(hash) {
      const doc = await db.files.findOne(hash).exec();
      const attachment = doc?.getAttachment(ATTACHMENT_ID);
      if (!doc || !attachment) return null;
      try {
        return await decryptBlob(keys.dataKey, await attachment.getData(), doc.mimeType);
      } catch {
        return null;
      }
    },
    async markWaiting(hashes, caseId) {
      const docs = await db.files.findByIds([...new Set(hashes)]).exec();
      for (const doc of docs.values()) {
        await doc.incrementalPatch({
          caseId,
          uploadState: doc.uploadState === 'uploaded' ? 'uploaded' : 'waiting',
        });
      }
    },
    async listWaiting() {
      const docs = await db.files
        .find({ selector: { uploadState: { $in: ['waiting', 'uploading'] } } })
        .exec();
      return docs
        .map((doc) => doc.toJSON() as FileDocType)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async setUploadState(hash, state, uploadedBytes) {
      const doc = await db.files.findOne(hash).exec();
      await doc?.incrementalPatch({
        uploadState: state,
        ...(uploadedBytes === undefined ? {} : { uploadedBytes }),
      });
    },
  };
}
