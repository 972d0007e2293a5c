import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Page } from '../components/page';
import { authPublicRoutes, authSignedInRoutes } from '../features/auth/routes';
import { candidatesRoutes } from '../features/candidates/routes';
import { careersPublicRoutes } from '../features/careers/routes';
import { challengesPublicRoutes } from '../features/challenges/routes';
import { interviewsRoutes } from '../features/interviews/routes';
import { jobsRoutes } from '../features/jobs/routes';
import { reportsRoutes } from '../features/reports/routes';
import { settingsRoutes } from '../features/settings/routes';
import { RequireSession } from './guards';
import { AppLayout, PublicLayout } from './layout';

function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
    </Page>
  );
}

/**
 * Every screen's address. Each feature owns its routes (features/<area>/routes.tsx); links the
 * product emails land here too: /accept-invitation, /reset-password, /challenges/:token,
 * /interviews/:id, /interviews/:id/scorecard, /applications/:id and the career page.
 */
export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [...authPublicRoutes, ...careersPublicRoutes, ...challengesPublicRoutes],
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/jobs" replace /> },
      ...authSignedInRoutes,
      ...jobsRoutes,
      ...candidatesRoutes,
      ...interviewsRoutes,
      ...reportsRoutes,
      ...settingsRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
