import type { RouteObject } from 'react-router';

/** The candidate's coding challenge page (from the emailed token link), without an account. */
export const challengesPublicRoutes: RouteObject[] = [
  { path: 'challenges/:token', lazy: async () => ({ Component: (await import('./public-challenge-page')).PublicChallengePage }) },
];
