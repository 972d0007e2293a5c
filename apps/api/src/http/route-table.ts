import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** OpenAPI style: `/api/v1/jobs/{id}`. */
  path: string;
}

interface Tables {
  api: RouteEntry[];
  mounted: RouteEntry[];
  pages: RouteEntry[];
}

export interface RouteKinds {
  /** Prefixes of tools mounted beside the API as Fastify plugins (the queue dashboard). */
  mountedPrefixes?: readonly string[];
  /** Exact paths that serve the web app's files and pages (public, outside the API). */
  pagePaths?: readonly string[];
}

const tables = new WeakMap<FastifyInstance, Tables>();

/**
 * Records every route as Fastify registers it, so tests can hold the server's real route table
 * against the OpenAPI document and the permission matrix. Routes under `mountedPrefixes` belong to
 * a tool mounted beside the API as a Fastify plugin (the queue dashboard): they have no controller,
 * no OpenAPI operation and no access decorator, so they are kept apart (`mountedRoutes`) and their
 * own tests probe them. The web app's routes (`pagePaths`) are public pages, kept apart as well.
 */
export function trackRoutes(fastify: FastifyInstance, { mountedPrefixes = [], pagePaths = [] }: RouteKinds): void {
  const table: Tables = { api: [], mounted: [], pages: [] };
  tables.set(fastify, table);
  const isMounted = (path: string) => mountedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/$/, '') || '/';
      const kind = pagePaths.includes(route.url) ? table.pages : isMounted(path) ? table.mounted : table.api;
      kind.push({ method, path });
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

/** The web app's routes (see `trackRoutes`). */
export function pageRoutes(fastify: FastifyInstance): RouteEntry[] {
  return [...tablesOf(fastify).pages];
}

function tablesOf(fastify: FastifyInstance): Tables {
  const table = tables.get(fastify);
  if (!table) throw new Error('Routes were not tracked for this server');
  return table;
}
