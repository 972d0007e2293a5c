import type { RouteObject } from 'react-router';

/** The candidate's coding challenge page (from the emailed token link), without an account. */
export const challengesPublicRoutes: RouteObject[] = [];
