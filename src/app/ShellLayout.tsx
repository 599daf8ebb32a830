import { Suspense, useCallback, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppShell } from '../ui/layout/AppShell';
import { LoadingState } from '../ui/PageState';
import { SyncStatusBar } from '../ui/sync-status/SyncStatusBar';
import { useT } from '../ui/i18n/use-t';
import { api, signOut } from './api';
import { homePathFor, isNavItemActive, navItemsFor } from './routes';
import { useSessionUser } from './session-store';

const probe = (signal: AbortSignal) => api.probeHealth(5_000, signal);
const subscribeContact = (listener: (at: number) => void) => api.onServerContact(listener);

/** The signed-in frame: the shell around the current screen, wired to the session and the server. */
export function ShellLayout() {
  const t = useT();
  const user = useSessionUser();
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  const logout = useCallback(() => void signOut(), []);

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
      syncStatus={<SyncStatusBar probe={probe} subscribeContact={subscribeContact} />}
      onLogout={logout}
    >
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </AppShell>
  );
}
