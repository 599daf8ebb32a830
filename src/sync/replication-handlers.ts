/**
 * Pull and push handlers for RxDB's `replicateRxCollection`, speaking the wire contract of
 * src/domain/wire/replication-messages.ts through the app's ApiClient (timeouts, token refresh,
 * device revocation). Each handler converts between wire records and device records (sealing personal
 * data) with the converters it is given, so tests run them against a fake fetch and plain converters.
 *
 * A record the server refuses outright (400 on its own) never blocks the queue: it comes back to the
 * device as a conflict carrying status 'rejected' and the server's reason, RxDB stores that, and the
 * push moves on. (Actions the reducer refuses are not errors: the server stores them with their reason
 * and they come back through pull.)
 */
import {
  PULL_BATCH_DEFAULT,
  PUSH_BATCH_MAX,
  type Checkpoint,
  type PullResponse,
  type PushResponse,
  type SyncedCollection,
} from '../domain/wire/replication-messages';
import { isApiClientError, SERVER_ERROR_CODES, type ApiClient } from './api-client';

export type WireDocument = Record<string, unknown> & { _deleted: boolean };
/** A device document as RxDB hands it to the push handler (with `_deleted`). */
export type LocalDocument<L> = L & { _deleted: boolean };

export interface RecordConverters<L> {
  toLocal(wire: WireDocument): Promise<L>;
  toWire(local: L): Promise<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePull(data: unknown): PullResponse {
  if (
    !isRecord(data) ||
    !Array.isArray(data.documents) ||
    !isRecord(data.checkpoint) ||
    !Number.isInteger(data.checkpoint.seq)
  ) {
    throw new Error('malformed pull response');
  }
  return data as unknown as PullResponse;
}

export async function toLocalDocuments<L>(
  documents: readonly Record<string, unknown>[],
  converters: RecordConverters<L>,
): Promise<LocalDocument<L>[]> {
  return Promise.all(
    documents.map(async (wire) => {
      const isDeleted = wire._deleted === true;
      const local = await converters.toLocal({ ...wire, _deleted: isDeleted });
      return { ...local, _deleted: isDeleted };
    }),
  );
}

/** GET /api/replication/:collection/pull?seq=&limit= → RxDB's { documents, checkpoint }. */
export function createPullHandler<L>(
  api: ApiClient,
  collection: SyncedCollection,
  converters: RecordConverters<L>,
) {
  return async (
    checkpoint: Checkpoint | undefined,
    batchSize: number,
  ): Promise<{ documents: LocalDocument<L>[]; checkpoint: Checkpoint }> => {
    const seq = checkpoint?.seq ?? 0;
    const limit = batchSize > 0 ? batchSize : PULL_BATCH_DEFAULT;
    const answer = parsePull(await api.get(`/api/replication/${collection}/pull?seq=${seq}&limit=${limit}`));
    return { documents: await toLocalDocuments(answer.documents, converters), checkpoint: answer.checkpoint };
  };
}

interface PushRow<L> {
  assumedMasterState?: LocalDocument<L> | null;
  newDocumentState: LocalDocument<L>;
}

export interface PushHandlerOptions<L> {
  /** The device record marked as refused by the server (status 'rejected' with the reason). */
  markRefused(local: LocalDocument<L>, reason: { code: string; reason: string }): LocalDocument<L>;
}

/** POST /api/replication/:collection/push with RxDB's rows → the conflicting master states. */
export function createPushHandler<L>(
  api: ApiClient,
  collection: SyncedCollection,
  converters: RecordConverters<L>,
  options: PushHandlerOptions<L>,
) {
  const wireRow = async (row: PushRow<L>) => ({
    assumedMasterState: row.assumedMasterState
      ? { ...(await converters.toWire(row.assumedMasterState)), _deleted: row.assumedMasterState._deleted }
      : null,
    newDocumentState: {
      ...(await converters.toWire(row.newDocumentState)),
      _deleted: row.newDocumentState._deleted,
    },
  });

  const send = async (rows: readonly PushRow<L>[]): Promise<LocalDocument<L>[]> => {
    const body = await Promise.all(rows.map(wireRow));
    const answer = await api.post<PushResponse>(`/api/replication/${collection}/push`, body);
    const conflicts = isRecord(answer) && Array.isArray(answer.conflicts) ? answer.conflicts : [];
    return toLocalDocuments(conflicts as Record<string, unknown>[], converters);
  };

  const isRefusal = (error: unknown) =>
    isApiClientError(error) &&
    (error.code === SERVER_ERROR_CODES.validation ||
      error.code === SERVER_ERROR_CODES.forbidden ||
      error.code === SERVER_ERROR_CODES.tooLarge);

  return async (rows: PushRow<L>[]): Promise<LocalDocument<L>[]> => {
    const conflicts: LocalDocument<L>[] = [];
    for (let start = 0; start < rows.length; start += PUSH_BATCH_MAX) {
      const batch = rows.slice(start, start + PUSH_BATCH_MAX);
      try {
        conflicts.push(...(await send(batch)));
      } catch (error) {
        if (!isRefusal(error)) throw error; // network, server down: RxDB retries the whole batch later
        // One bad record must not block the others: send them one by one and keep the refusals.
        for (const row of batch) {
          try {
            conflicts.push(...(await send([row])));
          } catch (rowError) {
            if (!isRefusal(rowError) || !isApiClientError(rowError)) throw rowError;
            conflicts.push(
              options.markRefused(row.newDocumentState, {
                code: rowError.code,
                reason: rowError.serverMessage ?? rowError.message,
              }),
            );
          }
        }
      }
    }
    return conflicts;
  };
}
