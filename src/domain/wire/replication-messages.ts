/**
 * The replication protocol between tablets (RxDB `replicateRxCollection`) and the sync server.
 *
 * Per synced collection:
 *   GET  /api/replication/:collection/pull?seq=<checkpoint seq>&limit=<n>  → PullResponse
 *   POST /api/replication/:collection/push   body PushRequest                → PushResponse
 *   GET  /api/replication/:collection/stream (Server-Sent Events)          → StreamEvent per `data:` line
 *
 * Order is the server-assigned `seq` (commit order), never a client clock. The checkpoint is `{ seq }`.
 * Every document on the wire carries `_deleted` as RxDB expects (always false: nothing is deleted,
 * a withdrawn case is a state, not a deletion).
 */
import { z } from 'zod';
import { caseHeadSchema, REJECTION_CODES } from '../case/case-types';

/** Collections tablets replicate. Pull-only unless listed in PUSHABLE_COLLECTIONS. */
export const SYNCED_COLLECTIONS = [
  'regions', // 行政区划 in the user's scope and its ancestors (pull)
  'users', // staff reference data in scope, never password hashes (pull)
  'catalogue', // 事项目录, every published version (pull)
  'holidays', // official working-day schedules (pull)
  'caseHeads', // 办件 heads folded by the server (pull)
  'actions', // 办理环节 records (push insert-only, pull with the server's verdict)
  'consultations', // 咨询登记 records (push insert-only, pull)
] as const;
export const syncedCollectionSchema = z.enum(SYNCED_COLLECTIONS);
export type SyncedCollection = z.infer<typeof syncedCollectionSchema>;

export const PUSHABLE_COLLECTIONS = [
  'actions',
  'consultations',
] as const satisfies readonly SyncedCollection[];
export type PushableCollection = (typeof PUSHABLE_COLLECTIONS)[number];

/** Default and maximum documents per pull: small pages suit weak 2G/3G links. */
export const PULL_BATCH_DEFAULT = 100;
export const PULL_BATCH_MAX = 500;
/**
 * What the app pulls with: the largest page. A first sync writes tens of thousands of records, and every page
 * costs a request and an IndexedDB transaction; 500 records are about 60 KB gzipped, 2 s on Regular 2G.
 */
export const PULL_BATCH_DEVICE = PULL_BATCH_MAX;
/** Maximum rows in one push. */
export const PUSH_BATCH_MAX = 100;
/** Seconds between SSE heartbeat comments. */
export const STREAM_HEARTBEAT_SECONDS = 15;

export const checkpointSchema = z.object({ seq: z.number().int().min(0) });
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const pullQuerySchema = z
  .object({
    seq: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(PULL_BATCH_MAX).default(PULL_BATCH_DEFAULT),
  })
  .strict();

/** Server's verdict on a pushed action. `pending` exists only on the device, before the server answered. */
export const actionSyncStatusSchema = z.enum(['pending', 'accepted', 'rejected']);
export type ActionSyncStatus = z.infer<typeof actionSyncStatusSchema>;

export const rejectionSchema = z.object({
  code: z.union([z.enum(REJECTION_CODES), z.string().max(40)]),
  reason: z.string().max(1000),
});

/**
 * An action document as replicated: the device's CaseAction (validated by parseCaseAction on the server)
 * plus the server's verdict. The device pushes it with status 'pending' and serverTime/seq null.
 */
export const actionDocumentFields = {
  status: actionSyncStatusSchema,
  rejection: rejectionSchema.nullable(),
  serverTime: z.string().nullable(),
};

/** A case head document: the CaseHead (id = case id). */
export const caseHeadDocumentSchema = caseHeadSchema;

/** 咨询登记: an enquiry answered without a case. Insert-only. */
export const consultationSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    regionCode: z.string().regex(/^\d{12}$/),
    /** 实施编码 of the item asked about, or null for a general enquiry. */
    itemCode: z.string().max(64).nullable(),
    topic: z.string().trim().min(1).max(200),
    minutes: z.number().int().min(1).max(480),
    actorId: z.string().min(1).max(64),
    clientTime: z.string().datetime({ offset: true }),
    serverTime: z.string().nullable(),
  })
  .strict();
export type Consultation = z.infer<typeof consultationSchema>;

/** One row of a push, as RxDB sends it. */
export const pushRowSchema = z.object({
  assumedMasterState: z.record(z.string(), z.unknown()).nullable().optional(),
  newDocumentState: z.record(z.string(), z.unknown()),
});
export const pushRequestSchema = z.array(pushRowSchema).min(1).max(PUSH_BATCH_MAX);
export type PushRow = z.infer<typeof pushRowSchema>;

/**
 * Push answer: the server's state of every document whose pushed state conflicts with it (RxDB resolves
 * those on the device). An insert-only record pushed twice with the same content is not a conflict.
 * A rejected action is NOT a conflict either: it is stored with its reason and comes back through pull.
 */
export interface PushResponse<D = Record<string, unknown>> {
  conflicts: D[];
}

export interface PullResponse<D = Record<string, unknown>> {
  documents: (D & { _deleted: boolean })[];
  checkpoint: Checkpoint;
}

/** What one SSE `data:` line carries: new documents, or RESYNC (the client then pulls from its checkpoint). */
export type StreamEvent<D = Record<string, unknown>> = PullResponse<D> | 'RESYNC';
