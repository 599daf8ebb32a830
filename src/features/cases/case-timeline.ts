/**
 * The 办理过程 of a case as shown: every step on the head's timeline (who, when, what), marked 待上传
 * while it is one of this device's actions the server has not confirmed, then this device's actions the
 * server refused (被退回), with the server's reason. Nothing the agent did vanishes from the screen.
 */
import type { ActionType, CaseHead } from '../../domain/case/case-types';
import type { Role } from '../../domain/roles';
import type { WireAction } from '../../db/record-sealing';

export type TimelineRowState = 'synced' | 'pending' | 'rejected';

export interface TimelineRow {
  key: string;
  type: ActionType;
  actorName: string;
  actorRole: Role;
  /** ISO time: the server's for confirmed steps, the tablet's for the others. */
  at: string;
  /** The domain's Chinese one-line summary, or the refusal reason. */
  summary: string;
  state: TimelineRowState;
}

export function timelineRowsOf(head: CaseHead, actions: readonly WireAction[]): TimelineRow[] {
  const pending = new Set(actions.filter((a) => a.status === 'pending').map((a) => a.id));
  const rows: TimelineRow[] = head.timeline.map((entry) => ({
    key: entry.actionId,
    type: entry.type,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    at: entry.at,
    summary: entry.summary,
    state: pending.has(entry.actionId) ? 'pending' : 'synced',
  }));
  const onTimeline = new Set(head.timeline.map((entry) => entry.actionId));
  const refused = actions
    .filter((a) => a.status === 'rejected' && !onTimeline.has(a.id))
    .sort((a, b) => a.clientTime.localeCompare(b.clientTime) || a.id.localeCompare(b.id));
  for (const action of refused) {
    rows.push({
      key: action.id,
      type: action.type,
      actorName: action.actorName,
      actorRole: action.actorRole,
      at: action.clientTime,
      summary: action.rejection?.reason ?? '',
      state: 'rejected',
    });
  }
  return rows;
}
