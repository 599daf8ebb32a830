/** The query string of the audit log's filters (GET /api/admin/audit). Pure. */

export interface AuditFilters {
  /** YYYY-MM-DD, China time, inclusive */
  from: string;
  /** YYYY-MM-DD, China time, inclusive (sent as the next day, exclusive) */
  to: string;
  actor: string;
  action: string;
}

/** The query string of the audit filters (empty filters left out). */
export function auditQueryOf(filters: AuditFilters, page: number, pageSize: number): string {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filters.from) query.set('from', filters.from);
  if (filters.to) {
    const next = new Date(`${filters.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    query.set('to', next.toISOString().slice(0, 10));
  }
  if (filters.actor) query.set('actor', filters.actor);
  if (filters.action) query.set('action', filters.action);
  return query.toString();
}
