/**
 * The records the store keeps. Times are ISO 8601 strings (UTC, with milliseconds) in both dialects.
 * Documents (catalogue items, holiday schedules, actions, case heads) are kept as JSON and typed with the
 * domain types; the store does not re-validate what the server already parsed on the way in.
 */
import type { CaseAction, CaseHead, Rejection } from '../../../src/domain/case/case-types';
import type { HolidaySchedule } from '../../../src/domain/calendar/holiday-schedule';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import type { Role } from '../../../src/domain/roles';
import type { Consultation } from '../../../src/domain/wire/replication-messages';

export type RegionLevel = 'county' | 'township' | 'village';

/** 行政区划: a district (county level), a township or a village station. */
export interface RegionRecord {
  /** 12-digit 行政区划代码 */
  code: string;
  name: string;
  level: RegionLevel;
  /** 12-digit code of the parent, null for the district. */
  parentCode: string | null;
  /** 区 / 街道 / 镇 / 乡 / 社区 / 村 */
  kind: string;
}

export interface NewUser {
  id: string;
  username: string;
  /** Staff display name (staff names are not citizens' personal data, but still kept out of logs). */
  name: string;
  role: Role;
  /** Jurisdiction: a 6, 9 or 12-digit region code prefix. */
  scope: string;
  /** Encoded scrypt hash (see auth/password-hash.ts). */
  passwordHash: string;
  isActive?: boolean;
}

export interface UserRecord extends Required<NewUser> {
  createdAt: string;
  updatedAt: string;
}

/** What the users collection replicates: never the password hash. */
export type PublicUser = Omit<UserRecord, 'passwordHash'>;

export interface DeviceRecord {
  /** Server-generated ulid, or the id the device brought on its first login. */
  id: string;
  userId: string;
  /** e.g. "Android 平板 / Chrome 140" */
  name: string;
  registeredAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

export interface RefreshTokenRecord {
  /** SHA-256 (hex) of the token: the token itself is never stored. */
  tokenHash: string;
  userId: string;
  deviceId: string;
  issuedAt: string;
  expiresAt: string;
  /** Set when the token was exchanged for a new one (rotation). */
  rotatedAt: string | null;
  /** Set on logout, on device revocation, or when a rotated token was presented again. */
  revokedAt: string | null;
}

export interface CatalogueItemRecord {
  code: string;
  version: number;
  document: ServiceItem;
  publishedAt: string;
  seq: number;
}

export interface HolidayScheduleRecord {
  year: number;
  document: HolidaySchedule;
  updatedAt: string;
  seq: number;
}

export type ActionStatus = 'accepted' | 'rejected';

/** An action as the server stored it: the device's record plus the server's verdict and order. */
export interface NewActionRecord {
  id: string;
  caseId: string;
  /** 12-digit region code of the case's village station. */
  regionCode: string;
  status: ActionStatus;
  rejection: Rejection | null;
  action: CaseAction;
  /** The authenticated user who pushed it (may differ from action.actorId only in a rejected action). */
  authorId: string;
  serverTime: string;
}

export interface ActionRecord extends NewActionRecord {
  seq: number;
}

export type InsertActionResult = { status: 'inserted'; seq: number } | { status: 'duplicate' };

export interface NewCaseHeadRecord {
  caseId: string;
  regionCode: string;
  head: CaseHead;
  updatedAt: string;
}

export interface CaseHeadRecord extends NewCaseHeadRecord {
  seq: number;
}

/** 咨询登记 as stored: the device's record with the server's time (insert-only). */
export interface NewConsultationRecord {
  id: string;
  regionCode: string;
  /** The record as replicated (serverTime set by the server). */
  document: Consultation;
  /** The authenticated user who pushed it. */
  authorId: string;
  serverTime: string;
}

export interface ConsultationRecord extends NewConsultationRecord {
  seq: number;
}

export type InsertConsultationResult = { status: 'inserted'; seq: number } | { status: 'duplicate' };

/** A device with the account it belongs to (for the admins' device list). */
export interface DeviceWithUser extends DeviceRecord {
  username: string;
  userRole: Role;
  userScope: string;
}

/** Who did what to which target, when. Details must not carry personal data (no names, ID numbers, phones). */
export interface NewAuditEntry {
  /** User id, or null for the system (seeding, migrations). */
  actorId: string | null;
  /** e.g. 'auth.login', 'auth.login_failed', 'device.revoke', 'seed.demo' */
  action: string;
  /** e.g. 'user:01H…', 'device:01H…' */
  target: string;
  at: string;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditEntry extends Required<NewAuditEntry> {
  id: number;
}

/** Filters of the audit query; times are ISO 8601 (from inclusive, to exclusive). */
export interface AuditQuery {
  /** Only entries whose actor is a user with a scope starting with this prefix (digits; '' = everyone). */
  actorScope: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

/** The replicated collections and the document each change row carries. */
export interface ReplicatedDocuments {
  regions: RegionRecord;
  users: PublicUser;
  catalogue: CatalogueItemRecord;
  holidays: HolidayScheduleRecord;
  actions: ActionRecord;
  caseHeads: CaseHeadRecord;
  consultations: ConsultationRecord;
}
export type ReplicatedCollection = keyof ReplicatedDocuments;
export const REPLICATED_COLLECTIONS = [
  'regions',
  'users',
  'catalogue',
  'holidays',
  'actions',
  'caseHeads',
  'consultations',
] as const satisfies readonly ReplicatedCollection[];

export interface ChangeRow<C extends ReplicatedCollection> {
  seq: number;
  document: ReplicatedDocuments[C];
}

/** Extra pull options: `authorId` also feeds that user's own actions wherever they lie. */
export interface ChangesOptions {
  authorId?: string;
}

export interface ChangeBatch<C extends ReplicatedCollection> {
  rows: ChangeRow<C>[];
  /** seq of the last row, or the checkpoint passed in when there were none. */
  checkpoint: number;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}
