/**
 * Guards a screen that needs the device's local data (intake, receipt, cases): without it (no IndexedDB, or
 * not unlocked) a notice explains why. Kept apart from LocalServicesProvider so the route table does not pull
 * the database code into the first screen.
 */
import type { ReactNode } from 'react';
import { useOptionalIntakeServices } from '../features/intake/intake-services';
import { EmptyState } from '../ui/PageState';
import { useT } from '../ui/i18n/use-t';

/** The screen, when the device's local data is open; else a notice (intake needs the local database). */
export function RequireLocalServices({ children }: { children: ReactNode }) {
  const t = useT();
  if (!useOptionalIntakeServices())
    return <EmptyState title={t('intake.localUnavailable')} detail={t('intake.localUnavailableBody')} />;
  return children;
}
