/**
 * What the case screens (agent's 办件, the township's 审核台) need from the device: the cases on the
 * local database (src/db/case-store), recording an action as the signed-in user (checked by the shared
 * reducer, stored pending, pushed by the sync engine), the photos of a case, and the audit of reveals.
 *
 * Features read it with `useCaseServices()`; `CaseServicesProvider` (LocalServicesProvider) wires it.
 */
import { createContext, useContext, useEffect } from 'react';
import { ulid } from 'ulid';
import type { WorkingDayCalendar } from '../domain/calendar/working-day-calendar-type';
import {
  parseCaseAction,
  type ActionPayload,
  type ActionType,
  type CaseHead,
  type Rejection,
} from '../domain/case/case-types';
import type { SessionUser } from '../domain/wire/auth-messages';
import { createCaseStore, type CaseStore } from '../db/case-store';
import type { DataKeys } from '../db/crypto/field-cipher';
import type { DaibanDatabase } from '../db/daiban-database';
import { createFileStore, PhotoUnavailableError, sha256HexOf, type PhotoDownload } from '../db/file-store';
import { syncStatusStore } from '../sync/sync-status-store';
import { isApiClientError } from '../sync/api-client';
import { api } from './api';

/** What a case file is: a photo of a material (补正, result document) or a signature (送达). */
export interface CaseFileMeta {
  kind: 'material' | 'signature';
  caseId: string;
  materialId?: string;
  page?: number;
  /** MIME type (image/jpeg for photos, image/png for signatures). */
  type: string;
}

/** A file of a case on the device that no action refers to yet. */
export interface UnsentCaseFile {
  hash: string;
  kind: CaseFileMeta['kind'];
  /** '' for a signature */
  materialId: string;
  page: number;
}

export type ActResult = { ok: true; head: CaseHead } | { ok: false; rejection: Rejection };

/** The ID-number fields whose reveal is audited (个人信息保护法: every reveal is logged). */
export type RevealField = 'idNumber' | 'phone';
/** What the audit queue carries: a reveal, or `case` for opening a case (its name, its materials' photos). */
type AuditedAccess = RevealField | 'case';

export interface CaseServices {
  user: SessionUser;
  deviceId: string;
  calendar: WorkingDayCalendar;
  store: CaseStore;
  /**
   * Records an action by the signed-in user on the case: checked against the case as shown, stored
   * pending (sealed), pushed by the sync engine. Files named in the payload are queued for upload.
   */
  act<T extends ActionType>(
    caseId: string,
    regionCode: string,
    type: T,
    payload: ActionPayload<T>,
    fileHashes?: readonly string[],
  ): Promise<ActResult>;
  files: {
    /** Stores the photo or signature encrypted; answers its SHA-256. */
    put(blob: Blob, meta: CaseFileMeta): Promise<string>;
    /**
     * For viewing: on the device, fetched again when evicted, or fetched (and kept encrypted) when it was
     * never on this device; throws PhotoUnavailableError ('offline' when it cannot be fetched).
     */
    get(hash: string): Promise<Blob | null>;
    /**
     * Files taken for the case on this device and not yet sent with an action (still 'local'), oldest first:
     * a 补正 in progress comes back after a reload or the inactivity lock.
     */
    listUnsent(caseId: string): Promise<UnsentCaseFile[]>;
  };
  /** Logs that the user revealed a field of a case: sent now, or queued on the device until online. */
  revealIdentity(caseId: string, field: RevealField): Promise<void>;
  /** Logs that the user opened a case (个人信息保护法: access to personal data is accountable), like a reveal. */
  recordCaseView(caseId: string): Promise<void>;
}

export const CaseServicesContext = createContext<CaseServices | null>(null);

export function useOptionalCaseServices(): CaseServices | null {
  return useContext(CaseServicesContext);
}

export function useCaseServices(): CaseServices {
  const services = useContext(CaseServicesContext);
  if (!services) throw new Error('CaseServicesContext is not provided (LocalServicesProvider wires it)');
  return services;
}

const REVEAL_QUEUE_ID = 'revealQueue';

interface QueuedReveal {
  caseId: string;
  field: AuditedAccess;
  at: string;
}

async function readRevealQueue(db: DaibanDatabase): Promise<QueuedReveal[]> {
  const doc = await db.meta.findOne(REVEAL_QUEUE_ID).exec();
  const value = doc?.toJSON().value as { items?: unknown } | undefined;
  return Array.isArray(value?.items) ? (value.items as QueuedReveal[]) : [];
}

/**
 * The reveal queue is read and rewritten by appends and by flushes, which may overlap (a reveal while the
 * device comes back online): one at a time, or a flush could rewrite the queue without a reveal just added.
 */
let revealQueueTurn: Promise<unknown> = Promise.resolve();
function withRevealQueue<T>(task: () => Promise<T>): Promise<T> {
  const run = revealQueueTurn.then(task, task);
  revealQueueTurn = run.catch(() => undefined);
  return run;
}

async function appendReveal(db: DaibanDatabase, reveal: QueuedReveal): Promise<void> {
  await withRevealQueue(async () => {
    const queue = await readRevealQueue(db);
    await db.meta.upsert({ id: REVEAL_QUEUE_ID, value: { items: [...queue, reveal] } });
  });
}

/**
 * Sends the queued reveals and case views, oldest first. One the server refuses (403: a case submitted
 * offline that has not reached it yet) stays queued for the next try without holding up the others; when
 * the server cannot be reached the rest stays queued as it is.
 */
export function flushRevealQueue(db: DaibanDatabase): Promise<number> {
  return withRevealQueue(async () => {
    const queue = await readRevealQueue(db);
    const kept: QueuedReveal[] = [];
    let sent = 0;
    for (const [index, reveal] of queue.entries()) {
      try {
        await api.post('/api/audit/reveal', { caseId: reveal.caseId, field: reveal.field, at: reveal.at });
        sent += 1;
      } catch (error) {
        if (isApiClientError(error) && error.status >= 400 && error.status < 500) {
          kept.push(reveal);
          continue;
        }
        kept.push(...queue.slice(index));
        break;
      }
    }
    if (kept.length !== queue.length) await db.meta.upsert({ id: REVEAL_QUEUE_ID, value: { items: kept } });
    return sent;
  });
}

/**
 * Sends the reveals queued on the device (logged while offline) whenever the server becomes reachable
 * and after each sync, so every 显示完整号码 reaches the audit log. Screens that offer a reveal call it.
 */
export function useRevealQueueFlush(db: DaibanDatabase | null): void {
  useEffect(() => {
    if (!db || db.closed) return undefined;
    const flush = () => void flushRevealQueue(db).catch(() => 0);
    if (syncStatusStore.getState().connectivity === 'online') flush();
    // Also after each sync: a reveal of a case submitted offline is refused until the case reached the server.
    return syncStatusStore.subscribe((state, previous) => {
      const cameOnline = state.connectivity === 'online' && previous.connectivity !== 'online';
      const synced = state.connectivity === 'online' && state.lastSyncedAt !== previous.lastSyncedAt;
      if (cameOnline || synced) flush();
    });
  }, [db]);
}

/** Logs once per case shown (not on every live update of it) that the user opened it. */
export function useRecordCaseView(services: CaseServices | null, caseId: string, isShown: boolean): void {
  useEffect(() => {
    if (services && isShown) void services.recordCaseView(caseId).catch(() => undefined);
  }, [services, caseId, isShown]);
}

export interface CaseServicesContextInput {
  db: DaibanDatabase;
  keys: DataKeys;
  user: SessionUser;
  deviceId: string;
  calendar: WorkingDayCalendar;
  downloadPhoto?: PhotoDownload;
  /** Called after an action with files was stored (e.g. to start uploading them). */
  onFilesQueued?(): void;
}

export function createLocalCaseServices(input: CaseServicesContextInput): CaseServices {
  const { db, keys, user, deviceId, calendar, downloadPhoto } = input;
  const actor = { userId: user.id, name: user.name, role: user.role, scope: user.scope };
  const store = createCaseStore(db, keys, { calendar, actor });
  const fileStore = createFileStore(db, keys);
  return {
    user,
    deviceId,
    calendar,
    store,
    async act(caseId, regionCode, type, payload, fileHashes = []) {
      const parsed = parseCaseAction({
        id: ulid(),
        caseId,
        regionCode,
        actorId: user.id,
        actorName: user.name,
        actorRole: user.role,
        deviceId,
        clientTime: new Date().toISOString(),
        type,
        payload,
      });
      if (!parsed.ok) return { ok: false, rejection: { code: 'invalid_action', reason: parsed.message } };
      const result = await store.recordAction(parsed.action);
      if (result.ok && fileHashes.length > 0) {
        await fileStore.markWaiting(fileHashes, caseId);
        input.onFilesQueued?.();
      }
      return result;
    },
    files: {
      put: (blob, meta) =>
        fileStore.put(blob, {
          kind: meta.kind,
          draftId: `case:${meta.caseId}`,
          ...(meta.materialId === undefined ? {} : { materialId: meta.materialId }),
          ...(meta.page === undefined ? {} : { page: meta.page }),
          type: meta.type,
        }),
      async get(hash) {
        const onDevice = await fileStore.getPhoto(hash, downloadPhoto);
        if (onDevice !== null || !downloadPhoto || (await db.files.findOne(hash).exec())) return onDevice;
        // Never on this device (a township reviewer sees the photos an agent's tablet uploaded): fetch it,
        // check it against its hash, and keep it encrypted like any uploaded photo (evictable, re-fetchable).
        const fetched = await downloadPhoto(hash);
        if ((await sha256HexOf(fetched)) !== hash) throw new PhotoUnavailableError('hash_mismatch');
        const blob = new Blob([await fetched.arrayBuffer()], { type: fetched.type || 'image/jpeg' });
        await fileStore.put(blob, { kind: 'material', draftId: '', type: blob.type });
        await fileStore.setUploadState(hash, 'uploaded', blob.size);
        return blob;
      },
      async listUnsent(caseId) {
        const docs = await db.files
          .find({ selector: { draftId: `case:${caseId}`, uploadState: 'local' } })
          .exec();
        return docs
          .map((doc) => doc.toJSON())
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.page - b.page)
          .map((doc) => ({ hash: doc.id, kind: doc.kind, materialId: doc.materialId, page: doc.page }));
      },
    },
    async revealIdentity(caseId, field) {
      // Logged on the device first (the number may show then); sent now in the background, or when online.
      await appendReveal(db, { caseId, field, at: new Date().toISOString() });
      void flushRevealQueue(db).catch(() => 0);
    },
    async recordCaseView(caseId) {
      await appendReveal(db, { caseId, field: 'case', at: new Date().toISOString() });
      void flushRevealQueue(db).catch(() => 0);
    },
  };
}
