/**
 * The intake's and the receipt's services on the device's database: drafts and photos sealed at rest
 * (src/db), the receipt number from the persisted sequence, and the submit recorded as a pending
 * `submit` action that the sync engine pushes.
 */
import { ulid } from 'ulid';
import { createOfficialWorkingDayCalendar, todayInChina } from '../domain/calendar';
import { applyAction } from '../domain/case/case-reducer';
import { parseCaseAction } from '../domain/case/case-types';
import type { SessionUser } from '../domain/wire/auth-messages';
import type { DataKeys } from '../db/crypto/field-cipher';
import type { DaibanDatabase } from '../db/daiban-database';
import { loadSubmission, recordSubmission, type SubmitAction } from '../db/case-submission';
import { createDraftStore } from '../db/draft-store';
import { createFileStore, type PhotoDownload } from '../db/file-store';
import { deviceSeqFromDeviceId, issueReceiptNo } from '../db/receipt-sequence';
import { isQuotaExceeded } from '../db/storage-quota';
import {
  StorageFullError,
  type DraftRepository,
  type FileRepository,
} from '../features/intake/draft-repository';
import { parseIntakeDraft, type IntakeDraft } from '../features/intake/intake-draft';
import type { SubmitPayload } from '../features/intake/build-submit-payload';
import type { IntakeServices } from '../features/intake/intake-services';
import type { ReceiptSource } from '../features/receipt/receipt-source';

export interface LocalServicesContext {
  db: DaibanDatabase;
  keys: DataKeys;
  user: SessionUser;
  /** The server-assigned device id ('' when the device never registered). */
  deviceId: string;
  /** Called after a submit is stored (e.g. to start uploading its photos). */
  onSubmitted?(): void;
  /** Fetches an evicted photo again from the server (photo-download.ts); without it, evicted photos are refused. */
  downloadPhoto?: PhotoDownload;
}

/**
 * Runs a write; the browser's "disk full" (QuotaExceededError in any of its wrappings) becomes the
 * intake's StorageFullError, which the wizard shows as 本机存储空间已满. Found by tests/fault: a full
 * disk used to read 照片无法读取，请重拍 on a photo and a bare 保存失败 on the draft.
 */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaExceeded(error) ? new StorageFullError(error) : error;
  }
}

function createDraftRepository({ db, keys, user }: LocalServicesContext): DraftRepository {
  const store = createDraftStore(db, keys, user.scope);
  return {
    load: async (id) => parseIntakeDraft(await store.load(id)),
    save: (draft) =>
      writing(() =>
        store.save({
          id: draft.id,
          regionCode: user.scope,
          itemCode: draft.item?.code ?? '',
          updatedAt: draft.updatedAt,
          applicantId:
            draft.applicant.kind === 'person' ? draft.applicant.idNumber : draft.applicant.creditCode,
          data: draft,
        }),
      ),
    list: async () =>
      (await store.list()).map(parseIntakeDraft).filter((draft): draft is IntakeDraft => draft !== null),
    remove: (id) => store.remove(id),
  };
}

function createFileRepository({ db, keys, downloadPhoto }: LocalServicesContext): FileRepository {
  const store = createFileStore(db, keys);
  // An evicted photo is fetched again when viewed; offline, getPhoto throws a PhotoUnavailableError
  // whose message is 照片已从本机清理，联网后可重新下载.
  return {
    put: (blob, meta) => writing(() => store.put(blob, meta)),
    get: (hash) => store.getPhoto(hash, downloadPhoto),
  };
}

/** The device's sequence number for receipt numbers (see src/db/receipt-sequence.ts for the caveat). */
export function deviceSeqOf(context: Pick<LocalServicesContext, 'deviceId' | 'user'>): number {
  return deviceSeqFromDeviceId(context.deviceId || context.user.id);
}

export function createLocalIntakeServices(context: LocalServicesContext): IntakeServices {
  const { db, keys, user } = context;
  const drafts = createDraftRepository(context);
  return {
    drafts,
    files: createFileRepository(context),
    loadLocalCatalogue: async () => {
      const newest = new Map<string, Record<string, unknown>>();
      for (const doc of await db.catalogue.find().exec()) {
        const data = doc.toJSON().data;
        const { code, version } = data as { code?: unknown; version?: unknown };
        if (typeof code !== 'string' || typeof version !== 'number') continue;
        const current = newest.get(code)?.version;
        if (typeof current !== 'number' || current < version) newest.set(code, data);
      }
      return [...newest.values()];
    },
    issueReceiptNo: () =>
      writing(() =>
        issueReceiptNo(db, {
          regionCode: user.scope,
          deviceSeq: deviceSeqOf(context),
          today: todayInChina(),
        }),
      ),
    submit: (payload, draft) => writing(() => recordSubmit(payload, draft)),
  };

  async function recordSubmit(payload: SubmitPayload, draft: IntakeDraft): Promise<void> {
    const clientTime = new Date().toISOString();
    const parsed = parseCaseAction({
      id: ulid(),
      caseId: ulid(),
      regionCode: user.scope,
      actorId: user.id,
      actorName: user.name,
      actorRole: user.role,
      deviceId: context.deviceId,
      clientTime,
      type: 'submit',
      payload,
    });
    if (!parsed.ok || parsed.action.type !== 'submit')
      throw new Error(parsed.ok ? 'not a submit' : parsed.message);
    const action: SubmitAction = parsed.action;
    const actor = { userId: user.id, name: user.name, role: user.role, scope: user.scope };
    const optimistic = applyAction(null, action, {
      actor,
      now: clientTime,
      calendar: createOfficialWorkingDayCalendar(),
    });
    await recordSubmission(db, keys, {
      action,
      optimisticHead: optimistic.ok ? optimistic.head : null,
      fileHashes: [
        ...payload.materials.flatMap((material) => material.files),
        payload.authorisationSignature,
      ],
      extras: {
        stationName: user.scopeName,
        deferred: Object.entries(draft.materials)
          .filter(([, line]) => line.isDeferred)
          .map(([materialId, line]) => ({ materialId, note: line.note })),
      },
    });
    // Only now that the action is stored: the draft goes.
    await drafts.remove(draft.id);
    context.onSubmitted?.();
  }
}

export function createLocalReceiptSource({ db, keys, user }: LocalServicesContext): ReceiptSource {
  return {
    load: async (receiptNo) => {
      const stored = await loadSubmission(db, keys, receiptNo);
      if (!stored) return null;
      const { action, extras } = stored;
      return {
        payload: action.payload,
        submittedAt: action.clientTime,
        station: { name: extras?.stationName ?? user.scopeName, regionCode: action.regionCode },
        agent: { name: action.actorName },
        ...(extras && extras.deferred.length > 0 ? { deferred: extras.deferred } : {}),
      };
    },
  };
}
