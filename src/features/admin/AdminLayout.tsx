import { Suspense } from 'react';
import { Navigate, NavLink, Outlet } from 'react-router';
import { useSessionUser } from '../../app/session-store';
import { useT } from '../../ui/i18n/use-t';
import { LoadingState } from '../../ui/PageState';
import { adminPath, sectionsFor } from './admin-sections';
import './admin.css';

/** 系统管理: the section navigation (a side list on wide screens, tabs that wrap on narrow ones) and the section. */
export function AdminLayout() {
  const t = useT();
  const user = useSessionUser();
  if (!user) return null;
  return (
    <div className="db-admin">
      <nav className="db-admin__nav" aria-label={t('admin.navigation')}>
        <p className="db-admin__nav-title" aria-hidden="true">
          {t('admin.title')}
        </p>
        <ul>
          {sectionsFor(user.role).map((s) => (
            <li key={s.section}>
              <NavLink to={adminPath(s.section)} className="db-admin__nav-link">
                {t(s.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="db-admin__content">
        <Suspense fallback={<LoadingState label={t('admin.loading')} />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}

/** `/admin` itself: the first section the role may use. */
export function AdminIndexRedirect() {
  const user = useSessionUser();
  const first = user ? sectionsFor(user.role)[0] : undefined;
  return <Navigate to={first ? adminPath(first.section) : '/'} replace />;
}
