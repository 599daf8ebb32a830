/**
 * PostgreSQL schema, in order: the same tables as sqlite-migrations.ts with native types (TIMESTAMPTZ,
 * JSONB, BOOLEAN, BIGINT). `seq` comes from replication_seq, taken only while holding the replication
 * advisory lock (postgres-store.ts), so seq order is commit order.
 */
import type { Migration } from './migration';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_initial',
    sql: `
CREATE SEQUENCE replication_seq AS BIGINT START 1;

CREATE TABLE regions (
  code TEXT PRIMARY KEY CHECK (length(code) = 12),
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village')),
  parent_code TEXT REFERENCES regions (code) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  registered_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX devices_user ON devices (user_id);

CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  issued_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  rotated_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id);

CREATE TABLE catalogue_items (
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  document JSONB NOT NULL,
  published_at TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  PRIMARY KEY (code, version)
);

CREATE TABLE holiday_schedules (
  year INTEGER PRIMARY KEY,
  document JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  region_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  rejection JSONB,
  action JSONB NOT NULL,
  author_id TEXT NOT NULL,
  server_time TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);
CREATE INDEX actions_case ON actions (case_id, seq);
CREATE INDEX actions_region ON actions (region_code text_pattern_ops, seq);

CREATE TABLE case_heads (
  case_id TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,
  head JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);
CREATE INDEX case_heads_region ON case_heads (region_code text_pattern_ops, seq);

CREATE TABLE audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  details JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_target ON audit_log (target, id);
`,
  },
  {
    id: '0002_consultations',
    sql: `
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,
  document JSONB NOT NULL,
  author_id TEXT NOT NULL,
  server_time TIMESTAMPTZ NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);
CREATE INDEX consultations_region ON consultations (region_code text_pattern_ops, seq);
CREATE INDEX actions_author ON actions (author_id, seq);
`,
  },
  {
    id: '0003_receipt_lookup',
    sql: `
ALTER TABLE case_heads ADD COLUMN receipt_no TEXT;
UPDATE case_heads SET receipt_no = head->>'receiptNo';
CREATE INDEX case_heads_receipt_no ON case_heads (receipt_no);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX users_scope ON users (scope text_pattern_ops);
`,
  },
  {
    // 电子监察 thresholds per district (every setting kept: the one in force at a 差评 fixes its due dates)
    // and the 差评 回访/整改 follow-ups (one per case; `revision` guards concurrent steps).
    id: '0004_supervision',
    sql: `
CREATE TABLE supervision_thresholds (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  district_code TEXT NOT NULL CHECK (length(district_code) = 6),
  document JSONB NOT NULL,
  set_by TEXT NOT NULL,
  set_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX supervision_thresholds_district ON supervision_thresholds (district_code, id);

CREATE TABLE follow_ups (
  case_id TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('awaiting_visit', 'awaiting_rectification', 'rectified', 'closed')),
  document JSONB NOT NULL,
  revision INTEGER NOT NULL CHECK (revision > 0),
  updated_by TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX follow_ups_region ON follow_ups (region_code text_pattern_ops);
`,
  },
];
