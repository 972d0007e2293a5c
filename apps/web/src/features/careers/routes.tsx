import type { RouteObject } from 'react-router';

/** The organisation's public career page and apply form. */
export const careersPublicRoutes: RouteObject[] = [];
