/**
 * The machinery the permission-matrix and cross-tenant tests share, driven only by what the server
 * declares: its route table, its OpenAPI document (schemas and the `x-access` of each operation)
 * and the permission matrix. A new route is covered by existing; the one thing a feature adds here
 * is an entry in `resourceFixtures` telling how to create objects of a new kind.
 *
 * Conventions it relies on:
 * - A path parameter names an object of the kind named by the path segment before it:
 *   `/users/{id}` → `users`, `/jobs/{jobId}/stages/{stageId}` → `jobs`, then `stages`.
 * - A body or query field named `<kind>Id` / `<kind>Ids` (singular, camelCase: `jobId`,
 *   `auditEventIds`), or listed in its kind's `fields`, holds ids of that kind when its schema is a
 *   UUID (or an array of them).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type Permission, permissionDescriptions, type Role, roleHasPermission, roles } from '@hp/auth';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { routeTable } from '../../apps/api/src/http/route-table.js';
import { call, type CallResult, type SignedIn } from './http.js';
import { type JsonSchema, type OpenApiParameter, sampleFromSchema, sampleQuery, sampleRequestPayload } from './openapi-samples.js';

const API = '/api/v1';

// ─── The API surface ────────────────────────────────────────────────────────────────────────────

export type Access = 'public' | 'authenticated' | Permission;

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  'x-access'?: string;
  [key: string]: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface ApiRoute {
  method: string;
  /** OpenAPI style, as in the route table: `/api/v1/users/{id}`. */
  path: string;
  /** `PATCH /api/v1/users/{id}`, for messages. */
  key: string;
  /** Undefined when the document does not describe the route (the OpenAPI test fails on that too). */
  operation: OpenApiOperation | undefined;
  /** The operation's `x-access`, when it is one the matrix knows. */
  access: Access | undefined;
}

export interface ApiSurface {
  document: OpenApiDocument;
  routes: ApiRoute[];
}

/** Routes that serve the documentation itself rather than the product. */
export const documentationRoutes = /^\/docs(\/|$)/;

const accessValues = new Set<string>(['public', 'authenticated', ...Object.keys(permissionDescriptions)]);

/** Every route the server really serves (but /docs*), each with its OpenAPI operation. */
export async function loadApiSurface(app: NestFastifyApplication): Promise<ApiSurface> {
  const response = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /docs/openapi.json answered ${response.statusCode}`);
  const document = response.json() as OpenApiDocument;
  const seen = new Set<string>();
  const routes: ApiRoute[] = [];
  for (const { method, path } of routeTable(app.getHttpAdapter().getInstance())) {
    const key = `${method} ${path}`;
    if (documentationRoutes.test(path) || seen.has(key)) continue;
    seen.add(key);
    const operation = document.paths[path]?.[method.toLowerCase()];
    const access = operation?.['x-access'];
    routes.push({ method, path, key, operation, access: access && accessValues.has(access) ? (access as Access) : undefined });
  }
  return { document, routes };
}

/** What the matrix says: may `role` call a route with this access rule? */
export function isAllowed(access: Access, role: Role): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  return roleHasPermission(role, access);
}

/** The roles the matrix lets through, in the matrix's order (admin first). */
export const allowedRoles = (access: Access): Role[] => roles.filter((role) => isAllowed(access, role));

// ─── Organisations and their members ───────────────────────────────────────────────────────────

export interface Member extends SignedIn {
  password: string;
  name: string;
}

export interface TenantOrg {
  /** `A`, `B`, … in messages. */
  label: string;
  /** Random; every name and email made for this organisation carries it, so none can collide with another organisation's. */
  tag: string;
  organization: { id: string; slug: string; name: string };
  /** One signed-in user per role; `admin` signed up, the others were invited and accepted. */
  members: Record<Role, Member>;
}

let sequence = 0;
const nextNumber = () => ++sequence;

/** Unique, recognisable strings for one organisation (names, emails). */
export const tenantName = (org: Pick<TenantOrg, 'label' | 'tag'>, what: string) => `${what} ${org.label}${org.tag} ${nextNumber()}`;
export const tenantEmail = (org: Pick<TenantOrg, 'label' | 'tag'>, what: string) =>
  `${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${org.label.toLowerCase()}${org.tag}-${nextNumber()}@example.com`;

/** A new organisation (through sign-up) with one signed-in user per role. */
export async function createTenant(app: NestFastifyApplication, label: string): Promise<TenantOrg> {
  const tag = randomBytes(4).toString('hex');
  const naming = { label, tag };
  const name = tenantName(naming, 'Admin');
  const password = `password of ${label} admin ${tag}`;
  const signedUp = await call<SignedIn>(app, 'POST', `${API}/auth/signup`, {
    body: { organizationName: `Tenancy ${label}${tag}`, name, email: tenantEmail(naming, 'admin'), password },
  });
  if (signedUp.status !== 201) throw new Error(`sign-up of ${label} failed: ${signedUp.status} ${JSON.stringify(signedUp.body)}`);
  const org: TenantOrg = {
    label,
    tag,
    organization: signedUp.body.organization,
    members: { admin: { ...signedUp.body, password, name } } as TenantOrg['members'],
  };
  for (const role of roles) {
    if (role !== 'admin') org.members[role] = await addTenantMember(app, org, role);
  }
  return org;
}

/**
 * A new signed-in member with `role`, invited by the organisation's admin. The permission test
 * uses one for every call that may change its caller (password, sessions, profile), so those
 * changes never reach the long-lived users the other probes sign in as.
 */
export async function addTenantMember(app: NestFastifyApplication, org: TenantOrg, role: Role, what: string = role): Promise<Member> {
  const invited = await inviteUser(app, org, role, what);
  const password = `password of ${invited.email}`;
  const accepted = await call<SignedIn>(app, 'POST', `${API}/auth/accept-invitation`, { body: { token: invited.token, password } });
  if (accepted.status !== 200) throw new Error(`acceptance in ${org.label} failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { ...accepted.body, password, name: invited.name };
}

/** A pending invitation; its token is a secret of the organisation. */
export async function inviteUser(app: NestFastifyApplication, org: TenantOrg, role: Role, what: string) {
  const email = tenantEmail(org, what);
  const name = tenantName(org, what);
  const invited = await call(app, 'POST', `${API}/users/invitations`, {
    token: org.members.admin.accessToken,
    body: { email, name, role },
  });
  if (invited.status !== 201) throw new Error(`invitation in ${org.label} failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = new URL(invited.body.invitationUrl).searchParams.get('token')!;
  return { id: invited.body.user.id as string, email, name, token };
}

// ─── Fixtures: objects of each kind, per organisation ─────────────────────────────────────────

export interface FixtureObject {
  id: string;
  /** Strings that belong to this object alone (emails, names, tokens): found in another organisation's response, they are a leak. */
  markers: string[];
  /** Ids of the objects it belongs to, by kind (a stage's job), so nested paths get a consistent set. */
  refs?: Record<string, string>;
}

export interface ResourceFixture {
  /**
   * Objects of this kind in `org`, made through the API as the organisation's admin. Called
   * again, it makes new ones when the kind can be changed or deleted, so a destructive probe can
   * have a target of its own. The first object is the one probes use. Objects that object-level
   * rules reserve to some users (a hiring manager's own jobs, an interviewer's panels) should be
   * made theirs through `org.members[role]`: for a probe that may change things, that member is
   * the probe's own caller.
   */
  create(app: NestFastifyApplication, org: TenantOrg): Promise<FixtureObject[]>;
  /** Field names besides `<kind>Id(s)` that hold ids of this kind. */
  fields?: readonly string[];
}

/**
 * How to make objects of each resource kind, keyed by the path segment that names the kind.
 * Features add their kinds here (`jobs`, `candidates`, `applications`…); fixtures run in this
 * order, so a kind may rely on the ones above it. Keep `audit-events` last: it collects what the
 * others recorded.
 */
export const resourceFixtures: Record<string, ResourceFixture> = {
  users: {
    // A member of its own (not one of the users the probes sign in as), so deactivating or
    // demoting it breaks nothing.
    async create(app, org) {
      const user = await addTenantMember(app, org, 'interviewer', 'fixture user');
      return [{ id: user.user.id, markers: [user.user.id, user.user.email, user.name] }];
    },
    // Ids of users under the names of their part (`targetUserId` needs no entry: it ends in "User").
    fields: ['actorId', 'hiringManagerId', 'recruiterId', 'recruiterIds', 'interviewerId', 'interviewerIds', 'reviewerIds'],
  },
  invitations: {
    // An invitation is a pending user and its single-use link; the link's token is a secret.
    async create(app, org) {
      const invitation = await inviteUser(app, org, 'recruiter', 'fixture invitee');
      return [{ id: invitation.id, markers: [invitation.id, invitation.email, invitation.name, invitation.token] }];
    },
  },
  jobs: {
    async create(app, org) {
      const job = await makeJob(app, org);
      return [{ id: job.id, markers: [job.id, job.title] }];
    },
  },
  stages: {
    async create(app, org) {
      const job = await makeJob(app, org);
      const stage = job.stages[1]!;
      return [{ id: stage.id, markers: [stage.id], refs: { jobs: job.id } }];
    },
  },
  candidates: {
    async create(app, org) {
      const firstName = tenantName(org, 'Cand');
      const email = tenantEmail(org, 'candidate');
      const made = await call(app, 'POST', `${API}/candidates`, {
        token: org.members.admin.accessToken,
        body: { firstName, lastName: 'Probe', email },
      });
      if (made.status !== 201) throw new Error(`candidate: ${made.status} ${JSON.stringify(made.body)}`);
      return [{ id: made.body.id, markers: [made.body.id, email, firstName] }];
    },
    fields: ['primaryId', 'duplicateId'],
  },
  'rejection-reasons': {
    async create(app, org) {
      const name = tenantName(org, 'Reason');
      const made = await call(app, 'POST', `${API}/rejection-reasons`, {
        token: org.members.admin.accessToken,
        body: { type: 'we_rejected', name },
      });
      if (made.status !== 201) throw new Error(`reason: ${made.status} ${JSON.stringify(made.body)}`);
      return [{ id: made.body.id, markers: [made.body.id, name] }];
    },
    fields: ['reasonId'],
  },
  applications: {
    async create(app, org) {
      const job = await makeJob(app, org);
      const [candidate] = await resourceFixtures.candidates!.create(app, org);
      const made = await call(app, 'POST', `${API}/applications`, {
        token: org.members.admin.accessToken,
        body: { jobId: job.id, candidateId: candidate!.id },
      });
      if (made.status !== 201) throw new Error(`application: ${made.status} ${JSON.stringify(made.body)}`);
      return [{ id: made.body.id, markers: [made.body.id], refs: { jobs: job.id, candidates: candidate!.id, stages: job.stages[1]!.id } }];
    },
  },
  challenges: {
    // A challenge on an application of its own; the token of its submission link is a secret.
    async create(app, org) {
      const [application] = await resourceFixtures.applications!.create(app, org);
      const title = tenantName(org, 'Challenge');
      const made = await call(app, 'POST', `${API}/applications/${application!.id}/challenges`, {
        token: org.members.admin.accessToken,
        body: {
          title,
          instructions: 'Probe instructions',
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          // Every member reviews it: reviewer-only routes (scoring it) are then open to whichever role probes them.
          reviewerIds: roles.map((role) => org.members[role].user.id),
        },
      });
      if (made.status !== 201) throw new Error(`challenge: ${made.status} ${JSON.stringify(made.body)}`);
      const token = new URL(made.body.submissionUrl).pathname.split('/').pop()!;
      return [
        {
          id: made.body.challenge.id,
          markers: [made.body.challenge.id, title, token],
          refs: { applications: application!.id, ...application!.refs },
        },
      ];
    },
  },
  interviews: {
    // Of the hiring manager's job, with every member of the organisation on the panel: panel-only
    // routes (an interviewer's reads, scorecards) are then open to whichever role probes them.
    async create(app, org) {
      const [application] = await resourceFixtures.applications!.create(app, org);
      const title = tenantName(org, 'Interview');
      const made = await call(app, 'POST', `${API}/interviews`, {
        token: org.members.admin.accessToken,
        body: {
          applicationId: application!.id,
          title,
          startsAt: '2030-01-07T10:00:00Z',
          durationMinutes: 45,
          timezone: 'Europe/Paris',
          interviewerIds: roles.map((role) => org.members[role].user.id),
        },
      });
      if (made.status !== 201) throw new Error(`interview: ${made.status} ${JSON.stringify(made.body)}`);
      return [{ id: made.body.id, markers: [made.body.id, title], refs: { ...application!.refs, applications: application!.id } }];
    },
  },
  reminders: {
    // Planned by the worker, which these probes do not run: one is written as the worker would,
    // skipped, so that a retry reaching it would succeed.
    async create(app, org) {
      const [application] = await resourceFixtures.applications!.create(app, org);
      const [reminder] = await app.get(DataSource).query(
        `INSERT INTO reminders (organization_id, kind, dedupe_key, recipient_candidate_id, application_id, due_at, status, status_reason)
         SELECT organization_id, 'rejection_notice', 'probe:' || gen_random_uuid(), candidate_id, id, now(), 'skipped', 'probe'
           FROM applications WHERE id = $1
         RETURNING id`,
        [application!.id],
      );
      return [{ id: reminder.id, markers: [reminder.id], refs: { ...application!.refs, applications: application!.id } }];
    },
  },
  'audit-events': {
    // Recorded by everything above; audit events cannot be changed, so the same ones serve every probe.
    async create(app, org) {
      const page = await call(app, 'GET', `${API}/audit-events?limit=200`, { token: org.members.admin.accessToken });
      if (page.status !== 200) throw new Error(`audit events of ${org.label}: ${page.status} ${JSON.stringify(page.body)}`);
      return (page.body.data as { id: string }[]).map((event) => ({ id: event.id, markers: [event.id] }));
    },
  },
};

async function makeJob(app: NestFastifyApplication, org: TenantOrg) {
  const title = tenantName(org, 'Job');
  const made = await call(app, 'POST', `${API}/jobs`, {
    token: org.members.admin.accessToken,
    body: { title, hiringManagerId: org.members.hiring_manager.user.id },
  });
  if (made.status !== 201) throw new Error(`job: ${made.status} ${JSON.stringify(made.body)}`);
  const opened = await call(app, 'PATCH', `${API}/jobs/${made.body.id}`, {
    token: org.members.admin.accessToken,
    body: { status: 'open' },
  });
  if (opened.status !== 200) throw new Error(`open job: ${opened.status} ${JSON.stringify(opened.body)}`);
  const detail = await call(app, 'GET', `${API}/jobs/${made.body.id}`, { token: org.members.admin.accessToken });
  return { id: made.body.id as string, title, stages: detail.body.stages as { id: string }[] };
}

export type Population = Record<string, FixtureObject[]>;

/** Every kind of the registry, created in `org`. */
export async function populate(app: NestFastifyApplication, org: TenantOrg): Promise<Population> {
  const population: Population = {};
  for (const [kind, fixture] of Object.entries(resourceFixtures)) {
    population[kind] = await fixture.create(app, org);
    if (population[kind].length === 0) throw new Error(`The ${kind} fixture made no objects in ${org.label}`);
  }
  return population;
}

/** Everything that identifies the organisation's data: ids, names, emails, slug, secrets. */
export function tenantMarkers(org: TenantOrg, population: Population): string[] {
  const markers = [org.organization.id, org.organization.name, org.organization.slug];
  for (const member of Object.values(org.members)) markers.push(member.user.id, member.user.email, member.name);
  for (const objects of Object.values(population)) for (const object of objects) markers.push(object.id, ...object.markers);
  return [...new Set(markers.filter((marker) => marker.length >= 8))];
}

/** The markers that appear anywhere in a response body. */
export function findMarkers(body: unknown, markers: readonly string[]): string[] {
  const text = (typeof body === 'string' ? body : JSON.stringify(body ?? '')).toLowerCase();
  return markers.filter((marker) => text.includes(marker.toLowerCase()));
}

// ─── From a route to a request ────────────────────────────────────────────────────────────────

const camel = (word: string) => word.replace(/[-_]+([a-z0-9])/gi, (_match, letter: string) => letter.toUpperCase());
const singular = (word: string) => (/ies$/i.test(word) ? word.slice(0, -3) + 'y' : /(ss|us)$/i.test(word) ? word : word.replace(/s$/i, ''));
/** `audit-events`, `auditEvents`, `auditEvent` → `auditevent`: how kinds, segments and fields are compared. */
const kindKey = (word: string) => singular(camel(word)).toLowerCase();

/** The kind a path parameter names (the segment before it), or undefined when none does. */
export function kindOfPathParameter(path: string, name: string): string | undefined {
  const segments = path.split('/');
  const index = segments.indexOf(`{${name}}`);
  const before = index > 0 ? segments[index - 1] : undefined;
  if (!before || before.startsWith('{')) return undefined;
  return Object.keys(resourceFixtures).find((kind) => kindKey(kind) === kindKey(before)) ?? before;
}

/** Words that qualify an id field without naming its kind: `toStageId` holds a stage. */
const qualifiers = /^(to|from|source|target|new|old|parent|previous|next|current)$/;
const kebab = (word: string) => word.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const plural = (word: string) =>
  /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;

/**
 * The kind an `xId` / `xIds` field (or a kind's declared field) refers to; undefined for other
 * fields. The longest tail of the name that names a registered kind wins (`targetUserId` → users);
 * for a kind not registered yet, its likely name (`rejectionReasonId` → `rejection-reasons`).
 */
export function kindOfField(name: string): string | undefined {
  const declared = Object.entries(resourceFixtures).find(([, fixture]) => fixture.fields?.includes(name));
  if (declared) return declared[0];
  const match = /^(.+?)Ids?$/.exec(name);
  if (!match) return undefined;
  const words = match[1]!.split(/(?=[A-Z])/);
  for (let start = 0; start < words.length; start++) {
    const tail = words.slice(start).join('');
    const known = Object.keys(resourceFixtures).find((kind) => kindKey(kind) === kindKey(tail));
    if (known) return known;
  }
  const named = words.length > 1 && qualifiers.test(words[0]!) ? words.slice(1).join('') : match[1]!;
  return plural(kebab(named.charAt(0).toLowerCase() + named.slice(1)));
}

/** A UUID, or a union of one with null (`z.uuid().nullable()` may be written either way). */
const uuidShaped = (schema: JsonSchema | undefined): boolean =>
  !!schema &&
  (schema.format === 'uuid' ||
    (typeof schema.pattern === 'string' && schema.pattern.includes('[0-9a-fA-F]{8}-')) ||
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((branch) => uuidShaped(branch)));
const idListShaped = (schema: JsonSchema | undefined): boolean =>
  !!schema && [schema.type].flat().includes('array') && !Array.isArray(schema.items) && uuidShaped(schema.items as JsonSchema | undefined);

export interface IdSlot {
  kind: string;
  /** Where the id goes: a path parameter, a query parameter, or a body field (at any depth). */
  in: 'path' | 'query' | 'body';
  name: string;
}

/** Every place a route takes the id of an object: path parameters, then `<kind>Id(s)` query and body fields. */
export function idSlotsOf(route: ApiRoute, document: OpenApiDocument): IdSlot[] {
  const slots: IdSlot[] = [];
  for (const parameter of route.operation?.parameters ?? []) {
    if (parameter.in === 'path') {
      const kind = kindOfPathParameter(route.path, parameter.name);
      if (kind && (uuidShaped(parameter.schema) || /(^id$|Id$)/.test(parameter.name)))
        slots.push({ kind, in: 'path', name: parameter.name });
    } else if (parameter.in === 'query') {
      const kind = kindOfField(parameter.name);
      if (kind && (uuidShaped(parameter.schema) || idListShaped(parameter.schema))) slots.push({ kind, in: 'query', name: parameter.name });
    }
  }
  const body = route.operation?.requestBody?.content?.['application/json']?.schema;
  if (body) {
    const visit = (schema: JsonSchema, depth: number) => {
      const resolved = schema.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
      if (!resolved || depth > 8) return;
      for (const [name, property] of Object.entries(resolved.properties ?? {})) {
        const kind = kindOfField(name);
        if (kind && (uuidShaped(property) || idListShaped(property))) slots.push({ kind, in: 'body', name });
        else visit(property, depth + 1);
      }
      if (resolved.items && !Array.isArray(resolved.items)) visit(resolved.items, depth + 1);
      for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) visit(branch, depth + 1);
    };
    visit(body, 0);
  }
  return slots;
}

export interface ProbeRequest {
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The ids the request carries, by kind. */
  ids: Map<string, string>;
}

/**
 * A request for `route` that passes its validation: path ids and `<kind>Id(s)` fields from `ids`
 * (a kind it lacks gets a random UUID in the path, and is left to the schema elsewhere); the
 * body (JSON or multipart) and query the OpenAPI schemas describe. Throws, naming the field, when
 * the schema asks for something the generator cannot make.
 */
export function buildRequest(route: ApiRoute, document: OpenApiDocument, ids: ReadonlyMap<string, string>): ProbeRequest {
  const used = new Map<string, string>();
  const slots = idSlotsOf(route, document);
  const override = (name: string, schema: JsonSchema) => {
    const slot = slots.find((candidate) => candidate.in !== 'path' && candidate.name === name);
    const id = slot && ids.get(slot.kind);
    if (!slot || !id) return undefined;
    used.set(slot.kind, id);
    // A list gets the id as many times as it must hold items: it passes the schema, and the
    // handler sees only ids of the kind being probed.
    return idListShaped(schema) ? Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => id) : id;
  };
  const parameters = route.operation?.parameters ?? [];
  const path = route.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const slot = slots.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const id = slot ? (ids.get(slot.kind) ?? randomUUID()) : undefined;
    if (slot) used.set(slot.kind, id!);
    return encodeURIComponent(String(id ?? sampleFromSchema(parameter?.schema ?? { type: 'string' }, { document }, `path.${name}`)));
  });
  const query = sampleQuery(parameters, { override, document }).toString();
  const body = route.operation ? sampleRequestPayload(route.operation, { override, document }) : undefined;
  return { method: route.method, url: query ? `${path}?${query}` : path, body: body?.payload, headers: body?.headers, ids: used };
}

/**
 * Picks one object per kind the route needs, consistent with each other where fixtures say how
 * (`refs`): an object that belongs to others the route also names goes first and brings them (a
 * stage brings its own job; an application can bring a stage of its job for `toStageId`). Ties
 * keep the route's order: innermost path parameter first, then outwards, then query and body.
 */
export async function chooseIds(
  slots: readonly IdSlot[],
  pick: (kind: string) => FixtureObject | undefined | Promise<FixtureObject | undefined>,
): Promise<Map<string, string>> {
  const ordered = [...slots.filter((slot) => slot.in === 'path').reverse(), ...slots.filter((slot) => slot.in !== 'path')];
  const kinds = [...new Set(ordered.map((slot) => slot.kind))];
  const objects = new Map<string, FixtureObject | undefined>();
  for (const kind of kinds) objects.set(kind, await pick(kind));
  const anchoring = (kind: string) =>
    Object.keys(objects.get(kind)?.refs ?? {}).filter((other) => other !== kind && objects.has(other)).length;
  const ids = new Map<string, string>();
  for (const kind of [...kinds].sort((a, b) => anchoring(b) - anchoring(a))) {
    const object = objects.get(kind);
    if (ids.has(kind) || !object) continue;
    ids.set(kind, object.id);
    for (const [refKind, refId] of Object.entries(object.refs ?? {})) if (!ids.has(refKind)) ids.set(refKind, refId);
  }
  return ids;
}

export function send(app: NestFastifyApplication, request: ProbeRequest, token?: string): Promise<CallResult> {
  return call(app, request.method, request.url, { token, body: request.body, headers: request.headers });
}

/** Passed validation (a domain 400, such as a wrong current password, still means it did). */
export const passedValidation = (result: CallResult) =>
  !(result.status === 400 && ['VALIDATION_FAILED', 'MALFORMED_REQUEST'].includes(result.body?.code));

/**
 * The request passed authentication, authorisation, rate limits and validation: a handler
 * answered. A 400 counts only when it carries a domain code (the handler refused, say, a person
 * who cannot be assigned); the platform's own 400s mean the probe never got that far.
 */
export const reachedHandler = (result: CallResult) => ![401, 403, 429].includes(result.status) && passedValidation(result);

/**
 * A VALIDATION_FAILED that only the handler can have raised: every field error names an id field
 * the probe filled with a well-formed UUID (which its schema accepts), so it is the handler
 * refusing the object the id names ("is not a stage of this job"), not the schema refusing the request.
 */
export function refusedIdsOnly(result: CallResult, idFields: readonly string[]): boolean {
  const errors = result.body?.errors as { field: string }[] | undefined;
  if (result.status !== 400 || result.body?.code !== 'VALIDATION_FAILED' || !errors?.length) return false;
  return errors.every((error) => idFields.some((field) => error.field === field || error.field.startsWith(`${field}.`)));
}

/** A response, without what differs between two identical calls (request id) and with `ids` replaced by `<id>`. */
export function comparable(result: CallResult, ids: Iterable<string>): { status: number; body: unknown } {
  const { requestId: _requestId, ...body } = (
    result.body && typeof result.body === 'object' ? result.body : { text: result.body }
  ) as Record<string, unknown>;
  let text = JSON.stringify(body);
  for (const id of ids) text = text.replaceAll(id, '<id>');
  return { status: result.status, body: JSON.parse(text) };
}

export const describeCall = (request: ProbeRequest, result: CallResult) =>
  `${request.method} ${request.url} → ${result.status} ${result.body?.code ?? ''} ${result.body?.detail ?? ''}`.trim();
