/**
 * The intake's only persistence: drafts and photo files. The wizard and its hooks see these two
 * interfaces and nothing else; the RxDB-backed implementations (sealed at rest) live with src/db and are
 * wired in at integration. `in-memory-*.ts` implement them for unit tests.
 *
 * A write refused because the device's storage is full rejects with `StorageFullError` (src/app
 * translates the browser's QuotaExceededError), so the screens can say so instead of a vague failure.
 */
import type { IntakeDraft } from './intake-draft';

/** 本机存储空间已满: the write was refused and changed nothing (what was stored before is intact). */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause?: unknown) {
    super('device storage is full', { cause });
  }
}

export function isStorageFull(error: unknown): error is StorageFullError {
  return error instanceof StorageFullError;
}

export interface DraftRepository {
  /** The draft with that id, or null when there is none (or it can no longer be read). */
  load(id: string): Promise<IntakeDraft | null>;
  /** Inserts or replaces the draft (called on every step change and field blur). */
  save(draft: IntakeDraft): Promise<void>;
  /** Every draft on this device for the signed-in station, most recently updated first. */
  list(): Promise<IntakeDraft[]>;
  /** Deletes the draft (after it was submitted, or when the agent discards it). Idempotent. */
  remove(id: string): Promise<void>;
}

/** What a stored file is, so the store can seal, upload and clean it up. */
export interface FileMeta {
  kind: 'material' | 'signature';
  /** The draft it belongs to. */
  draftId: string;
  /** For kind 'material': the Material.id and the page number (1-based). */
  materialId?: string;
  page?: number;
  /** MIME type of the blob (image/jpeg for photos, image/png for signatures). */
  type: string;
}

export interface FileRepository {
  /** Stores the blob and answers its SHA-256 (64 lower-case hex); storing the same bytes twice is a no-op. */
  put(blob: Blob, meta: FileMeta): Promise<string>;
  /** The blob with that hash, or null when it is not on this device. */
  get(hash: string): Promise<Blob | null>;
}
