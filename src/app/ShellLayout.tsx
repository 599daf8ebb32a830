import { Suspense, useCallback, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppShell } from '../ui/layout/AppShell';
import { LoadingState } from '../ui/PageState';
import { RejectedRecordsPanel } from '../ui/sync-status/RejectedRecordsPanel';
import { SyncStatusBar } from '../ui/sync-status/SyncStatusBar';
import { useT } from '../ui/i18n/use-t';
import { signOut } from './api';
import { homePathFor, isNavItemActive, navItemsFor } from './routes';
import { useSessionUser } from './session-store';
import { useInactivityLock } from './use-inactivity-lock';
import { usePhotoUploader } from './use-photo-uploader';
import { useRejectedRecords } from './use-rejected-records';
import { useSyncEngine } from './use-sync-engine';
import { useRevealQueueFlush } from './case-services';
import { useDeviceStore } from './device-store';

/** The signed-in frame: the shell around the current screen, wired to the session and the server. */
export function ShellLayout() {
  const t = useT();
  const user = useSessionUser();
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  const logout = useCallback(() => void signOut(), []);
  useSyncEngine();
  usePhotoUploader();
  // Reveals (显示完整号码) logged offline reach the audit log on reconnect and after each sync, on any screen.
  useRevealQueueFlush(useDeviceStore((state) => state.db));
  useInactivityLock();
  const rejectedRecords = useRejectedRecords();

  // Move focus to the new page's main region after in-app navigation, so screen readers follow.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

  if (!user) return null;
  const navItems = navItemsFor(user.role).map((item) => ({
    to: item.to,
    label: t(item.labelKey),
    isCurrent: isNavItemActive(item, pathname),
  }));

  return (
    <AppShell
      homeTo={homePathFor(user.role)}
      user={{ name: user.name, roleLabel: t(`role.${user.role}`), regionName: user.scopeName }}
      navItems={navItems}
      syncStatus={<SyncStatusBar />}
      onLogout={logout}
    >
      <RejectedRecordsPanel records={rejectedRecords} />
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </AppShell>
  );
}
