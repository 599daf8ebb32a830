import { Link } from 'react-router';
import { EmptyState } from '../ui/PageState';
import { useT } from '../ui/i18n/use-t';
import { homePathFor } from './routes';
import { useSessionUser } from './session-store';

/** An unknown path inside the signed-in shell. */
export function NotFoundPanel() {
  const t = useT();
  const user = useSessionUser();
  return (
    <EmptyState
      title={t('error.notFoundTitle')}
      detail={t('error.notFoundBody')}
      action={
        <Link className="db-text-link" to={user ? homePathFor(user.role) : '/'}>
          {t('error.home')}
        </Link>
      }
    />
  );
}
