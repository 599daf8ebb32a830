/**
 * The route table (react-router 7, data mode). The login screen is in the entry chunk (it is the
 * first screen after every cold start); the shell and each feature screen load as their own chunks.
 */
import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginScreen } from '../features/auth/LoginScreen';
import { NotFoundPanel } from './NotFoundPanel';
import { GuestOnly, HomeRedirect, RequireRole, RequireSession } from './route-guards';
import { RouteErrorScreen } from './RouteErrorScreen';
import { RequireLocalServices } from './RequireLocalServices';
import { PATHS } from './routes';

const SignedInShell = lazy(() => import('./SignedInShell').then((m) => ({ default: m.SignedInShell })));
const CatalogueScreen = lazy(() =>
  import('../features/catalogue/CatalogueScreen').then((m) => ({ default: m.CatalogueScreen })),
);
const ServiceGuideScreen = lazy(() =>
  import('../features/catalogue/ServiceGuideScreen').then((m) => ({ default: m.ServiceGuideScreen })),
);
const ConsultationsScreen = lazy(() =>
  import('../features/consultations/ConsultationsScreen').then((m) => ({ default: m.ConsultationsScreen })),
);
const StationScreen = lazy(() =>
  import('../features/station/StationScreen').then((m) => ({ default: m.StationScreen })),
);
const IntakeDraftsScreen = lazy(() =>
  import('../features/intake/IntakeDraftsScreen').then((m) => ({ default: m.IntakeDraftsScreen })),
);
const IntakeScreen = lazy(() =>
  import('../features/intake/IntakeScreen').then((m) => ({ default: m.IntakeScreen })),
);
const ReceiptScreen = lazy(() =>
  import('../features/receipt/ReceiptScreen').then((m) => ({ default: m.ReceiptScreen })),
);

/** An agent-only screen that needs the intake services on the local database. */
function agentIntake(screen: ReactNode) {
  return (
    <RequireRole roles={['agent']}>
      <RequireLocalServices>{screen}</RequireLocalServices>
    </RequireRole>
  );
}

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
              <SignedInShell />
            </RequireSession>
          ),
          children: [
            {
              path: PATHS.station,
              element: (
                <RequireRole roles={['agent']}>
                  <StationScreen
                    drafts={
                      <RequireLocalServices>
                        <IntakeDraftsScreen isEmbedded />
                      </RequireLocalServices>
                    }
                    catalogue={<CatalogueScreen />}
                  />
                </RequireRole>
              ),
            },
            { path: PATHS.intake, element: agentIntake(<IntakeDraftsScreen />) },
            { path: `${PATHS.intake}/:draftId`, element: agentIntake(<IntakeScreen />) },
            { path: `${PATHS.receipt}/:receiptNo`, element: agentIntake(<ReceiptScreen />) },
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
