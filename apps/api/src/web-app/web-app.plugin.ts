import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

/** Paths the API and its tools own: never answered with the web app's page. */
const serverOwnedPrefixes = ['/api/', '/docs', '/admin/', '/health/', '/metrics'];

/** The routes this plugin adds, for the route table (see trackRoutes). */
export const WEB_APP_PATHS = ['/', '/*', '/assets/*'] as const;

/**
 * The web app's build (`dist/web`, from `vite build`), found from the package root so it works
 * both from the sources (tests) and from `dist/` (production).
 */
export function webAppDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('No package.json above the API: cannot locate the web app build');
    directory = parent;
  }
  return join(directory, 'dist', 'web');
}

export interface WebAppOptions {
  root: string;
}

/**
 * Serves the single-page web app at `/`: its files as they are, and its index.html for every
 * other GET outside the API, so that a link from an email (`/interviews/…`, `/challenges/…`)
 * opens the page the app routes to. Without a build (an API-only deployment, or tests that never
 * built it) only the API is served.
 */
export const webApp: FastifyPluginAsync<WebAppOptions> = async (fastify, { root }) => {
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('WebApp').warn(`No web app build at ${root} (npm run build makes it): serving the API only`);
    return;
  }
  // Vite names every bundle by its content hash, so a browser may keep one for a year; everything
  // else Vite emits is inlined or in assets/, and index.html is the app's only other file.
  await fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    maxAge: '365d',
    immutable: true,
  });
  const servePage = async (request: FastifyRequest, reply: FastifyReply) => {
    if (serverOwnedPrefixes.some((prefix) => request.url.startsWith(prefix))) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  fastify.get('/', servePage);
  fastify.get('/*', servePage);
};
