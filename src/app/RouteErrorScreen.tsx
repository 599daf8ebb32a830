import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorScreen } from '../ui/ErrorScreen';
import { useT } from '../ui/i18n/use-t';
import { CrashScreen } from './ErrorBoundary';

/** A lazily loaded screen that no longer exists on the server (after a deploy) fails like this. */
function isChunkLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message);
}

/** The router's error element: 404 for unknown routes, the crash screen for anything thrown while rendering. */
export function RouteErrorScreen() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundScreen />;
  console.error('Daiban: route error', error);
  return <CrashScreen isChunkFailure={isChunkLoadFailure(error)} />;
}

export function NotFoundScreen() {
  const t = useT();
  return (
    <ErrorScreen
      title={t('error.notFoundTitle')}
      body={t('error.notFoundBody')}
      primaryLabel={t('error.home')}
      onPrimary={() => window.location.assign('/')}
    />
  );
}
