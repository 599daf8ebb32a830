/**
 * Route guards: a signed-in session for the shell, a role for role-only screens, and the login
 * screen only for guests. Redirects keep the requested page in `?from=` so login can return to it.
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { Role } from '../domain/roles';
import { afterLoginPath, homePathFor, PATHS } from './routes';
import { useSessionStore, useSessionUser } from './session-store';

export function RequireSession({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const signOutReason = useSessionStore((state) => state.signOutReason);
  const location = useLocation();
  if (user) return children;
  const from = `${location.pathname}${location.search}`;
  const keepFrom = signOutReason !== 'signedOut' && location.pathname !== PATHS.home;
  return <Navigate to={keepFrom ? `${PATHS.login}?from=${encodeURIComponent(from)}` : PATHS.login} replace />;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSessionUser();
  if (!user) return null;
  return roles.includes(user.role) ? children : <Navigate to={homePathFor(user.role)} replace />;
}

/** The login screen; once signed in, on to the page that asked for the login (if allowed) or home. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const [searchParams] = useSearchParams();
  return user ? <Navigate to={afterLoginPath(searchParams.get('from'), user.role)} replace /> : children;
}

export function HomeRedirect() {
  const user = useSessionUser();
  return <Navigate to={user ? homePathFor(user.role) : PATHS.login} replace />;
}
