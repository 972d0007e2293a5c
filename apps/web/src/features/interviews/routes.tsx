import type { RouteObject } from 'react-router';

export const interviewsRoutes: RouteObject[] = [];
