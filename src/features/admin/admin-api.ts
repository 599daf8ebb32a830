/**
 * The administration screens' calls to the sync server (online only), through the app's ApiClient: answers
 * are checked with zod before a screen sees them. Endpoints: sync-server/src/admin/README.md.
 */
import { z } from 'zod';
import { api } from '../../app/api';
import { holidayScheduleSchema, type HolidaySchedule } from '../../domain/calendar/holiday-schedule';
import { serviceItemSchema, type ServiceItem } from '../../domain/catalogue/service-item';
import { roleSchema, type Role } from '../../domain/roles';
import type { AuditEntry } from './audit-entry-text';
import { auditQueryOf, type AuditFilters } from './audit-query';
import type { ItemBody } from './item-form';

const catalogueSchema = z.array(z.unknown());

/** The latest version of every item (retired ones too); an item that does not parse is left out. */
export async function fetchCatalogue(signal?: AbortSignal): Promise<ServiceItem[]> {
  const raw = await api.get('/api/catalogue', { schema: catalogueSchema, signal });
  return raw.flatMap((entry) => {
    const parsed = serviceItemSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

const versionsSchema = z.object({
  code: z.string(),
  versions: z.array(
    z.object({
      version: z.number(),
      publishedAt: z.string(),
      name: z.string(),
      isActive: z.boolean(),
      promisedDays: z.number(),
      legalDays: z.number(),
      materials: z.array(z.string()),
    }),
  ),
});
export type ItemVersions = z.infer<typeof versionsSchema>;

export function fetchItemVersions(code: string, signal?: AbortSignal): Promise<ItemVersions> {
  return api.get(`/api/admin/catalogue/${encodeURIComponent(code)}/versions`, {
    schema: versionsSchema,
    signal,
  });
}

export function publishItem(body: ItemBody): Promise<ServiceItem> {
  return api.post('/api/admin/catalogue', body, { schema: serviceItemSchema });
}

const importedItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  category: z.string(),
  change: z.enum(['new', 'changed', 'unchanged']),
  version: z.number(),
  changedFields: z.array(z.string()),
  materials: z.number(),
});
const importAnswerSchema = z.object({ format: z.enum(['xlsx', 'csv']), items: z.array(importedItemSchema) });
export type ImportAnswer = z.infer<typeof importAnswerSchema>;
export type ImportedItem = z.infer<typeof importedItemSchema>;

export const importIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;
export const importIssuesDetailsSchema = z.object({ issues: z.array(importIssueSchema), total: z.number() });

export function importCatalogue(
  file: { fileName: string; contentBase64: string },
  mode: 'check' | 'publish',
): Promise<ImportAnswer> {
  return api.post(
    '/api/admin/catalogue/import',
    { ...file, mode },
    { schema: importAnswerSchema, timeoutMs: 120_000 },
  );
}

const publicUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  scope: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublicUser = z.infer<typeof publicUserSchema>;

export async function fetchUsers(signal?: AbortSignal): Promise<PublicUser[]> {
  return (
    await api.get('/api/admin/users', { schema: z.object({ users: z.array(publicUserSchema) }), signal })
  ).users;
}

export function createUser(body: {
  username: string;
  name: string;
  role: Role;
  scope: string;
  password: string;
}): Promise<PublicUser> {
  return api.post('/api/admin/users', body, { schema: publicUserSchema });
}

export function disableUser(id: string): Promise<unknown> {
  return api.post(`/api/admin/users/${encodeURIComponent(id)}/disable`, {});
}

const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['county', 'township', 'village']),
  parentCode: z.string().nullable(),
  kind: z.string(),
});
export type Region = z.infer<typeof regionSchema>;
const stationSchema = regionSchema.extend({
  agents: z.number(),
  activeAgents: z.number(),
  devices: z.number(),
});
export type Station = z.infer<typeof stationSchema>;
const stationsSchema = z.object({ townships: z.array(regionSchema), stations: z.array(stationSchema) });
export type StationList = z.infer<typeof stationsSchema>;

export function fetchStations(signal?: AbortSignal): Promise<StationList> {
  return api.get('/api/admin/stations', { schema: stationsSchema, signal });
}

export function createStation(body: { code: string; name: string }): Promise<Region> {
  return api.post('/api/admin/stations', body, { schema: regionSchema });
}

export function renameStation(code: string, name: string): Promise<Region> {
  return api.post(`/api/admin/stations/${encodeURIComponent(code)}`, { name }, { schema: regionSchema });
}

/** Regions of the caller's jurisdiction and their ancestors (any role). */
export function fetchRegions(signal?: AbortSignal): Promise<Region[]> {
  return api.get('/api/regions', { schema: z.array(regionSchema), signal });
}

const deviceSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  registeredAt: z.string(),
  lastSeenAt: z.string(),
  revokedAt: z.string().nullable(),
  username: z.string(),
  userRole: roleSchema,
  userScope: z.string(),
});
export type Device = z.infer<typeof deviceSchema>;

export async function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  return (
    await api.get('/api/admin/devices', { schema: z.object({ devices: z.array(deviceSchema) }), signal })
  ).devices;
}

export function revokeDevice(id: string): Promise<unknown> {
  return api.post(`/api/admin/devices/${encodeURIComponent(id)}/revoke`, {});
}

const auditEntrySchema = z.object({
  id: z.number(),
  actorId: z.string().nullable(),
  action: z.string(),
  target: z.string(),
  at: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
}) satisfies z.ZodType<AuditEntry>;
const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export function fetchAuditPage(
  filters: AuditFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return api.get(`/api/admin/audit?${auditQueryOf(filters, page, pageSize)}`, {
    schema: auditPageSchema,
    signal,
  });
}

const actorsSchema = z.object({
  actors: z.array(
    z.object({ id: z.string(), username: z.string(), name: z.string(), role: roleSchema, scope: z.string() }),
  ),
});

export async function fetchAuditActors(signal?: AbortSignal) {
  return (await api.get('/api/admin/audit/actors', { schema: actorsSchema, signal })).actors;
}

const storedScheduleSchema = z.object({
  year: z.number(),
  updatedAt: z.string(),
  schedule: holidayScheduleSchema,
});
export type StoredSchedule = z.infer<typeof storedScheduleSchema>;

export async function fetchHolidaySchedules(signal?: AbortSignal): Promise<StoredSchedule[]> {
  return (
    await api.get('/api/admin/holidays', {
      schema: z.object({ schedules: z.array(storedScheduleSchema) }),
      signal,
    })
  ).schedules;
}

export function uploadHolidaySchedule(schedule: HolidaySchedule): Promise<StoredSchedule> {
  return api.post('/api/admin/holidays', schedule, { schema: storedScheduleSchema });
}
