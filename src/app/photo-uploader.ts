/**
 * Uploads the photos and signatures of submitted cases (files 'waiting') to the server's tus endpoint,
 * one at a time, in the leader tab, while the server is reachable. The server checks the declared SHA-256 when an upload
 * completes; then the file is 'uploaded' (its encrypted copy stays on the device). A failed upload goes
 * back to 'waiting' and is tried again on the next round (every 30 s, on reconnect, on a new submit); the tus
 * upload URL is kept in `meta/upload:<sha256>`, so the next attempt — even after a reload or a crash — resumes
 * from the bytes the server already holds instead of starting again (weak links drop mid-photo).
 * After a round that left nothing waiting, uploaded photos older than the device setting are evicted
 * (src/db/photo-eviction.ts), at most once a day.
 */
import { Upload } from 'tus-js-client';
import type { DataKeys } from '../db/crypto/field-cipher';
import type { DaibanDatabase } from '../db/daiban-database';
import { createFileStore } from '../db/file-store';
import { evictUploadedPhotosDaily } from '../db/photo-eviction';
import { PROTOCOL_VERSION } from '../domain/wire/protocol-version';
import { backoffDelay } from '../sync/backoff-delay';
import { syncStatusStore } from '../sync/sync-status-store';

export const UPLOAD_ENDPOINT = '/api/files/uploads';
const ROUND_MS = 30_000;

export interface PhotoUploaderOptions {
  db: DaibanDatabase;
  keys: DataKeys;
  getAccessToken(): string | null;
  /** Asks for a fresh access token (after a 401 or an offline unlock); false when none came. */
  refreshSession(): Promise<boolean>;
  endpoint?: string;
  /**
   * What tus reads the bytes from (default: the Blob itself, as browsers do). tus-js-client's Node build reads
   * Buffers only, so the Node test of resuming hands in a Buffer of the same bytes.
   */
  uploadSourceOf?(blob: Blob): Promise<ConstructorParameters<typeof Upload>[0]>;
  /** The eviction pass after a successful round (default: evictUploadedPhotosDaily). */
  evict?(db: DaibanDatabase): Promise<unknown>;
}

/** Where an interrupted upload of a file can resume (tus upload URL), kept in `meta` across reloads. */
const resumeMetaId = (sha256: string) => `upload:${sha256}`;

async function resumeUrlOf(db: DaibanDatabase, sha256: string): Promise<string | null> {
  const doc = await db.meta.findOne(resumeMetaId(sha256)).exec();
  const url = (doc?.toJSON().value as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : null;
}

interface UploadOnceOptions {
  endpoint: string;
  sha256: string;
  token: string;
  /** The upload URL of an earlier, interrupted attempt: tus asks the server for its offset and goes on from there. */
  resumeUrl: string | null;
  onUploadUrl(url: string): void;
  onChunk(bytesAccepted: number): void;
}

function uploadOnce(
  source: ConstructorParameters<typeof Upload>[0],
  contentType: string,
  options: UploadOnceOptions,
) {
  return new Promise<void>((resolve, reject) => {
    const upload = new Upload(source, {
      endpoint: options.endpoint,
      // A URL the server no longer knows (expired upload) makes tus create a new upload at `endpoint`.
      ...(options.resumeUrl ? { uploadUrl: options.resumeUrl } : {}),
      metadata: { sha256: options.sha256, contentType },
      headers: { authorization: `Bearer ${options.token}`, 'x-daiban-protocol': String(PROTOCOL_VERSION) },
      chunkSize: 512 * 1024,
      retryDelays: [],
      // Resuming is ours (the URL in `meta`), not tus-js-client's localStorage fingerprints.
      storeFingerprintForResuming: false,
      onUploadUrlAvailable: () => {
        if (upload.url) options.onUploadUrl(upload.url);
      },
      onChunkComplete: (_chunkSize, bytesAccepted) => options.onChunk(bytesAccepted),
      onSuccess: () => resolve(),
      onError: reject,
    });
    upload.start();
  });
}

export function startPhotoUploader(options: PhotoUploaderOptions): { stop(): void } {
  const { db, keys } = options;
  const files = createFileStore(db, keys);
  const endpoint = options.endpoint ?? UPLOAD_ENDPOINT;
  let isStopped = false;
  let isRunning = false;
  let isAgain = false;
  let isLeader = false; // like the sync engine: only the leader tab uploads
  /**
   * After a failed upload, no new round before this time (1 s, 2 s … 60 s): the file going back to 'waiting'
   * would otherwise start the next attempt at once, and a server that keeps refusing would be hammered.
   */
  let failures = 0;
  let notBefore = 0;

  const round = async () => {
    if (!isLeader || Date.now() < notBefore) return;
    if (isRunning) {
      isAgain = true;
      return;
    }
    isRunning = true;
    try {
      for (const file of await files.listWaiting()) {
        if (isStopped || syncStatusStore.getState().connectivity !== 'online') return;
        let token = options.getAccessToken();
        if (!token && (await options.refreshSession().catch(() => false))) token = options.getAccessToken();
        if (!token) return;
        const blob = await files.get(file.id);
        if (!blob) continue; // not readable with these keys: nothing to send
        await files.setUploadState(file.id, 'uploading');
        try {
          const source = options.uploadSourceOf ? await options.uploadSourceOf(blob) : blob;
          await uploadOnce(source, blob.type, {
            endpoint,
            sha256: file.id,
            token,
            resumeUrl: await resumeUrlOf(db, file.id),
            onUploadUrl: (url) => void db.meta.upsert({ id: resumeMetaId(file.id), value: { url } }),
            onChunk: (bytes) => void files.setUploadState(file.id, 'uploading', bytes).catch(() => undefined),
          });
          await files.setUploadState(file.id, 'uploaded', blob.size);
          await (await db.meta.findOne(resumeMetaId(file.id)).exec())?.remove();
          failures = 0;
        } catch {
          failures += 1;
          notBefore = Date.now() + backoffDelay(failures);
          await files.setUploadState(file.id, 'waiting');
          void options.refreshSession().catch(() => false); // an expired token is the usual cause
          return;
        }
      }
      // A round that reached the server and left nothing to upload counts as a successful sync of the photos.
      const isOnline = syncStatusStore.getState().connectivity === 'online';
      if (!isStopped && isOnline && (await files.listWaiting()).length === 0) {
        await (options.evict ?? ((database) => evictUploadedPhotosDaily(database)))(db).catch(
          (error: unknown) => console.warn('Daiban: photo eviction failed', error),
        );
      }
    } finally {
      isRunning = false;
      if (isAgain && !isStopped) {
        isAgain = false;
        void round().catch(() => undefined);
      }
    }
  };
  const kick = () => void round().catch(() => undefined);

  const timer = setInterval(kick, ROUND_MS);
  const unsubscribeStatus = syncStatusStore.subscribe((state, previous) => {
    if (state.connectivity !== 'online' || previous.connectivity === 'online') return;
    notBefore = 0; // the link is back: try at once
    kick();
  });
  const waiting = db.files.find({ selector: { uploadState: 'waiting' } }).$.subscribe((docs) => {
    if (docs.length > 0) kick();
  });
  void db
    .waitForLeadership()
    .then(() => {
      isLeader = true;
      kick();
    })
    .catch(() => undefined);
  return {
    stop: () => {
      isStopped = true;
      clearInterval(timer);
      unsubscribeStatus();
      waiting.unsubscribe();
    },
  };
}
