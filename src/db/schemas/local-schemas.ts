/** Schemas of 咨询登记 (synced as on the wire: no personal data) and of the photo files kept on the device. */
import type { RxJsonSchema } from 'rxdb';
import type { Consultation } from '../../domain/wire/replication-messages';

/** The record as on the wire, plus the server's refusal when it refused it (device-only, never pushed). */
export type ConsultationDocType = Consultation & { rejection?: { code: string; reason: string } | null };

export const consultationSchema: RxJsonSchema<ConsultationDocType> = {
  title: 'consultations',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    regionCode: { type: 'string', maxLength: 12 },
    itemCode: { type: ['string', 'null'] },
    topic: { type: 'string' },
    minutes: { type: 'number' },
    actorId: { type: 'string' },
    clientTime: { type: 'string', maxLength: 40 },
    serverTime: { type: ['string', 'null'] },
    rejection: { type: ['object', 'null'] },
  },
  required: ['id', 'regionCode', 'itemCode', 'topic', 'minutes', 'actorId', 'clientTime', 'serverTime'],
  indexes: ['regionCode', 'clientTime'],
};

/**
 * A photo of a material (or a signature): metadata here, the bytes as an encrypted attachment
 * (`sealed`, AES-GCM with the data key). `id` is the SHA-256 of the plain bytes (what actions refer to).
 *
 * Version 1 adds what the intake knows about the file (kind, draft, material, page) and the state
 * 'local' (still in a draft: not to upload until the case is submitted).
 */
export interface FileDocTypeV0 {
  id: string;
  caseId: string;
  mimeType: string;
  size: number;
  createdAt: string;
  uploadState: 'waiting' | 'uploading' | 'uploaded';
  /** Bytes the server already holds (resumable upload offset). */
  uploadedBytes: number;
}

export interface FileDocType extends Omit<FileDocTypeV0, 'uploadState'> {
  /**
   * 'local' while in a draft, 'waiting' once submitted, until the server confirmed the hash ('uploaded').
   * 'evicted': uploaded, and the encrypted bytes were dropped from the device (photo-eviction.ts); the
   * metadata stays and the bytes are fetched again from the server when the photo is viewed.
   */
  uploadState: 'local' | 'waiting' | 'uploading' | 'uploaded' | 'evicted';
  kind: 'material' | 'signature';
  /** The draft the file was taken for ('' when unknown). `caseId` is '' until the case is submitted. */
  draftId: string;
  /** Material.id and the 1-based page (kind 'material'); '' and 0 otherwise. */
  materialId: string;
  page: number;
}

const filePropertiesV0 = {
  id: { type: 'string', maxLength: 64 },
  caseId: { type: 'string', maxLength: 64 },
  mimeType: { type: 'string' },
  size: { type: 'number' },
  createdAt: { type: 'string', maxLength: 40 },
  uploadState: { type: 'string', maxLength: 10 },
  uploadedBytes: { type: 'number' },
} as const;

export const fileSchemaV0: RxJsonSchema<FileDocTypeV0> = {
  title: 'files',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: filePropertiesV0,
  required: ['id', 'caseId', 'mimeType', 'size', 'createdAt', 'uploadState', 'uploadedBytes'],
  indexes: ['caseId', 'uploadState'],
  attachments: {},
};

export const fileSchema: RxJsonSchema<FileDocType> = {
  ...fileSchemaV0,
  primaryKey: 'id',
  version: 1,
  properties: {
    ...filePropertiesV0,
    kind: { type: 'string', maxLength: 10 },
    draftId: { type: 'string', maxLength: 64 },
    materialId: { type: 'string', maxLength: 64 },
    page: { type: 'number' },
  },
  required: [
    ...(fileSchemaV0.required as string[]),
    'kind',
    'draftId',
    'materialId',
    'page',
  ] as (keyof FileDocType)[],
  indexes: [...(fileSchemaV0.indexes ?? []), 'draftId'],
};

export function migrateFileToV1(doc: FileDocTypeV0): FileDocType {
  return { ...doc, kind: 'material', draftId: '', materialId: '', page: 0 };
}

export const fileMigrationStrategies = {
  1: migrateFileToV1,
};
