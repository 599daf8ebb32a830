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

/** Why an evicted photo could not be fetched again; `message` is the Chinese text to show. */
export type PhotoUnavailableReason = 'offline' | 'hash_mismatch' | 'not_found' | 'failed';

export const PHOTO_UNAVAILABLE_MESSAGES_ZH: Record<PhotoUnavailableReason, string> = {
  offline: '照片已从本机清理，联网后可重新下载',
  hash_mismatch: '下载的照片与原件不符，已拒绝保存，请稍后重试或联系管理员',
  not_found: '服务器上找不到这张照片，或没有查看权限',
  failed: '照片下载失败，请稍后重试',
};

export class PhotoUnavailableError extends Error {
  override readonly name = 'PhotoUnavailableError';
  readonly reason: PhotoUnavailableReason;
  constructor(reason: PhotoUnavailableReason, options?: { cause?: unknown }) {
    super(PHOTO_UNAVAILABLE_MESSAGES_ZH[reason], options);
    this.reason = reason;
  }
}

export function isPhotoUnavailableError(error: unknown): error is PhotoUnavailableError {
  return error instanceof PhotoUnavailableError;
}

/**
 * Fetches the plain bytes of a file from the server (GET /api/files/:sha256); throws a
 * PhotoUnavailableError ('offline' when the server cannot be reached). Implemented in src/app.
 */
export type PhotoDownload = (hash: string) => Promise<Blob>;

export interface FileStore {
  put(blob: Blob, meta: StoredFileMeta): Promise<string>;
  /** The bytes on the device, or null (unknown hash, evicted, not readable with these keys). */
  get(hash: string): Promise<Blob | null>;
  /**
   * For viewing: the bytes on the device, or, when they were evicted, downloaded again with `download`,
   * checked against the hash (a mismatch throws 'hash_mismatch' and stores nothing) and stored encrypted
   * again. Null for an unknown hash. Throws PhotoUnavailableError ('offline' without a `download`).
   */
  getPhoto(hash: string, download?: PhotoDownload): Promise<Blob | null>;
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
    async getPhoto(hash, download) {
      const doc = await db.files.findOne(hash).exec();
      if (!doc) return null;
      const attachment = doc.getAttachment(ATTACHMENT_ID);
      if (attachment) {
        try {
          return await decryptBlob(keys.dataKey, await attachment.getData(), doc.mimeType);
        } catch {
          return null;
        }
      }
      // Only a file the server confirmed can be fetched again.
      if (doc.uploadState !== 'evicted' && doc.uploadState !== 'uploaded') return null;
      if (!download) throw new PhotoUnavailableError('offline');
      let fetched: Blob;
      try {
        fetched = await download(hash);
      } catch (error) {
        throw isPhotoUnavailableError(error) ? error : new PhotoUnavailableError('failed', { cause: error });
      }
      if ((await sha256HexOf(fetched)) !== hash) throw new PhotoUnavailableError('hash_mismatch');
      const blob = new Blob([await fetched.arrayBuffer()], { type: doc.mimeType });
      const current = await db.files.findOne(hash).exec();
      if (current && !current.getAttachment(ATTACHMENT_ID)) {
        await current.putAttachment({
          id: ATTACHMENT_ID,
          data: await encryptBlob(keys.dataKey, blob),
          type: 'application/octet-stream',
        });
        const latest = await db.files.findOne(hash).exec();
        await latest?.incrementalPatch({ uploadState: 'uploaded', uploadedBytes: blob.size });
      }
      return blob;
    },
    async markWaiting(hashes, caseId) {
      const docs = await db.files.findByIds([...new Set(hashes)]).exec();
      for (const doc of docs.values()) {
        await doc.incrementalPatch({
          caseId,
          uploadState:
            doc.uploadState === 'uploaded' || doc.uploadState === 'evicted' ? doc.uploadState : 'waiting',
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
