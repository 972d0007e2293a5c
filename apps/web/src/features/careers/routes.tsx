import type { RouteObject } from 'react-router';

/** The organisation's public career page and apply form; loaded on demand, like every page a visitor opens from a link. */
export const careersPublicRoutes: RouteObject[] = [
  { path: 'careers/:slug', lazy: async () => ({ Component: (await import('./career-page')).CareerPage }) },
  { path: 'careers/:slug/jobs/:jobId', lazy: async () => ({ Component: (await import('./career-job-page')).CareerJobPage }) },
];
