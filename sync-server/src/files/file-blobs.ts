/**
 * Content-addressed files under DATA_DIR/files: tus keeps uploads in `uploads/` (resumable), and a verified
 * upload is hard-linked as `blobs/<sha256>` with a `<sha256>.json` sidecar (content type, size). A blob is
 * immutable: uploading the same content again changes nothing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SHA256_PATTERN = /^[a-f0-9]{64}$/;
/** What a tablet uploads: photos of materials, signatures, result documents. */
export const ALLOWED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export interface BlobInfo {
  contentType: string;
  size: number;
}

export interface FileBlobs {
  uploadsDir: string;
  /** SHA-256 (hex) of a file's content. */
  hashOf(path: string): Promise<string>;
  /** Links a verified upload as the blob `sha256` (a no-op when it exists already). */
  adopt(uploadPath: string, sha256: string, info: BlobInfo): Promise<void>;
  /** The blob's path and info, or null. */
  find(sha256: string): Promise<{ path: string; info: BlobInfo } | null>;
  /** Deletes an upload that failed verification (and its tus sidecar). */
  discard(uploadPath: string): Promise<void>;
}

export async function openFileBlobs(filesDir: string): Promise<FileBlobs> {
  const uploadsDir = join(filesDir, 'uploads');
  const blobsDir = join(filesDir, 'blobs');
  await mkdir(uploadsDir, { recursive: true });
  await mkdir(blobsDir, { recursive: true });
  const blobPath = (sha256: string) => {
    if (!SHA256_PATTERN.test(sha256)) throw new RangeError('sha256 must be 64 lowercase hex digits');
    return join(blobsDir, sha256);
  };

  return {
    uploadsDir,
    hashOf: (path) =>
      new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(path)
          .on('data', (chunk) => hash.update(chunk))
          .on('error', reject)
          .on('end', () => resolve(hash.digest('hex')));
      }),
    async adopt(uploadPath, sha256, info) {
      const target = blobPath(sha256);
      // The sidecar first: a blob without one is never served.
      await writeFile(`${target}.json`, JSON.stringify(info), { flag: 'w' });
      try {
        await link(uploadPath, target);
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      }
    },
    async find(sha256) {
      const path = blobPath(sha256);
      try {
        const [info, stats] = await Promise.all([readFile(`${path}.json`, 'utf8'), stat(path)]);
        const parsed = JSON.parse(info) as BlobInfo;
        return { path, info: { contentType: parsed.contentType, size: stats.size } };
      } catch {
        return null;
      }
    },
    async discard(uploadPath) {
      await rm(uploadPath, { force: true });
      await rm(`${uploadPath}.json`, { force: true });
    },
  };
}
