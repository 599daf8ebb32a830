/**
 * The one storage interface of the sync server. Two implementations (sqlite-store.ts, postgres-store.ts)
 * pass the same contract suite (store-contract.ts).
 *
 * Replication: every replicated row (regions, users, catalogue, holidays, actions, case heads) carries a
 * `seq` the server assigns in COMMIT ORDER, so a puller reading "seq > checkpoint ORDER BY seq" never
 * skips a row that commits later with a smaller number.
 */
import type { CaseHead } from '../../../src/domain/case/case-types';
import type { HolidaySchedule } from '../../../src/domain/calendar/holiday-schedule';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import type {
  ActionRecord,
  AuditEntry,
  AuditPage,
  AuditQuery,
  PublicUser,
  CaseHeadRecord,
  CatalogueItemRecord,
  ChangeBatch,
  ChangesOptions,
  ConsultationRecord,
  DeviceRecord,
  DeviceWithUser,
  HolidayScheduleRecord,
  InsertActionResult,
  InsertConsultationResult,
  MigrationStatus,
  NewActionRecord,
  NewAuditEntry,
  NewCaseHeadRecord,
  NewConsultationRecord,
  NewUser,
  RefreshTokenRecord,
  RegionRecord,
  ReplicatedCollection,
  UserRecord,
} from './store-records';
import type { SupervisionStoreOps } from './supervision-ops';

export type * from './store-records';
export type * from './supervision-ops';

/**
 * The data operations: available on the store (each its own transaction) and inside `transaction`.
 * 电子监察 (thresholds per district, 差评 follow-ups): SupervisionStoreOps in supervision-ops.ts.
 */
export interface StoreOps extends SupervisionStoreOps {
  // 行政区划
  /** Inserts or updates regions (by code); each changed region gets a new seq. */
  upsertRegions(regions: readonly RegionRecord[]): Promise<void>;
  getRegion(code: string): Promise<RegionRecord | null>;
  /** Regions whose code starts with `scope`, plus the ancestors of the scope (its township, its district). */
  listRegionsInScope(scope: string): Promise<RegionRecord[]>;

  // users
  /** Throws StoreConflictError when the id or the username exists. */
  insertUser(user: NewUser, now: string): Promise<UserRecord>;
  getUserById(id: string): Promise<UserRecord | null>;
  /** Usernames compare case-sensitively as stored; callers trim. */
  getUserByUsername(username: string): Promise<UserRecord | null>;
  setUserActive(id: string, isActive: boolean, now: string): Promise<boolean>;
  setUserPasswordHash(id: string, passwordHash: string, now: string): Promise<boolean>;
  countUsers(): Promise<number>;

  // devices
  /** Throws StoreConflictError when the id exists. */
  insertDevice(device: DeviceRecord): Promise<void>;
  getDevice(id: string): Promise<DeviceRecord | null>;
  listDevicesOfUser(userId: string): Promise<DeviceRecord[]>;
  touchDevice(id: string, now: string, name?: string): Promise<void>;
  /** Devices of the users whose scope starts with `scope`, with their account, newest first. */
  listDevicesInScope(scope: string): Promise<DeviceWithUser[]>;
  /** Marks the device revoked and revokes its refresh tokens; false when unknown or already revoked. */
  revokeDevice(id: string, now: string): Promise<boolean>;

  // refresh tokens (stored hashed)
  insertRefreshToken(token: RefreshTokenRecord): Promise<void>;
  getRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /**
   * Exchanges a live token for `next` atomically: marks the old one rotated only if it is neither rotated
   * nor revoked nor expired at `now`, then inserts `next`. False (and nothing written) otherwise.
   */
  rotateRefreshToken(oldHash: string, next: RefreshTokenRecord, now: string): Promise<boolean>;
  revokeRefreshToken(tokenHash: string, now: string): Promise<boolean>;
  /** Revokes every not-yet-revoked refresh token of a device; returns how many. */
  revokeRefreshTokensOfDevice(deviceId: string, now: string): Promise<number>;

  // 事项目录 (versioned)
  /** Throws StoreConflictError when this code+version exists (a published version never changes). */
  publishCatalogueItem(item: ServiceItem): Promise<CatalogueItemRecord>;
  /** The latest version of every item, ordered by code. */
  listLatestCatalogue(): Promise<ServiceItem[]>;
  /** One version, or the latest when `version` is omitted. */
  getCatalogueItem(code: string, version?: number): Promise<ServiceItem | null>;

  // 节假日安排
  upsertHolidaySchedule(schedule: HolidaySchedule, now: string): Promise<HolidayScheduleRecord>;
  listHolidaySchedules(): Promise<HolidayScheduleRecord[]>;

  // 办理环节 (insert-only) and 办件 heads
  /** Insert-only: an id already stored is a no-op that reports 'duplicate' (the stored record is unchanged). */
  insertAction(action: NewActionRecord): Promise<InsertActionResult>;
  getAction(id: string): Promise<ActionRecord | null>;
  /** The actions of a case in server order (seq). */
  listActionsOfCase(caseId: string): Promise<ActionRecord[]>;
  /** Inserts or replaces the head; returns its new seq. */
  upsertCaseHead(head: NewCaseHeadRecord): Promise<number>;
  getCaseHead(caseId: string): Promise<CaseHeadRecord | null>;
  /**
   * Reads a head for a read-fold-write cycle. Inside a transaction this also serialises against every other
   * replicated write (PostgreSQL: the replication lock), so two servers cannot fold the same case at once.
   */
  getCaseHeadForUpdate(caseId: string): Promise<CaseHead | null>;

  /**
   * Whether an action of a case in the jurisdiction `scope` refers to the file with this SHA-256 (hex):
   * files are served only then.
   */
  isFileReferencedInScope(sha256: string, scope: string): Promise<boolean>;

  // 咨询登记 (insert-only)
  /** Insert-only: an id already stored is a no-op that reports 'duplicate'. */
  insertConsultation(record: NewConsultationRecord): Promise<InsertConsultationResult>;
  getConsultation(id: string): Promise<ConsultationRecord | null>;

  // audit log
  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(options?: { limit?: number; target?: string }): Promise<AuditEntry[]>;

  // replication change feed
  /**
   * Rows of `collection` with seq > checkpointSeq, in seq order, at most `limit`, filtered by jurisdiction
   * IN THE QUERY: regionCode LIKE scopePrefix || '%' (regions also include the scope's ancestors; the
   * catalogue and the holiday schedules are district-wide and ignore the prefix; users also include the
   * accounts whose scope is an ancestor of the prefix: the caller's township reviewers and district staff).
   * `options.authorId` adds that user's own actions (a rejected action always reaches its author).
   */
  changesSince<C extends ReplicatedCollection>(
    collection: C,
    scopePrefix: string,
    checkpointSeq: number,
    limit: number,
    options?: ChangesOptions,
  ): Promise<ChangeBatch<C>>;
  /** The highest seq assigned so far (0 when none). */
  maxSeq(): Promise<number>;

  // queries for reports, exports, the public progress page and administration (query-ops.ts)
  /** The head whose 收件凭证编号 is `receiptNo` (indexed column), or null. */
  getCaseHeadByReceiptNo(receiptNo: string): Promise<CaseHeadRecord | null>;
  /** Case heads whose region starts with `scope` (prefix in SQL), by case id. */
  listCaseHeadsInScope(scope: string): Promise<CaseHeadRecord[]>;
  /** Consultations whose region starts with `scope` (prefix in SQL), in seq order. */
  listConsultationsInScope(scope: string): Promise<ConsultationRecord[]>;
  /** Users whose own scope starts with `scope`, by username; never the password hash. */
  listUsersInScope(scope: string): Promise<PublicUser[]>;
  /** Audit entries matching the query, newest first, one page; `total` counts every match. */
  queryAudit(query: AuditQuery): Promise<AuditPage>;
}

export interface Store extends StoreOps {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending migrations inside one transaction; returns the ids applied now (none when up to date). */
  migrate(): Promise<string[]>;
  migrationStatus(): Promise<MigrationStatus>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Runs `fn` in one transaction: all its writes commit together or not at all (e.g. insert action +
   * upsert head). Use only the `tx` handed in inside `fn`; do not await unrelated slow work in it.
   */
  transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A uniqueness violation (user id/username, device id, catalogue code+version). */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} already exists`);
  }
}
