import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BrandMark } from '../BrandMark';
import { LanguageSwitch } from '../LanguageSwitch';
import { useT } from '../i18n/use-t';
import './app-shell.css';

export interface ShellNavItem {
  to: string;
  label: string;
  isCurrent: boolean;
}

export interface ShellUser {
  name: string;
  roleLabel: string;
  regionName: string;
}

/**
 * The frame of every signed-in screen: a top bar (app name, navigation, sync status, current user
 * and region, language, sign-out) and the main region. Tablet-first: it wraps to two rows in
 * portrait and stops being sticky when the window is short (landscape at 200 % zoom).
 */
export function AppShell({
  homeTo,
  user,
  navItems,
  syncStatus,
  onLogout,
  children,
}: {
  homeTo: string;
  user: ShellUser;
  navItems: readonly ShellNavItem[];
  syncStatus: ReactNode;
  onLogout: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="db-shell">
      <a className="db-skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="db-topbar">
        <Link to={homeTo} className="db-topbar__brand">
          <BrandMark size={36} isInverse />
          <span className="db-topbar__name">{t('app.name')}</span>
        </Link>
        <nav className="db-topbar__nav" aria-label={t('shell.navigation')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="db-topbar__navlink"
                  aria-current={item.isCurrent ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="db-topbar__status">{syncStatus}</div>
        <div className="db-topbar__user" aria-label={t('shell.currentUser')} role="group">
          <span className="db-topbar__username">
            {t('shell.userWithRole', { name: user.name, role: user.roleLabel })}
          </span>
          <span className="db-topbar__region">{user.regionName}</span>
        </div>
        <div className="db-topbar__actions">
          <LanguageSwitch className="db-topbar__button" />
          <button type="button" className="db-topbar__button" onClick={onLogout}>
            {t('shell.logout')}
          </button>
        </div>
      </header>
      <main id="main" className="db-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
