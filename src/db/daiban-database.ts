/**
 * The device database: RxDB on Dexie (IndexedDB), ten collections (the free RxDB build allows 13
 * open collections per process; keep the count below that).
 *
 * Personal data is sealed before it is written (see schemas/case-schemas.ts and crypto/); the database
 * itself is not encrypted, so reference data stays queryable before unlock.
 */
import {
  addRxPlugin,
  createRxDatabase,
  removeRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import {
  actionSchema,
  caseHeadMigrationStrategies,
  caseHeadSchema,
  draftSchema,
  type ActionDocType,
  type CaseHeadDocType,
  type DraftDocType,
} from './schemas/case-schemas';
import {
  consultationSchema,
  fileMigrationStrategies,
  fileSchema,
  type ConsultationDocType,
  type FileDocType,
} from './schemas/local-schemas';
import {
  metaSchema,
  referenceSchema,
  type MetaDocType,
  type ReferenceDocType,
} from './schemas/reference-schemas';

export const DATABASE_NAME = 'daiban';

export interface DaibanCollections {
  catalogue: RxCollection<ReferenceDocType>;
  regions: RxCollection<ReferenceDocType>;
  users: RxCollection<ReferenceDocType>;
  holidays: RxCollection<ReferenceDocType>;
  caseHeads: RxCollection<CaseHeadDocType>;
  actions: RxCollection<ActionDocType>;
  consultations: RxCollection<ConsultationDocType>;
  drafts: RxCollection<DraftDocType>;
  files: RxCollection<FileDocType>;
  meta: RxCollection<MetaDocType>;
}
export type DaibanDatabase = RxDatabase<DaibanCollections>;

let arePluginsAdded = false;
function addPlugins(): void {
  if (arePluginsAdded) return;
  arePluginsAdded = true;
  addRxPlugin(RxDBMigrationSchemaPlugin);
  addRxPlugin(RxDBLeaderElectionPlugin);
  addRxPlugin(RxDBAttachmentsPlugin);
}

export const COLLECTION_CREATORS = {
  catalogue: { schema: referenceSchema('catalogue') },
  regions: { schema: referenceSchema('regions') },
  users: { schema: referenceSchema('users') },
  holidays: { schema: referenceSchema('holidays') },
  caseHeads: { schema: caseHeadSchema, migrationStrategies: caseHeadMigrationStrategies },
  actions: { schema: actionSchema },
  consultations: { schema: consultationSchema },
  drafts: { schema: draftSchema },
  files: { schema: fileSchema, migrationStrategies: fileMigrationStrategies },
  meta: { schema: metaSchema },
};

export interface OpenDatabaseOptions {
  name?: string;
  /** Dexie on the browser's IndexedDB by default; tests pass Dexie on fake-indexeddb or memory. */
  storage?: RxStorage<unknown, unknown>;
}

export async function openDaibanDatabase(options: OpenDatabaseOptions = {}): Promise<DaibanDatabase> {
  addPlugins();
  const db = await createRxDatabase<DaibanCollections>({
    name: options.name ?? DATABASE_NAME,
    storage: options.storage ?? getRxStorageDexie(),
    multiInstance: true, // several tabs share the IndexedDB and see each other's writes
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections(COLLECTION_CREATORS);
  return db;
}

/** Deletes every collection and the database itself (logout, remote wipe). */
export async function removeDaibanDatabase(
  db: DaibanDatabase | null,
  options: OpenDatabaseOptions = {},
): Promise<void> {
  if (db && !db.closed) {
    await db.remove();
    return;
  }
  await removeRxDatabase(options.name ?? DATABASE_NAME, options.storage ?? getRxStorageDexie());
}
