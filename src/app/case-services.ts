/**
 * What the case screens (agent's 办件, the township's 审核台) need from the device: the cases on the
 * local database (src/db/case-store), recording an action as the signed-in user (checked by the shared
 * reducer, stored pending, pushed by the sync engine), the photos of a case, and the audit of reveals.
 *
 * Features read it with `useCaseServices()`; `CaseServicesProvider` (LocalServicesProvider) wires it.
 */
import { createContext, useContext } from 'react';
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
import { createFileStore, type PhotoDownload } from '../db/file-store';
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

export type ActResult = { ok: true; head: CaseHead } | { ok: false; rejection: Rejection };

/** The ID-number fields whose reveal is audited (个人信息保护法: every reveal is logged). */
export type RevealField = 'idNumber' | 'phone';

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
    /** For viewing: on the device or fetched again when evicted (throws PhotoUnavailableError). */
    get(hash: string): Promise<Blob | null>;
  };
  /** Logs that the user revealed a field of a case: sent now, or queued on the device until online. */
  revealIdentity(caseId: string, field: RevealField): Promise<void>;
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
  field: RevealField;
  at: string;
}

async function readRevealQueue(db: DaibanDatabase): Promise<QueuedReveal[]> {
  const doc = await db.meta.findOne(REVEAL_QUEUE_ID).exec();
  const value = doc?.toJSON().value as { items?: unknown } | undefined;
  return Array.isArray(value?.items) ? (value.items as QueuedReveal[]) : [];
}

/** Sends the queued reveals, oldest first; stops at the first failure (kept for the next try). */
export async function flushRevealQueue(db: DaibanDatabase): Promise<number> {
  const queue = await readRevealQueue(db);
  let sent = 0;
  for (const reveal of queue) {
    try {
      await api.post('/api/audit/reveal', { caseId: reveal.caseId, field: reveal.field });
      sent += 1;
    } catch (error) {
      // A case the server does not know yet (submitted offline, not pushed) answers 403: try later.
      void error;
      break;
    }
  }
  if (sent > 0) {
    const rest = (await readRevealQueue(db)).slice(sent);
    await db.meta.upsert({ id: REVEAL_QUEUE_ID, value: { items: rest } });
  }
  return sent;
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
      get: (hash) => fileStore.getPhoto(hash, downloadPhoto),
    },
    async revealIdentity(caseId, field) {
      const queue = await readRevealQueue(db);
      await db.meta.upsert({
        id: REVEAL_QUEUE_ID,
        value: { items: [...queue, { caseId, field, at: new Date().toISOString() }] },
      });
      await flushRevealQueue(db).catch(() => 0);
    },
  };
}
