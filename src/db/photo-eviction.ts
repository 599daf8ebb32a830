/**
 * Eviction of uploaded photos (issue 4): once the server confirmed a photo (state 'uploaded') and it is
 * older than the device setting `evictPhotosAfterDays` (default 30), its encrypted bytes may be dropped
 * from the device. The metadata row stays, in state 'evicted'; the file store fetches the bytes again from
 * the server when the photo is viewed (file-store.ts `getPhoto`).
 *
 * Never evicted: a file the server has not confirmed (local, waiting, uploading), and a file of a draft
 * that is still on the device (its draft may still show it).
 */
import type { DaibanDatabase } from './daiban-database';
import { loadSettings } from './device-vault';

const ATTACHMENT_ID = 'sealed';
const LAST_RUN_ID = 'photoEviction';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface EvictionOptions {
  /** Age in days (by `createdAt`) from which an uploaded photo is evicted; the device setting when omitted. */
  olderThanDays?: number;
  now?: Date;
}

/** Drops the encrypted bytes of the uploaded photos older than the configured age; answers the evicted hashes. */
export async function evictUploadedPhotos(
  db: DaibanDatabase,
  options: EvictionOptions = {},
): Promise<string[]> {
  const days = options.olderThanDays ?? (await loadSettings(db)).evictPhotosAfterDays;
  if (!Number.isFinite(days) || days < 0) return [];
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const candidates = await db.files.find({ selector: { uploadState: 'uploaded' } }).exec();
  const draftIds = [...new Set(candidates.map((doc) => doc.draftId).filter((id) => id !== ''))];
  const openDrafts = draftIds.length > 0 ? await db.drafts.findByIds(draftIds).exec() : new Map();
  const evicted: string[] = [];
  for (const doc of candidates) {
    if (doc.createdAt >= cutoff) continue;
    if (doc.draftId !== '' && openDrafts.has(doc.draftId)) continue;
    const attachment = doc.getAttachment(ATTACHMENT_ID);
    // The state first: a photo is never 'uploaded' without its bytes, and an interrupted pass leaves an
    // 'evicted' row that is simply fetched again when viewed.
    const patched = await doc.incrementalPatch({ uploadState: 'evicted' });
    if (attachment) await patched.getAttachment(ATTACHMENT_ID)?.remove();
    evicted.push(doc.id);
  }
  return evicted;
}

/** When the last eviction pass ran (ms since the epoch), or null. */
export async function lastEvictionAt(db: DaibanDatabase): Promise<number | null> {
  const doc = await db.meta.findOne(LAST_RUN_ID).exec();
  const at = (doc?.toJSON().value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' ? at : null;
}

/**
 * Runs `evictUploadedPhotos` at most once a day (the last run is kept in `meta/photoEviction`); answers the
 * evicted hashes, or null when it did not run. Called after a successful sync/upload round.
 */
export async function evictUploadedPhotosDaily(
  db: DaibanDatabase,
  options: EvictionOptions = {},
): Promise<string[] | null> {
  const now = options.now ?? new Date();
  const last = await lastEvictionAt(db);
  if (last !== null && now.getTime() - last < DAY_MS && now.getTime() >= last) return null;
  const evicted = await evictUploadedPhotos(db, { ...options, now });
  await db.meta.upsert({ id: LAST_RUN_ID, value: { at: now.getTime(), evicted: evicted.length } });
  return evicted;
}
