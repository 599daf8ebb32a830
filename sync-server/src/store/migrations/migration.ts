/** One schema migration: applied once, in id order, recorded in schema_migrations. */
export interface Migration {
  /** Sortable and never renamed once released, e.g. "0001_initial". */
  id: string;
  /** One or more statements, run inside the migration transaction. */
  sql: string;
}
