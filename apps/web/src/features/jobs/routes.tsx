import type { RouteObject } from 'react-router';

/**
 * Jobs and their pipeline board. Each page loads on first visit: the board (drag and drop,
 * virtual lists) stays out of the initial bundle.
 */
export const jobsRoutes: RouteObject[] = [
  { path: 'jobs', lazy: async () => ({ Component: (await import('./jobs-list-page')).JobsListPage }) },
  { path: 'jobs/new', lazy: async () => ({ Component: (await import('./job-form-page')).NewJobPage }) },
  { path: 'jobs/:jobId/edit', lazy: async () => ({ Component: (await import('./job-form-page')).EditJobPage }) },
  { path: 'jobs/:jobId', lazy: async () => ({ Component: (await import('./board-page')).BoardPage }) },
];
