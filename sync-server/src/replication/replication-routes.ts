/**
 * /api/replication/:collection/{pull,push,stream}: the wire contract of src/domain/wire/replication-messages.ts.
 * Pull and stream read the store filtered to the caller's jurisdiction in the query; push accepts actions and
 * consultations only, validates every row (400/403) before writing any, then writes row by row.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar/official-schedules';
import {
  PUSHABLE_COLLECTIONS,
  pullQuerySchema,
  pushRequestSchema,
  STREAM_HEARTBEAT_SECONDS,
  syncedCollectionSchema,
  type PullResponse,
  type PushResponse,
  type SyncedCollection,
} from '../../../src/domain/wire/replication-messages';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import type { ChangeNotifier } from '../fanout/change-notifier';
import { ApiHttpError } from '../http/api-error';
import { parseWith } from '../http/parse-body';
import type { Store, UserRecord } from '../store/store';
import { openChangeStream, type ChangeStream } from './change-stream';
import { checkActionId, prepareAction, pushAction } from './push-actions';
import type { PushContext, RowOutcome } from './push-context';
import { checkConsultationId, prepareConsultation, pushConsultation } from './push-consultations';
import { wireDocumentOf, type WireDocument } from './replication-documents';
import type { ReplicationMetrics } from './replication-metrics';

export interface ReplicationRoutesOptions {
  store: Store;
  auth: AuthService;
  notifier: ChangeNotifier;
  now: () => number;
  heartbeatMs?: number;
  metrics?: ReplicationMetrics;
}

const notFound = () => new ApiHttpError(404, 'not_found');

function collectionOf(request: FastifyRequest): SyncedCollection {
  const params = request.params as { collection?: unknown };
  const parsed = syncedCollectionSchema.safeParse(params.collection);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** Only the caller's own actions are added outside the prefix (a rejected action reaches its author). */
const pullOptionsOf = (collection: SyncedCollection, user: UserRecord) =>
  collection === 'actions' ? { authorId: user.id } : {};

export function registerReplicationRoutes(app: FastifyInstance, options: ReplicationRoutesOptions): void {
  const { store, notifier, metrics } = options;
  const preHandler = requireAuth(options.auth);
  const heartbeatMs = options.heartbeatMs ?? STREAM_HEARTBEAT_SECONDS * 1000;
  const streams = new Set<ChangeStream>();
  app.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.close();
  });

  app.get('/api/replication/:collection/pull', { preHandler }, async (request): Promise<PullResponse> => {
    const collection = collectionOf(request);
    const query = parseWith(pullQuerySchema, request.query);
    const { user } = authOf(request);
    const batch = await store.changesSince(
      collection,
      user.scope,
      query.seq,
      query.limit,
      pullOptionsOf(collection, user),
    );
    return {
      documents: batch.rows.map((row) => wireDocumentOf(collection, row.document)),
      checkpoint: { seq: batch.checkpoint },
    };
  });

  app.post('/api/replication/:collection/push', { preHandler }, async (request): Promise<PushResponse> => {
    const collection = collectionOf(request);
    if (!PUSHABLE_COLLECTIONS.some((pushable) => pushable === collection)) throw notFound();
    const rows = parseWith(pushRequestSchema, request.body);
    const { user } = authOf(request);
    const schedules = (await store.listHolidaySchedules()).map((record) => record.document);
    const ctx: PushContext = {
      user,
      now: new Date(options.now()).toISOString(),
      calendar: createOfficialWorkingDayCalendar(schedules),
    };
    // Every row is checked before any is written: a batch with an invalid or foreign row writes nothing.
    const run: { check: () => Promise<void>; write: () => Promise<RowOutcome> }[] =
      collection === 'actions'
        ? rows.map((row) => {
            const prepared = prepareAction(row.newDocumentState, user.scope);
            return {
              check: () => checkActionId(store, prepared, ctx),
              write: () => pushAction(store, prepared, ctx),
            };
          })
        : rows.map((row) => {
            const prepared = prepareConsultation(row.newDocumentState, ctx);
            return {
              check: () => checkConsultationId(store, prepared, ctx),
              write: () => pushConsultation(store, prepared, ctx),
            };
          });
    // An id already taken outside the caller's jurisdiction also refuses the whole batch before any write.
    for (const row of run) await row.check();
    const conflicts: WireDocument[] = [];
    let inserted = 0;
    try {
      for (const { write } of run) {
        const outcome = await write();
        if (outcome.kind !== 'unchanged') conflicts.push(outcome.document);
        if (outcome.kind === 'inserted') {
          inserted += 1;
          if (outcome.rejected) metrics?.rejectedActions.inc();
        }
      }
    } finally {
      if (inserted > 0)
        notifier.notify(collection === 'actions' ? ['actions', 'caseHeads'] : ['consultations']);
    }
    metrics?.pushedRows.inc({ collection }, rows.length);
    return { conflicts };
  });

  app.get('/api/replication/:collection/stream', { preHandler }, async (request, reply) => {
    const collection = collectionOf(request);
    const { user, deviceId } = authOf(request);
    reply.hijack();
    let stream: ChangeStream;
    try {
      stream = await openChangeStream({
        response: reply.raw,
        store,
        notifier,
        collection,
        scope: user.scope,
        authorId: collection === 'actions' ? user.id : undefined,
        heartbeatMs,
        logger: request.log,
        observeLag: metrics ? (seconds) => metrics.streamLag.observe(seconds) : undefined,
        async isStillAuthorised() {
          const [device, current] = await Promise.all([
            store.getDevice(deviceId),
            store.getUserById(user.id),
          ]);
          return device !== null && device.revokedAt === null && current !== null && current.isActive;
        },
        onClose() {
          streams.delete(stream);
          metrics?.openStreams.dec();
        },
      });
    } catch (error) {
      request.log.error({ err: error }, 'replication stream: could not open');
      reply.raw.destroy();
      return;
    }
    metrics?.openStreams.inc();
    streams.add(stream);
  });
}
