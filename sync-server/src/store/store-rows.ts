/** Row → record mappers shared by both dialects (column names are the same in both schemas). */
import { roleSchema } from '../../../src/domain/roles';
import type { Rejection } from '../../../src/domain/case/case-types';
import { bool, int, json, jsonOrNull, text, textOrNull, type SqlRow } from './sql-driver';
import type {
  ActionRecord,
  ActionStatus,
  AuditEntry,
  CaseHeadRecord,
  CatalogueItemRecord,
  ConsultationRecord,
  DeviceRecord,
  DeviceWithUser,
  HolidayScheduleRecord,
  PublicUser,
  RefreshTokenRecord,
  RegionLevel,
  RegionRecord,
  UserRecord,
} from './store-records';

const REGION_LEVELS: readonly RegionLevel[] = ['county', 'township', 'village'];

function regionLevel(value: string): RegionLevel {
  const level = REGION_LEVELS.find((candidate) => candidate === value);
  if (level === undefined) throw new TypeError(`unknown region level ${value}`);
  return level;
}

function actionStatus(value: string): ActionStatus {
  if (value === 'accepted' || value === 'rejected') return value;
  throw new TypeError(`unknown action status ${value}`);
}

export function regionFrom(row: SqlRow): RegionRecord {
  return {
    code: text(row, 'code'),
    name: text(row, 'name'),
    level: regionLevel(text(row, 'level')),
    parentCode: textOrNull(row, 'parent_code'),
    kind: text(row, 'kind'),
  };
}

export function publicUserFrom(row: SqlRow): PublicUser {
  return {
    id: text(row, 'id'),
    username: text(row, 'username'),
    name: text(row, 'name'),
    role: roleSchema.parse(text(row, 'role')),
    scope: text(row, 'scope'),
    isActive: bool(row, 'is_active'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
  };
}

export function userFrom(row: SqlRow): UserRecord {
  return { ...publicUserFrom(row), passwordHash: text(row, 'password_hash') };
}

export function deviceFrom(row: SqlRow): DeviceRecord {
  return {
    id: text(row, 'id'),
    userId: text(row, 'user_id'),
    name: text(row, 'name'),
    registeredAt: text(row, 'registered_at'),
    lastSeenAt: text(row, 'last_seen_at'),
    revokedAt: textOrNull(row, 'revoked_at'),
  };
}

export function deviceWithUserFrom(row: SqlRow): DeviceWithUser {
  return {
    ...deviceFrom(row),
    username: text(row, 'username'),
    userRole: roleSchema.parse(text(row, 'user_role')),
    userScope: text(row, 'user_scope'),
  };
}

export function consultationFrom(row: SqlRow): ConsultationRecord {
  return {
    id: text(row, 'id'),
    regionCode: text(row, 'region_code'),
    document: json(row, 'document'),
    authorId: text(row, 'author_id'),
    serverTime: text(row, 'server_time'),
    seq: int(row, 'seq'),
  };
}

export function refreshTokenFrom(row: SqlRow): RefreshTokenRecord {
  return {
    tokenHash: text(row, 'token_hash'),
    userId: text(row, 'user_id'),
    deviceId: text(row, 'device_id'),
    issuedAt: text(row, 'issued_at'),
    expiresAt: text(row, 'expires_at'),
    rotatedAt: textOrNull(row, 'rotated_at'),
    revokedAt: textOrNull(row, 'revoked_at'),
  };
}

export function catalogueItemFrom(row: SqlRow): CatalogueItemRecord {
  return {
    code: text(row, 'code'),
    version: int(row, 'version'),
    document: json(row, 'document'),
    publishedAt: text(row, 'published_at'),
    seq: int(row, 'seq'),
  };
}

export function holidayScheduleFrom(row: SqlRow): HolidayScheduleRecord {
  return {
    year: int(row, 'year'),
    document: json(row, 'document'),
    updatedAt: text(row, 'updated_at'),
    seq: int(row, 'seq'),
  };
}

export function actionFrom(row: SqlRow): ActionRecord {
  return {
    id: text(row, 'id'),
    caseId: text(row, 'case_id'),
    regionCode: text(row, 'region_code'),
    status: actionStatus(text(row, 'status')),
    rejection: jsonOrNull<Rejection>(row, 'rejection'),
    action: json(row, 'action'),
    authorId: text(row, 'author_id'),
    serverTime: text(row, 'server_time'),
    seq: int(row, 'seq'),
  };
}

export function caseHeadFrom(row: SqlRow): CaseHeadRecord {
  return {
    caseId: text(row, 'case_id'),
    regionCode: text(row, 'region_code'),
    head: json(row, 'head'),
    updatedAt: text(row, 'updated_at'),
    seq: int(row, 'seq'),
  };
}

export function auditFrom(row: SqlRow): AuditEntry {
  return {
    id: int(row, 'id'),
    actorId: textOrNull(row, 'actor_id'),
    action: text(row, 'action'),
    target: text(row, 'target'),
    at: text(row, 'at'),
    details: json(row, 'details'),
  };
}
