import { randomUUID } from 'node:crypto';
import type { Role } from '@hp/auth';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTenantMember,
  allowedRoles,
  type ApiRoute,
  type ApiSurface,
  buildRequest,
  type CallResult,
  chooseIds,
  cloneTemplateDatabase,
  comparable,
  createTenant,
  describeCall,
  findMarkers,
  type IdSlot,
  idSlotsOf,
  loadApiSurface,
  type Population,
  populate,
  type ProbeRequest,
  reachedHandler,
  refusedIdsOnly,
  resourceFixtures,
  send,
  startTestApi,
  type TenantOrg,
  tenantMarkers,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/** Query parameters that search by text: probed with org A's names and emails too. */
const searchParameters = /^(q|query|search|term|email|name)$/;

/**
 * Two organisations, A and B, hold the same kinds of objects (the fixture registry in
 * test/utils/tenancy-harness.ts). Everything org B's users can call, they call with org A's ids
 * and filters, and nothing of org A may come back: a foreign id answers exactly like an id that
 * does not exist, lists hold none of A's rows, no body carries A's ids, names, emails or slug.
 * Routes and how to call them come from the route table and the OpenAPI document; public routes
 * have tests of their own.
 */
describe('Tenant isolation, route by route', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let surface: ApiSurface;
  let orgA: TenantOrg;
  let orgB: TenantOrg;
  let populationA: Population;
  let populationB: Population;
  let markersA: string[];
  /** Every leak any probe found, across the tests of this file. */
  const leaks: string[] = [];
  let probesMade = 0;

  const guarded = () => surface.routes.filter((route) => route.access && route.access !== 'public');
  const isList = (route: ApiRoute, slots: IdSlot[]) => route.method === 'GET' && !slots.some((slot) => slot.in === 'path');

  /** A call as org B: its response must not hold org A's data (ids the request itself sent excepted). */
  async function probeAsB(request: ProbeRequest, token: string, role: Role): Promise<CallResult> {
    const result = await send(app, request, token);
    probesMade++;
    const sent = new Set(request.ids.values());
    const url = decodeURIComponent(request.url.replaceAll('+', ' '));
    const found = findMarkers(result.body, markersA).filter((marker) => !sent.has(marker) && !url.includes(marker));
    if (found.length) leaks.push(`${role} of B: ${describeCall(request, result)} shows org A's ${found.join(', ')}`);
    return result;
  }

  /** What org A's admin sees on each list route: the markers of A it shows (to check they stay). */
  async function listsAsSeenByA(): Promise<Record<string, string[]>> {
    const seen: Record<string, string[]> = {};
    for (const route of guarded()) {
      const slots = idSlotsOf(route, surface.document);
      if (!isList(route, slots)) continue;
      const request = buildRequest(route, surface.document, await chooseIds(slots, (kind) => populationA[kind]?.[0]));
      const result = await send(app, request, orgA.members.admin.accessToken);
      seen[route.key] = result.status === 200 ? findMarkers(result.body, markersA).sort() : [`status ${result.status}`];
    }
    return seen;
  }

  /** Whether every id the route takes has a fixture; reports the ones that have none. */
  function fixturesFor(route: ApiRoute, slots: IdSlot[], failures: string[]): boolean {
    const missing = slots.filter((slot) => !resourceFixtures[slot.kind]);
    for (const slot of missing) {
      failures.push(
        `${route.key}: no fixture for "${slot.kind}" (${slot.in} ${slot.name}): add a fixture for "${slot.kind}" to resourceFixtures in ` +
          `test/utils/tenancy-harness.ts${slot.in === 'path' ? '' : `, or list ${slot.name} in the fields of the kind it holds`}`,
      );
    }
    return missing.length === 0;
  }

  let listsBefore: Record<string, string[]>;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(
      testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_MINUTE: '1000000' }),
    );
    surface = await loadApiSurface(app);
    orgA = await createTenant(app, 'A');
    orgB = await createTenant(app, 'B');
    populationA = await populate(app, orgA);
    populationB = await populate(app, orgB);
    markersA = tenantMarkers(orgA, populationA);
    listsBefore = await listsAsSeenByA();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('knows org A by markers org B does not share', () => {
    expect(markersA.length).toBeGreaterThan(10);
    expect(findMarkers(tenantMarkers(orgB, populationB), markersA)).toEqual([]);
  });

  it("answers org B exactly as for an unknown id when it names org A's objects", { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    const leaksBefore = leaks.length;
    let probes = 0;
    let reached = 0;
    let idRoutes = 0;
    for (const route of guarded()) {
      const slots = idSlotsOf(route, surface.document);
      if (slots.length === 0 || isList(route, slots)) continue;
      idRoutes++;
      const kinds = [...new Set(slots.map((slot) => slot.kind))];
      if (!fixturesFor(route, slots, failures)) continue;
      // One foreign id at a time, the others B's own: a route that checks its path object but not
      // the object a body field names is caught too.
      for (const foreignKind of kinds) {
        const own = await chooseIds(
          slots.filter((slot) => slot.kind !== foreignKind),
          (kind) => populationB[kind]?.[0],
        );
        const foreignId = populationA[foreignKind]![0]!.id;
        const unknownId = randomUUID();
        for (const role of allowedRoles(route.access!)) {
          const token = orgB.members[role].accessToken;
          let unknownRequest: ProbeRequest;
          let foreignRequest: ProbeRequest;
          try {
            unknownRequest = buildRequest(route, surface.document, new Map([...own, [foreignKind, unknownId]]));
            foreignRequest = buildRequest(route, surface.document, new Map([...own, [foreignKind, foreignId]]));
          } catch (error) {
            failures.push(`${route.key}: cannot build a valid request: ${(error as Error).message}`);
            continue;
          }
          // Both probes target ids that are not B's: they change nothing of B's (nor, unless the
          // route is broken, of A's), so B's long-lived users can make them.
          const unknown = await probeAsB(unknownRequest, token, role);
          const foreign = await probeAsB(foreignRequest, token, role);
          probes++;
          const seen = `${role} of B, ${foreignKind} of A in ${route.key}: ${describeCall(foreignRequest, foreign)}`;
          const inPath = slots.some((slot) => slot.kind === foreignKind && slot.in === 'path');
          const idFields = slots.filter((slot) => slot.kind === foreignKind && slot.in !== 'path').map((slot) => slot.name);
          if (!reachedHandler(foreign) && !(!inPath && refusedIdsOnly(foreign, idFields))) {
            failures.push(`${seen} (did not reach the handler${foreign.body?.errors ? `: ${JSON.stringify(foreign.body.errors)}` : ''})`);
            continue;
          }
          reached++;
          if (inPath && foreign.status !== 404) failures.push(`${seen} (expected 404)`);
          if (!inPath && foreign.status < 300) failures.push(`${seen} (accepted a foreign ${foreignKind} id)`);
          expect
            .soft(comparable(foreign, [foreignId]), `${seen} vs unknown id: ${describeCall(unknownRequest, unknown)}`)
            .toEqual(comparable(unknown, [unknownId]));
        }
      }
    }
    console.log(
      `tenancy: ${reached} of ${probes} probes with a foreign id reached a handler (${idRoutes} id-bearing routes, one probe per foreign kind and allowed role)`,
    );
    expect(failures).toEqual([]);
    expect(leaks.slice(leaksBefore)).toEqual([]);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBe(probes);
  });

  it("shows org B none of org A's rows in any list, even filtered by A's ids or searched for A's names", { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    const leaksBefore = leaks.length;
    let probes = 0;
    let listRoutes = 0;
    for (const route of guarded()) {
      const slots = idSlotsOf(route, surface.document);
      if (!isList(route, slots)) continue;
      listRoutes++;
      fixturesFor(route, slots, failures);
      const searchable = (route.operation?.parameters ?? []).filter(
        (parameter) =>
          parameter.in === 'query' &&
          searchParameters.test(parameter.name) &&
          parameter.schema?.type === 'string' &&
          !parameter.schema.enum,
      );
      for (const role of allowedRoles(route.access!)) {
        const token = orgB.members[role].accessToken;
        const variants: ProbeRequest[] = [buildRequest(route, surface.document, await chooseIds(slots, (kind) => populationB[kind]?.[0]))];
        if (slots.length) variants.push(buildRequest(route, surface.document, await chooseIds(slots, (kind) => populationA[kind]?.[0])));
        for (const parameter of searchable) {
          const term = parameter.name === 'email' ? orgA.members.admin.user.email : orgA.members.admin.name;
          const request = buildRequest(route, surface.document, new Map());
          const url = new URL(request.url, 'http://probe');
          url.searchParams.set(parameter.name, term);
          variants.push({ ...request, url: `${url.pathname}${url.search}` });
        }
        for (const request of variants) {
          const result = await probeAsB(request, token, role);
          probes++;
          if (result.status !== 200) failures.push(`${role} of B: ${describeCall(request, result)} (expected 200)`);
        }
      }
    }
    // The lists do hold A's data, for A: an empty list for B proves something only then.
    const showingA = Object.values(listsBefore).filter((markers) => markers.length > 0 && !markers[0]!.startsWith('status')).length;
    console.log(`tenancy: ${probes} list probes as org B over ${listRoutes} list routes; ${showingA} of them show org A's data to org A`);
    expect(failures).toEqual([]);
    expect(leaks.slice(leaksBefore)).toEqual([]);
    expect(listRoutes).toBeGreaterThan(0);
    expect(showingA).toBeGreaterThan(0);
  });

  it('leaks nothing of org A through any other route org B can call', { timeout: 600_000 }, async () => {
    const leaksBefore = leaks.length;
    let probes = 0;
    for (const route of guarded()) {
      const slots = idSlotsOf(route, surface.document);
      if (slots.length > 0 || route.method === 'GET') continue;
      // These may change their caller (password, profile, sessions): each runs as a member made
      // for it alone, so they are independent and run together.
      await Promise.all(
        allowedRoles(route.access!).map(async (role) => {
          const caller = await addTenantMember(app, orgB, role, `disposable ${role}`);
          await probeAsB(buildRequest(route, surface.document, new Map()), caller.accessToken, role);
          probes++;
        }),
      );
    }
    console.log(`tenancy: ${probes} other probes as org B; ${probesMade} calls as org B in all, ${leaks.length} leaking org A's data`);
    expect(leaks.slice(leaksBefore)).toEqual([]);
  });

  it("left org A's data as it was", async () => {
    expect(await listsAsSeenByA()).toEqual(listsBefore);
  });
});
