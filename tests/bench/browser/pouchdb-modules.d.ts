/** The little of PouchDB and express-pouchdb the sync bench uses (the packages ship no types). */
declare module 'pouchdb-browser' {
  export interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    docs_read: number;
  }
  export interface PouchDatabase {
    info(): Promise<{ doc_count: number }>;
    bulkDocs(docs: readonly object[]): Promise<unknown[]>;
    destroy(): Promise<unknown>;
  }
  interface PouchDBStatic {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    replicate(
      source: string | PouchDatabase,
      target: string | PouchDatabase,
      options?: Record<string, unknown>,
    ): Promise<ReplicationResult>;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'pouchdb-core' {
  export interface NodePouchDatabase {
    bulkDocs(docs: readonly object[], options?: Record<string, unknown>): Promise<unknown[]>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
  }
  export interface NodePouchDBStatic {
    new (name: string, options?: Record<string, unknown>): NodePouchDatabase;
    plugin(plugin: unknown): NodePouchDBStatic;
    defaults(options: Record<string, unknown>): NodePouchDBStatic;
  }
  const PouchDB: NodePouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** An Express 4 application (its own nested express), usable as a plain Node request handler. */
  function expressPouchdb(
    PouchDB: unknown,
    options?: Record<string, unknown>,
  ): (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;
  export default expressPouchdb;
}
