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
 */
export interface FileDocType {
  id: string;
  caseId: string;
  mimeType: string;
  size: number;
  createdAt: string;
  /** 'waiting' until the server confirmed the hash. */
  uploadState: 'waiting' | 'uploading' | 'uploaded';
  /** Bytes the server already holds (resumable upload offset). */
  uploadedBytes: number;
}

export const fileSchema: RxJsonSchema<FileDocType> = {
  title: 'files',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    caseId: { type: 'string', maxLength: 64 },
    mimeType: { type: 'string' },
    size: { type: 'number' },
    createdAt: { type: 'string', maxLength: 40 },
    uploadState: { type: 'string', maxLength: 10 },
    uploadedBytes: { type: 'number' },
  },
  required: ['id', 'caseId', 'mimeType', 'size', 'createdAt', 'uploadState', 'uploadedBytes'],
  indexes: ['caseId', 'uploadState'],
  attachments: {},
};
