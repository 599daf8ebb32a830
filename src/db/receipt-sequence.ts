/**
 * The device's 收件凭证号: the last (date, counter) used is kept in `meta`, so a number is never issued
 * twice on this device, even across reloads and with the clock going backwards (nextReceiptSequence).
 *
 * deviceSeq: the server does not assign a per-device number yet, so `deviceSeqFromDeviceId` derives a
 * stable one (2–9999; 1 is what the demo history uses) from the server-assigned device id. CAVEAT: two
 * devices of the same station can map to the same number (birthday bound: ~1 % with 14 devices in one
 * village); their receipts then collide only if they also share date and counter. A server-assigned
 * deviceSeq at registration removes the risk; when the login response carries one, pass it instead.
 */
import type { IsoDate } from '../domain/calendar/working-day-calendar-type';
import {
  generateReceiptNo,
  MAX_DEVICE_SEQ,
  nextReceiptSequence,
  type ReceiptSequence,
} from '../domain/case/receipt-number';
import type { DaibanDatabase } from './daiban-database';

const SEQUENCE_ID = 'receiptSequence';

/** FNV-1a (32 bit) of the device id, mapped onto 2–MAX_DEVICE_SEQ. Stable for a device id. */
export function deviceSeqFromDeviceId(deviceId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of deviceId) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 2 + (hash % (MAX_DEVICE_SEQ - 1));
}

function isSequence(value: unknown): value is ReceiptSequence {
  if (typeof value !== 'object' || value === null) return false;
  const { date, counter } = value as Record<string, unknown>;
  return typeof date === 'string' && typeof counter === 'number';
}

export interface IssueReceiptOptions {
  regionCode: string;
  deviceSeq: number;
  /** The device's China date today (YYYY-MM-DD). */
  today: IsoDate;
}

/** Issues the next receipt number of this device and persists its sequence before answering. */
export async function issueReceiptNo(db: DaibanDatabase, options: IssueReceiptOptions): Promise<string> {
  const existing = await db.meta.findOne(SEQUENCE_ID).exec();
  const doc =
    existing ??
    (await db.meta.insert({ id: SEQUENCE_ID, value: {} }).catch(async (error: unknown) => {
      const other = await db.meta.findOne(SEQUENCE_ID).exec(); // another tab inserted it first
      // Not a race: the write itself failed. Keep its cause (a full disk must be recognisable).
      if (!other) throw error;
      return other;
    }));
  let issued: ReceiptSequence | null = null;
  await doc.incrementalModify((current) => {
    const last = isSequence(current.value) ? current.value : null;
    issued = nextReceiptSequence(last, options.today);
    return { ...current, value: { ...issued } };
  });
  if (!issued) throw new Error('receipt sequence not advanced');
  return generateReceiptNo({
    regionCode: options.regionCode,
    deviceSeq: options.deviceSeq,
    ...(issued as ReceiptSequence),
  });
}
