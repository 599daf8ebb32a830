/** FileRepository in memory — for unit tests only (the app uses the RxDB one, sealed at rest). */
import { sha256Hex } from '../../ui/photo/compress-image';
import type { FileMeta, FileRepository } from './draft-repository';

export class InMemoryFileRepository implements FileRepository {
  readonly files = new Map<string, { blob: Blob; meta: FileMeta }>();

  async put(blob: Blob, meta: FileMeta): Promise<string> {
    const hash = await sha256Hex(blob);
    if (!this.files.has(hash)) this.files.set(hash, { blob, meta });
    return hash;
  }

  async get(hash: string): Promise<Blob | null> {
    return this.files.get(hash)?.blob ?? null;
  }
}
