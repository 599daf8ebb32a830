/** What every pushed row is judged with: the caller (from the access token), server time, the calendar. */
import type { WorkingDayCalendar } from '../../../src/domain/calendar/working-day-calendar-type';
import type { UserRecord } from '../store/store';
import type { WireDocument } from './replication-documents';

export interface PushContext {
  /** The authenticated user, as stored now (never taken from the pushed body). */
  user: UserRecord;
  /** Server time, ISO 8601. */
  now: string;
  calendar: WorkingDayCalendar;
}

/**
 * The result of one pushed row: written (or a no-op duplicate), or a conflict to hand back. A written row
 * also hands back the stored record (the server's verdict, time and so on) as a conflict: the device's
 * streamed copy of it may have arrived while the push was in flight, and RxDB skips a pulled copy of a
 * record with an unacknowledged local write, so the push answer is the one sure way for it to learn.
 */
export type RowOutcome =
  | { kind: 'inserted'; rejected: boolean; document: WireDocument }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; document: WireDocument };
