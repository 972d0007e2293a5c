import type { RouteObject } from 'react-router';

export const candidatesRoutes: RouteObject[] = [];
