/**
 * The route table (react-router 7, data mode). The login screen is in the entry chunk (it is the
 * first screen after every cold start); the shell and each feature screen load as their own chunks.
 */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginScreen } from '../features/auth/LoginScreen';
import { NotFoundPanel } from './NotFoundPanel';
import { GuestOnly, HomeRedirect, RequireRole, RequireSession } from './route-guards';
import { RouteErrorScreen } from './RouteErrorScreen';
import { PATHS } from './routes';

const ShellLayout = lazy(() => import('./ShellLayout').then((m) => ({ default: m.ShellLayout })));
const CatalogueScreen = lazy(() =>
  import('../features/catalogue/CatalogueScreen').then((m) => ({ default: m.CatalogueScreen })),
);
const ServiceGuideScreen = lazy(() =>
  import('../features/catalogue/ServiceGuideScreen').then((m) => ({ default: m.ServiceGuideScreen })),
);
const ConsultationsScreen = lazy(() =>
  import('../features/consultations/ConsultationsScreen').then((m) => ({ default: m.ConsultationsScreen })),
);

export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorScreen />,
      children: [
        { path: PATHS.home, element: <HomeRedirect /> },
        {
          path: PATHS.login,
          element: (
            <GuestOnly>
              <LoginScreen />
            </GuestOnly>
          ),
        },
        {
          element: (
            <RequireSession>
              <ShellLayout />
            </RequireSession>
          ),
          children: [
            {
              path: PATHS.station,
              element: (
                <RequireRole roles={['agent']}>
                  <CatalogueScreen />
                </RequireRole>
              ),
            },
            { path: PATHS.catalogue, element: <CatalogueScreen /> },
            {
              path: PATHS.consultations,
              element: (
                <RequireRole roles={['agent', 'reviewer']}>
                  <ConsultationsScreen />
                </RequireRole>
              ),
            },
            { path: `${PATHS.catalogue}/:code`, element: <ServiceGuideScreen /> },
            { path: '*', element: <NotFoundPanel /> },
          ],
        },
      ],
    },
  ]);
}
