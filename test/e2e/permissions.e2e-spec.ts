import { Permission, type Role, roles } from '@hp/auth';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTenantMember,
  allowedRoles,
  type ApiRoute,
  type ApiSurface,
  buildRequest,
  call,
  chooseIds,
  cloneTemplateDatabase,
  createTenant,
  describeCall,
  idSlotsOf,
  isAllowed,
  loadApiSurface,
  passedValidation,
  type Population,
  populate,
  resourceFixtures,
  send,
  startTestApi,
  type TenantOrg,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/**
 * The permission matrix, held against every route the server serves: each role gets through
 * exactly the routes its permissions allow, and is refused the others with 403 PERMISSION_DENIED.
 * Nothing here names a route: the route table says what exists, the OpenAPI document how to call
 * it (and its `x-access`), libs/auth/src/permissions.ts who may.
 */
describe('Permission matrix, route by route', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let surface: ApiSurface;
  let org: TenantOrg;
  let population: Population;

  const guarded = () => surface.routes.filter((route) => route.access && route.access !== 'public');

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    // Every mutating probe signs up a member of its own (see below): lift the per-IP limit of the
    // public routes (sign-up, accept-invitation) so the probes count, not the clock.
    app = await startTestApi(
      testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_MINUTE: '1000000' }),
    );
    surface = await loadApiSurface(app);
    org = await createTenant(app, 'P');
    population = await populate(app, org);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('gives every route an x-access rule the matrix knows', () => {
    expect(surface.routes.length).toBeGreaterThan(0);
    const known = ['public', 'authenticated', ...Object.values(Permission)];
    const escaped = surface.routes
      .filter((route) => !route.access)
      .map(
        (route) =>
          `${route.key}: x-access ${JSON.stringify(route.operation?.['x-access'])}${route.operation ? '' : ' (not in the OpenAPI document)'}`,
      );
    expect(escaped, `every route declares one of ${known.join(', ')}`).toEqual([]);
  });

  it('answers 401 AUTHENTICATION_REQUIRED without a token on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of guarded()) {
      const request = buildRequest(route, surface.document, new Map());
      const result = await send(app, request);
      if (result.status !== 401 || result.body?.code !== 'AUTHENTICATION_REQUIRED') wrong.push(describeCall(request, result));
    }
    expect(guarded().length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('lets each role through exactly the routes its permissions allow, and refuses the rest with 403', { timeout: 600_000 }, async () => {
    const mismatches: string[] = [];
    let allowedProbes = 0;
    let deniedProbes = 0;
    for (const route of guarded()) {
      const slots = idSlotsOf(route, surface.document);
      try {
        buildRequest(route, surface.document, new Map());
      } catch (error) {
        mismatches.push(`${route.key}: cannot build a valid request: ${(error as Error).message}`);
        continue;
      }
      // The roles' probes of one route are independent of each other (see `arrange`): run them together.
      const outcomes = await Promise.all(
        roles.map(async (role) => {
          const allowed = isAllowed(route.access!, role);
          const { caller, ids } = await arrange(route, role, allowed, slots);
          const request = buildRequest(route, surface.document, ids);
          const result = await send(app, request, caller.accessToken);
          const seen = `${role}: ${describeCall(request, result)}`;
          if (allowed) {
            if (result.status === 401 || result.status === 403) return { allowed, mismatch: `${seen} (the matrix allows ${route.access})` };
            if (!passedValidation(result))
              return { allowed, mismatch: `${seen} (the generated request failed validation: ${JSON.stringify(result.body.errors)})` };
          } else if (result.status !== 403 || result.body?.code !== 'PERMISSION_DENIED') {
            return { allowed, mismatch: `${seen} (the matrix refuses ${route.access}: expected 403 PERMISSION_DENIED)` };
          }
          return { allowed };
        }),
      );
      for (const outcome of outcomes) {
        if (outcome.allowed) allowedProbes++;
        else deniedProbes++;
        if (outcome.mismatch) mismatches.push(outcome.mismatch);
      }
    }
    console.log(
      `permission matrix: ${guarded().length} routes × ${roles.length} roles = ${allowedProbes + deniedProbes} probes ` +
        `(${allowedProbes} allowed, ${deniedProbes} denied); ${surface.routes.filter((route) => route.access === 'public').length} public routes left to their own tests`,
    );
    expect(mismatches).toEqual([]);
    expect(allowedProbes).toBeGreaterThan(0);
    expect(deniedProbes).toBeGreaterThan(0);
  });

  it('holds the queue dashboard to the matrix too: its page and its JSON API, for each role and without a token', async () => {
    // A Fastify plugin beside the API (no controller, not in the OpenAPI document): probed by name.
    const dashboard = ['/admin/queues', '/admin/queues/api/queues'];
    expect(allowedRoles(Permission.QueuesDashboard)).toEqual(['admin']);
    const mismatches: string[] = [];
    for (const url of dashboard) {
      const anonymous = await call(app, 'GET', url);
      if (anonymous.status !== 401 || anonymous.body?.code !== 'AUTHENTICATION_REQUIRED') {
        mismatches.push(`no token: GET ${url} → ${anonymous.status} ${anonymous.body?.code ?? ''}`);
      }
      for (const role of roles) {
        const result = await call(app, 'GET', url, { token: org.members[role].accessToken });
        const allowed = isAllowed(Permission.QueuesDashboard, role);
        if (allowed ? result.status !== 200 : result.status !== 403 || result.body?.code !== 'PERMISSION_DENIED') {
          mismatches.push(`${role}: GET ${url} → ${result.status} ${result.body?.code ?? ''} (expected ${allowed ? 200 : 403})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('left the long-lived users signed in with their roles (the probes did not change them)', async () => {
    for (const role of roles) {
      const me = await call(app, 'GET', '/api/v1/auth/me', { token: org.members[role].accessToken });
      expect(me.status, role).toBe(200);
      expect(me.body.user.role).toBe(role);
    }
  });

  /**
   * Who calls, with which ids. A call that reaches a handler may change things: end the caller's
   * session (logout), change their password (which ends their other sessions), rename or demote or
   * deactivate the user it targets, delete the object in its path. Were those the users and
   * objects every other probe relies on, later probes would fail for the wrong reason (401 after a
   * logout, a role that is no longer the one being tested). So a probe the matrix lets through
   * on any route but a GET runs as a member created for it alone, against objects created for
   * it alone (each fixture makes new ones per call); nothing it does can reach another probe.
   * GETs, and probes the guard refuses before any handler runs, use the long-lived users and the
   * shared objects: they change nothing (if a refused probe did get through, it is reported).
   */
  async function arrange(route: ApiRoute, role: Role, allowed: boolean, slots: ReturnType<typeof idSlotsOf>) {
    if (!allowed || route.method === 'GET') {
      return { caller: org.members[role], ids: await chooseIds(slots, (kind) => population[kind]?.[0]) };
    }
    const caller = await addTenantMember(app, org, role, `disposable ${role}`);
    // Fixtures see the probe's caller as the organisation's member of that role, so objects that
    // object-level rules reserve to someone (a hiring manager's own jobs) are reserved to it.
    const probeOrg: TenantOrg = { ...org, members: { ...org.members, [role]: caller } };
    const ids = await chooseIds(slots, async (kind) =>
      resourceFixtures[kind] ? (await resourceFixtures[kind].create(app, probeOrg))[0] : undefined,
    );
    return { caller, ids };
  }
});
