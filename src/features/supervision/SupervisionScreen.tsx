/**
 * 电子监察: three views under one heading — 超期预警 (/supervision), 差评回访整改 (/supervision/follow-ups) and
 * 监察设置 (/supervision/thresholds). Reviewers see their township, supervisors their district; an admin
 * reaches only the thresholds (the server refuses the lists to admins).
 */
import { NavLink } from 'react-router';
import { PATHS } from '../../app/routes';
import { useSessionUser } from '../../app/session-store';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { FollowUpView } from './FollowUpView';
import { OverdueView } from './OverdueView';
import { ThresholdsView } from './ThresholdsView';
import './supervision.css';

export type SupervisionTab = 'overdue' | 'followUps' | 'thresholds';

const TABS: readonly { tab: SupervisionTab; to: string; labelKey: MessageKey }[] = [
  { tab: 'overdue', to: PATHS.supervision, labelKey: 'supervision.tab.overdue' },
  { tab: 'followUps', to: `${PATHS.supervision}/follow-ups`, labelKey: 'supervision.tab.followUps' },
  { tab: 'thresholds', to: `${PATHS.supervision}/thresholds`, labelKey: 'supervision.tab.thresholds' },
];

export function SupervisionScreen({ tab }: { tab: SupervisionTab }) {
  const t = useT();
  const user = useSessionUser();
  if (!user) return null;
  const tabs = user.role === 'admin' ? TABS.filter((entry) => entry.tab === 'thresholds') : TABS;
  return (
    <div className="db-sup">
      <header className="db-sup__head">
        <h1>{t('supervision.heading', { region: user.scopeName })}</h1>
        <nav aria-label={t('supervision.tabs')}>
          <ul className="db-sup__tabs">
            {tabs.map((entry) => (
              <li key={entry.tab}>
                <NavLink
                  to={entry.to}
                  end
                  className="db-sup__tab"
                  aria-current={entry.tab === tab ? 'page' : undefined}
                >
                  {t(entry.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {tab === 'overdue' ? <OverdueView user={user} /> : null}
      {tab === 'followUps' ? <FollowUpView user={user} /> : null}
      {tab === 'thresholds' ? <ThresholdsView user={user} /> : null}
    </div>
  );
}
