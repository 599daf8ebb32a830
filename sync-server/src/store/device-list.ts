/** The admins' device list: devices of the users of a jurisdiction, with their accounts. */
import { likePatternOf } from './region-scope';
import type { SqlDriver } from './sql-driver';
import type { DeviceWithUser } from './store-records';
import { deviceWithUserFrom } from './store-rows';

export async function listDevicesInScope(db: SqlDriver, scope: string): Promise<DeviceWithUser[]> {
  const rows = await db.all(
    'SELECT d.*, u.username, u.role AS user_role, u.scope AS user_scope FROM devices d ' +
      'JOIN users u ON u.id = d.user_id WHERE u.scope LIKE ? ORDER BY d.registered_at DESC, d.id',
    [likePatternOf(scope)],
  );
  return rows.map(deviceWithUserFrom);
}
