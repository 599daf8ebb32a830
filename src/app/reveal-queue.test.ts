/**
 * The audit queue on the device (reveals and case views): flushRevealQueue sends what it holds, oldest first,
 * with the device's time; one the server refuses stays queued without holding up the others; when the server
 * cannot be reached, the rest stays queued as it is.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDaibanDatabase, type DaibanDatabase } from '../db/daiban-database';
import { flushRevealQueue } from './case-services';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
let counter = 0;
const open: DaibanDatabase[] = [];

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

const item = (caseId: string, field: string) => ({ caseId, field, at: '2026-03-02T09:15:00+08:00' });

async function withQueue(items: ReturnType<typeof item>[]) {
  const db = await openDaibanDatabase({ name: `reveals${++counter}`, storage });
  open.push(db);
  await db.meta.upsert({ id: 'revealQueue', value: { items } });
  const queued = async () =>
    (
      (await db.meta.findOne('revealQueue').exec())?.toJSON().value as { items: { caseId: string }[] }
    ).items.map((entry) => entry.caseId);
  return { db, queued };
}

describe('the audit queue on the device', () => {
  it('sends what the server takes, keeps what it refuses, and stops when the server is gone', async () => {
    const { db, queued } = await withQueue([
      item('case-not-yet-on-server', 'idNumber'),
      item('case-a', 'case'),
      item('case-b', 'phone'),
      item('case-c', 'case'),
    ]);
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { caseId: string };
      bodies.push(body);
      if (body.caseId === 'case-not-yet-on-server')
        return new Response(JSON.stringify({ code: 'forbidden', message: '没有权限' }), { status: 403 });
      if (body.caseId === 'case-b') throw new TypeError('fetch failed'); // the link dropped
      return new Response(null, { status: 204 });
    });
    expect(await flushRevealQueue(db)).toBe(1);
    expect(bodies[1]).toEqual({ caseId: 'case-a', field: 'case', at: '2026-03-02T09:15:00+08:00' });
    expect(await queued()).toEqual(['case-not-yet-on-server', 'case-b', 'case-c']);

    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    expect(await flushRevealQueue(db)).toBe(3);
    expect(await queued()).toEqual([]);
  });
});
