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
const ReviewQueueScreen = lazy(() =>
  import('../features/review/ReviewQueueScreen').then((m) => ({ default: m.ReviewQueueScreen })),
);
const ReviewCaseScreen = lazy(() =>
  import('../features/review/ReviewCaseScreen').then((m) => ({ default: m.ReviewCaseScreen })),
);
const CorrectionNoticeScreen = lazy(() =>
  import('../features/review/CorrectionNoticeScreen').then((m) => ({ default: m.CorrectionNoticeScreen })),
);

const CasesScreen = lazy(() =>
  import('../features/cases/CasesScreen').then((m) => ({ default: m.CasesScreen })),
);
const CaseDetailScreen = lazy(() =>
  import('../features/cases/CaseDetailScreen').then((m) => ({ default: m.CaseDetailScreen })),
);

// 监管看板, 月度报告 and 电子监察: online screens; ECharts comes only with the dashboard's chunk.
const DashboardScreen = lazy(() =>
  import('../features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);
const MonthlyReportScreen = lazy(() =>
  import('../features/dashboard/MonthlyReportScreen').then((m) => ({ default: m.MonthlyReportScreen })),
);
const SupervisionScreen = lazy(() =>
  import('../features/supervision/SupervisionScreen').then((m) => ({ default: m.SupervisionScreen })),
);

/** A screen for township reviewers and district supervisors (dashboards, reports, supervision). */
function staffOnly(screen: ReactNode) {
  return <RequireRole roles={['reviewer', 'supervisor']}>{screen}</RequireRole>;
}

/** A township reviewer's screen (审核台); it explains itself when the local database is not open. */
function reviewerOnly(screen: ReactNode) {
  return <RequireRole roles={['reviewer']}>{screen}</RequireRole>;
}

// 系统管理: online screens for admins and supervisors, one chunk (features/admin/admin-screens.ts).
const adminChunk = () => import('../features/admin/admin-screens');
const AdminLayout = lazy(() => adminChunk().then((m) => ({ default: m.AdminLayout })));
const AdminIndexRedirect = lazy(() => adminChunk().then((m) => ({ default: m.AdminIndexRedirect })));
const CatalogueAdminScreen = lazy(() => adminChunk().then((m) => ({ default: m.CatalogueAdminScreen })));
const ItemEditorScreen = lazy(() => adminChunk().then((m) => ({ default: m.ItemEditorScreen })));
const ImportScreen = lazy(() => adminChunk().then((m) => ({ default: m.ImportScreen })));
const UsersScreen = lazy(() => adminChunk().then((m) => ({ default: m.UsersScreen })));
const StationsScreen = lazy(() => adminChunk().then((m) => ({ default: m.StationsScreen })));
const DevicesScreen = lazy(() => adminChunk().then((m) => ({ default: m.DevicesScreen })));
const AuditScreen = lazy(() => adminChunk().then((m) => ({ default: m.AuditScreen })));
const HolidaysScreen = lazy(() => adminChunk().then((m) => ({ default: m.HolidaysScreen })));

/** An administrator-only section of 系统管理 (users, stations, devices). */
function adminOnly(screen: ReactNode) {
  return <RequireRole roles={['admin']}>{screen}</RequireRole>;
}

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
            { path: PATHS.cases, element: agentIntake(<CasesScreen />) },
            { path: `${PATHS.cases}/:caseId`, element: agentIntake(<CaseDetailScreen />) },
            { path: PATHS.review, element: reviewerOnly(<ReviewQueueScreen />) },
            { path: `${PATHS.review}/:caseId`, element: reviewerOnly(<ReviewCaseScreen />) },
            { path: `${PATHS.review}/:caseId/notice`, element: reviewerOnly(<CorrectionNoticeScreen />) },
            { path: PATHS.dashboard, element: staffOnly(<DashboardScreen />) },
            { path: PATHS.monthlyReport, element: staffOnly(<MonthlyReportScreen />) },
            { path: PATHS.supervision, element: staffOnly(<SupervisionScreen tab="overdue" />) },
            {
              path: `${PATHS.supervision}/follow-ups`,
              element: staffOnly(<SupervisionScreen tab="followUps" />),
            },
            {
              path: `${PATHS.supervision}/thresholds`,
              element: (
                <RequireRole roles={['reviewer', 'supervisor', 'admin']}>
                  <SupervisionScreen tab="thresholds" />
                </RequireRole>
              ),
            },
            {
              path: PATHS.admin,
              element: (
                <RequireRole roles={['admin', 'supervisor']}>
                  <AdminLayout />
                </RequireRole>
              ),
              children: [
                { index: true, element: <AdminIndexRedirect /> },
                { path: 'catalogue', element: <CatalogueAdminScreen /> },
                { path: 'catalogue/:code', element: <ItemEditorScreen /> },
                { path: 'import', element: <ImportScreen /> },
                { path: 'users', element: adminOnly(<UsersScreen />) },
                { path: 'stations', element: adminOnly(<StationsScreen />) },
                { path: 'devices', element: adminOnly(<DevicesScreen />) },
                { path: 'audit', element: <AuditScreen /> },
                { path: 'holidays', element: <HolidaysScreen /> },
              ],
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
