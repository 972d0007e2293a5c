import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** OpenAPI style: `/api/v1/jobs/{id}`. */
  path: string;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/**
 * Records every route as Fastify registers it, so tests can hold the server's real route table
 * against the OpenAPI document and the permission matrix.
 */
export function trackRoutes(fastify: FastifyInstance): void {
  const routes: RouteEntry[] = [];
  tables.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      routes.push({ method, path: route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/$/, '') || '/' });
    }
  });
}

export function routeTable(fastify: FastifyInstance): RouteEntry[] {
  const routes = tables.get(fastify);
  if (!routes) throw new Error('Routes were not tracked for this server');
  return [...routes];
}
