import type { RouteObject } from 'react-router';

/** Loaded when first visited: the candidate page and its dialogs stay out of the initial bundle. */
export const candidatesRoutes: RouteObject[] = [
  { path: 'candidates', lazy: async () => ({ Component: (await import('./candidates-page')).CandidatesPage }) },
  { path: 'candidates/new', lazy: async () => ({ Component: (await import('./new-candidate-page')).NewCandidatePage }) },
  { path: 'candidates/:candidateId', lazy: async () => ({ Component: (await import('./candidate-page')).CandidatePage }) },
  { path: 'applications/:applicationId', lazy: async () => ({ Component: (await import('./application-redirect')).ApplicationRedirect }) },
];
