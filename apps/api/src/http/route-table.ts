import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** OpenAPI style: `/api/v1/jobs/{id}`. */
  path: string;
}

interface Tables {
  api: RouteEntry[];
  mounted: RouteEntry[];
}

const tables = new WeakMap<FastifyInstance, Tables>();

/**
 * Records every route as Fastify registers it, so tests can hold the server's real route table
 * against the OpenAPI document and the permission matrix. Routes under `mountedPrefixes` belong to
 * a tool mounted beside the API as a Fastify plugin (the queue dashboard): they have no controller,
 * no OpenAPI operation and no access decorator, so they are kept apart (`mountedRoutes`) and their
 * own tests probe them.
 */
export function trackRoutes(fastify: FastifyInstance, mountedPrefixes: readonly string[] = []): void {
  const table: Tables = { api: [], mounted: [] };
  tables.set(fastify, table);
  const isMounted = (path: string) => mountedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/$/, '') || '/';
      (isMounted(path) ? table.mounted : table.api).push({ method, path });
    }
  });
}

/** The API's own routes (Nest controllers, health, metrics, /docs). */
export function routeTable(fastify: FastifyInstance): RouteEntry[] {
  return [...tablesOf(fastify).api];
}

/** The routes of the tools mounted beside the API (see `trackRoutes`). */
export function mountedRoutes(fastify: FastifyInstance): RouteEntry[] {
  return [...tablesOf(fastify).mounted];
}

function tablesOf(fastify: FastifyInstance): Tables {
  const table = tables.get(fastify);
  if (!table) throw new Error('Routes were not tracked for this server');
  return table;
}
