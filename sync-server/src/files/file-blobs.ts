/**
 * Content-addressed files under DATA_DIR/files: tus keeps uploads in `uploads/` (resumable), and a verified
 * upload is hard-linked as `blobs/<sha256>` with a `<sha256>.json` sidecar (content type, size). A blob is
 * immutable: uploading the same content again changes nothing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SHA256_PATTERN = /^[a-f0-9]{64}$/;
/** What a tablet uploads: photos of materials, signatures, result documents. */
export const ALLOWED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** How a file of each allowed type begins (its magic number): a declared type the content does not match is refused. */
const SIGNATURES: Record<AllowedContentType, (head: Buffer) => boolean> = {
  'image/jpeg': (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/png': (head) =>
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (head) =>
    head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  'application/pdf': (head) => head.toString('latin1', 0, 5) === '%PDF-',
};

/** Whether the content of `head` (the first bytes of a file) is of the declared type. */
export function isContentOfType(head: Buffer, contentType: string): boolean {
  const matches = SIGNATURES[contentType as AllowedContentType] as ((head: Buffer) => boolean) | undefined;
  return matches !== undefined && matches(head);
}

export interface BlobInfo {
  contentType: string;
  size: number;
}

export interface FileBlobs {
  uploadsDir: string;
  /** SHA-256 (hex) of a file's content. */
  hashOf(path: string): Promise<string>;
  /** The first 16 bytes of a file (fewer when it is shorter). */
  headOf(path: string): Promise<Buffer>;
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
    async headOf(path) {
      const file = await open(path, 'r');
      try {
        const head = Buffer.alloc(16);
        const { bytesRead } = await file.read(head, 0, head.length, 0);
        return head.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
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
