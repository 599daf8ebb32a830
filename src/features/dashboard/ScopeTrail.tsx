/** 下钻路径: the breadcrumb from the user's own region down to the one shown (区 › 乡镇 › 村), each a link back up. */
import { Link } from 'react-router';
import { useT } from '../../ui/i18n/use-t';
import { regionCodeOf, scopeTrail } from './dashboard-model';
import type { ReferenceNames } from './use-server-data';

export function ScopeTrail({
  userScope,
  scope,
  names,
  pathOf,
}: {
  userScope: string;
  scope: string;
  names: ReferenceNames | null;
  pathOf: (scope: string) => string;
}) {
  const t = useT();
  const trail = scopeTrail(userScope, scope);
  if (trail.length < 2) return null; // at the user's own region there is nowhere to go back up to
  return (
    <nav className="db-dash__trail" aria-label={t('supervision.trail')}>
      <ol>
        {trail.map((step) => {
          const name = names?.regionNames.get(regionCodeOf(step)) ?? step;
          return (
            <li key={step}>
              {step === scope ? (
                <span aria-current="page">{name}</span>
              ) : (
                <Link to={pathOf(step)}>{name}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
