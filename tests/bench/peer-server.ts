/**
 * The peer for the sync bench: a CouchDB-protocol server (express-pouchdb on PouchDB with the in-memory
 * adapter) on 127.0.0.1, holding the same wire documents as separate PouchDB documents (`_id` = id), one
 * database per collection. It also serves the bench page and the documents as JSON for the floor.
 */
import { createServer, type Server } from 'node:http';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

export interface PeerServer {
  url: string;
  /** Where the CouchDB API is mounted (databases caseheads, actions, pushactions). */
  couchUrl: string;
  floorUrls: { caseHeads: string; actions: string };
  docCount(db: string): Promise<number>;
  close(): Promise<void>;
}

type Wire = Record<string, unknown>;

const asPouchDoc = ({ _deleted: _ignored, ...doc }: Wire) => ({ ...doc, _id: String(doc.id) });

export async function startPeerServer(
  pageDir: string,
  docs: { caseHeads: Wire[]; actions: Wire[] },
): Promise<PeerServer> {
  const MemoryPouch = PouchDB.plugin(memoryAdapter)
    .plugin(mapreduce)
    .plugin(replication)
    .defaults({ adapter: 'memory' });
  const databases = {
    caseheads: new MemoryPouch('caseheads'),
    actions: new MemoryPouch('actions'),
    pushactions: new MemoryPouch('pushactions'),
  };
  const headsJson = JSON.stringify(docs.caseHeads);
  const actionsJson = JSON.stringify(docs.actions);
  const app = express();
  app.get('/bench-docs/caseHeads.json', (_req, res) => void res.type('json').send(headsJson));
  app.get('/bench-docs/actions.json', (_req, res) => void res.type('json').send(actionsJson));
  app.use(express.static(pageDir));
  // express-pouchdb is an Express 4 app (it sets req.query, which Express 5 forbids): it gets /db/* directly.
  const couch = expressPouchdb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/db' || path.startsWith('/db/') || path.startsWith('/db?')) {
      request.url = path.slice(3) || '/';
      couch(request, response);
    } else app(request, response);
  });
  await new Promise<void>((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  // Create the databases through the server (so it lists them), then fill them in process (same memory store).
  for (const name of Object.keys(databases)) {
    const response = await fetch(`${url}/db/${name}`, { method: 'PUT' });
    if (!response.ok && response.status !== 412) throw new Error(`PUT /db/${name}: ${response.status}`);
  }
  const load = async (db: (typeof databases)['actions'], rows: Wire[]) => {
    for (let start = 0; start < rows.length; start += 1_000)
      await db.bulkDocs(rows.slice(start, start + 1_000).map(asPouchDoc));
  };
  await load(databases.caseheads, docs.caseHeads);
  await load(databases.actions, docs.actions);

  return {
    url,
    couchUrl: `${url}/db`,
    floorUrls: { caseHeads: `${url}/bench-docs/caseHeads.json`, actions: `${url}/bench-docs/actions.json` },
    docCount: async (db) => (await databases[db as keyof typeof databases].info()).doc_count,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
