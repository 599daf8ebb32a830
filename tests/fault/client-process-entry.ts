/**
 * Child-process side of client-process.ts: one tablet (openSyncTestClient) per Node process, driven over
 * IPC. Options come in FAULT_CLIENT_OPTIONS (JSON); requests are { id, op, docs? }, answers { id, result }
 * or { id, error }.
 */
import type { SyncedDoc, SyncTestClientOptions } from '../support/sync-test-client';
import { openSyncTestClient } from '../support/sync-test-client';

export type ClientRequest =
  | { id: number; op: 'insert'; docs: SyncedDoc[] }
  | { id: number; op: 'snapshot' }
  | { id: number; op: 'heads'; ids: string[] }
  | { id: number; op: 'counts' }
  | { id: number; op: 'debug' }
  | { id: number; op: 'close' };

const options = JSON.parse(process.env.FAULT_CLIENT_OPTIONS ?? '{}') as SyncTestClientOptions;
const send = (message: unknown) => process.send?.(message);

try {
  const client = await openSyncTestClient(options);
  process.on('message', (request: ClientRequest) => {
    const answer = async (): Promise<unknown> => {
      switch (request.op) {
        case 'insert':
          await client.actions.bulkInsert(request.docs);
          return null;
        case 'snapshot':
          return {
            ...(await client.snapshot()),
            acknowledged: [...client.acknowledged],
          };
        case 'heads':
          return [...(await client.heads.findByIds(request.ids).exec()).values()].map((doc) => doc.toJSON());
        case 'counts':
          return {
            actions: await client.actions.count().exec(),
            heads: await client.heads.count().exec(),
            pending: await client.actions.count({ selector: { status: 'pending' } }).exec(),
          };
        case 'debug':
          return client.debug();
        case 'close':
          await client.close();
          setImmediate(() => process.exit(0));
          return null;
      }
    };
    answer().then(
      (result) => send({ id: request.id, result }),
      (error: unknown) => send({ id: request.id, error: String(error) }),
    );
  });
  send({ ready: true, actor: client.actor, deviceId: client.deviceId });
} catch (error) {
  send({ ready: false, error: String(error) });
  process.exit(1);
}
