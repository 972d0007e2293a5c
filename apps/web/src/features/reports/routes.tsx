import type { RouteObject } from 'react-router';

/** Lazy: the reports bring recharts, which stays out of the initial bundle. */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports/:report?',
    lazy: async () => ({ Component: (await import('./reports-page')).ReportsPage }),
  },
];
