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

/** The result of one pushed row: written (or a no-op duplicate), or a conflict to hand back. */
export type RowOutcome =
  | { kind: 'inserted'; rejected: boolean }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; document: WireDocument };
