/**
 * Schemas of the pull-only reference collections (regions, users, catalogue, holidays) and the local
 * `meta` collection. Reference documents keep the server's record whole under `data` with a stable `id`
 * and the few fields the app queries by, so a new server field never needs a client migration.
 */
import type { RxJsonSchema } from 'rxdb';

export interface ReferenceDocType {
  /** regions: the 12-digit code; users: the user id; catalogue: `code@version`; holidays: the year. */
  id: string;
  /** Region code the record belongs to ('' when it has none): regions, users (scope). */
  regionCode: string;
  /** The server's record, unchanged. */
  data: Record<string, unknown>;
}

export function referenceSchema(title: string): RxJsonSchema<ReferenceDocType> {
  return {
    title,
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 80 },
      regionCode: { type: 'string', maxLength: 12 },
      data: { type: 'object' },
    },
    required: ['id', 'regionCode', 'data'],
    indexes: ['regionCode'],
  };
}

/** Device-local settings and secrets: the wrapped key vault, the sealed session, the lock timeout. */
export interface MetaDocType {
  id: string;
  value: Record<string, unknown>;
}

export const metaSchema: RxJsonSchema<MetaDocType> = {
  title: 'meta',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    value: { type: 'object' },
  },
  required: ['id', 'value'],
};
