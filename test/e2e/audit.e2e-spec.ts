import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  type CallResult,
  createWorker,
  type SignedIn,
  signUp,
  startTestApi,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

interface AuditEventView {
  id: string;
  type: string;
  actorUserId: string | null;
  targetUserId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

const fieldsOf = (response: CallResult) => (response.body.errors ?? []).map((error: { field: string }) => error.field);

/**
 * One organisation lives through every audited action, each request from its own address and
 * browser; the trail must then tell who did what to whom, from where.
 */
describe('the audit trail', () => {
  // Many public requests from one address; the public per-IP limit is tested in rate-limits.e2e-spec.ts.
  const environment = useWorkerTestEnvironment({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  let app: NestFastifyApplication;

  const from = (ip: string, userAgent: string) => ({ remoteAddress: ip, headers: { 'user-agent': userAgent } });
  const adminClient = from('203.0.113.10', 'AdminBrowser/1.0');
  const memberClient = from('198.51.100.20', 'MemberBrowser/2.0');
  const attackerClient = from('192.0.2.66', 'curl/8.0');

  let admin: SignedIn & { password: string };
  let member: SignedIn;
  let other: SignedIn & { password: string };
  let otherRecruiter: SignedIn;
  let trail: AuditEventView[];

  const mailTo = (address: string): ParsedMail[] =>
    environment.smtp.messages.filter((message) =>
      [message.to ?? []].flat().some((to) => to.value.some((entry) => entry.address === address)),
    );
  const auditEvents = (actor: SignedIn, query = '') => call(app, 'GET', `/api/v1/audit-events${query}`, { token: actor.accessToken });
  const ofType = (type: string) => trail.filter((event) => event.type === type);

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    const worker = await createWorker(environment.config);
    try {
      const signup = await call(app, 'POST', '/api/v1/auth/signup', {
        ...adminClient,
        body: { organizationName: 'Audited Ltd', name: 'Audrey Admin', email: 'audrey@audited.example', password: 'admin password 1' },
      });
      expect(signup.status).toBe(201);
      admin = { ...signup.body, password: 'admin password 1' };

      expect(
        (
          await call(app, 'POST', '/api/v1/auth/login', {
            ...attackerClient,
            body: { email: 'audrey@audited.example', password: 'guessing 123' },
          })
        ).status,
      ).toBe(401);
      const login = await call(app, 'POST', '/api/v1/auth/login', {
        ...adminClient,
        body: { email: 'audrey@audited.example', password: 'admin password 1' },
      });
      expect(login.status).toBe(200);
      admin = { ...login.body, password: 'admin password 1' };

      const invited = await call(app, 'POST', '/api/v1/users/invitations', {
        ...adminClient,
        token: admin.accessToken,
        body: { email: 'mo@audited.example', name: 'Mo Member', role: 'recruiter' },
      });
      expect(invited.status).toBe(201);
      const accepted = await call(app, 'POST', '/api/v1/auth/accept-invitation', {
        ...memberClient,
        body: { token: new URL(invited.body.invitationUrl).searchParams.get('token'), password: 'member password 1' },
      });
      expect(accepted.status).toBe(200);
      member = accepted.body;

      const changed = await call(app, 'POST', '/api/v1/me/password', {
        ...memberClient,
        token: member.accessToken,
        body: { currentPassword: 'member password 1', newPassword: 'member password 2' },
      });
      expect(changed.status).toBe(204);

      expect(
        (await call(app, 'POST', '/api/v1/auth/password-reset', { ...memberClient, body: { email: 'mo@audited.example' } })).status,
      ).toBe(202);
      // The invitation email went to the same address; the reset link is in the other one.
      const resetToken = await waitFor('the reset email', () =>
        mailTo('mo@audited.example')
          .map((email) => /reset-password\?token=([\w-]+)/.exec(email.text ?? '')?.[1])
          .find(Boolean),
      );
      const reset = await call(app, 'POST', '/api/v1/auth/password-reset/confirm', {
        ...memberClient,
        body: { token: resetToken, newPassword: 'member password 3' },
      });
      expect(reset.status).toBe(204);

      const promoted = await call(app, 'PATCH', `/api/v1/users/${member.user.id}`, {
        ...adminClient,
        token: admin.accessToken,
        body: { role: 'hiring_manager' },
      });
      expect(promoted.status).toBe(200);
      const deactivated = await call(app, 'PATCH', `/api/v1/users/${member.user.id}`, {
        ...adminClient,
        token: admin.accessToken,
        body: { active: false },
      });
      expect(deactivated.status).toBe(200);

      // A second organisation, busy at the same time.
      other = await signUp(app, { organizationName: 'Unrelated Inc' });
      otherRecruiter = await addMember(app, other, 'recruiter');
      expect(
        (await call(app, 'POST', '/api/v1/auth/login', { body: { email: other.user.email, password: 'wrong password' } })).status,
      ).toBe(401);
      // And a failed login that matches no account at all.
      expect(
        (await call(app, 'POST', '/api/v1/auth/login', { body: { email: 'ghost@nowhere.example', password: 'wrong password' } })).status,
      ).toBe(401);
    } finally {
      await worker.close();
    }

    const everything = await auditEvents(admin, '?limit=200');
    expect(everything.status).toBe(200);
    expect(everything.body.nextCursor).toBeNull();
    trail = everything.body.data;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records every security event of the organisation, newest first', () => {
    const types = trail.map((event) => event.type);
    expect(new Set(types)).toEqual(
      new Set([
        'organization.created',
        'login.failed',
        'login.succeeded',
        'user.invited',
        'user.invitation_accepted',
        'password.changed',
        'password.reset',
        'user.role_changed',
        'user.deactivated',
      ]),
    );
    expect(types.at(-1)).toBe('organization.created');
    expect(types[0]).toBe('user.deactivated');
    const ids = trail.map((event) => event.id);
    expect(ids).toEqual([...ids].sort().reverse());
    for (const event of trail) expect(event.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('tells who acted, on whom, from which address and browser', () => {
    const adminId = admin.user.id;
    const memberId = member.user.id;
    const expectations: [string, Partial<AuditEventView>][] = [
      [
        'organization.created',
        {
          actorUserId: adminId,
          targetUserId: null,
          ip: '203.0.113.10',
          userAgent: 'AdminBrowser/1.0',
          data: { name: 'Audited Ltd', slug: 'audited-ltd' },
        },
      ],
      [
        'login.failed',
        { actorUserId: null, targetUserId: adminId, ip: '192.0.2.66', userAgent: 'curl/8.0', data: { email: 'audrey@audited.example' } },
      ],
      ['login.succeeded', { actorUserId: adminId, targetUserId: adminId, ip: '203.0.113.10', userAgent: 'AdminBrowser/1.0' }],
      [
        'user.invited',
        {
          actorUserId: adminId,
          targetUserId: memberId,
          ip: '203.0.113.10',
          userAgent: 'AdminBrowser/1.0',
          data: { email: 'mo@audited.example', role: 'recruiter' },
        },
      ],
      ['user.invitation_accepted', { actorUserId: memberId, targetUserId: memberId, ip: '198.51.100.20', userAgent: 'MemberBrowser/2.0' }],
      ['password.changed', { actorUserId: memberId, targetUserId: memberId, ip: '198.51.100.20', userAgent: 'MemberBrowser/2.0' }],
      ['password.reset', { actorUserId: memberId, targetUserId: memberId, ip: '198.51.100.20', userAgent: 'MemberBrowser/2.0' }],
      [
        'user.role_changed',
        {
          actorUserId: adminId,
          targetUserId: memberId,
          ip: '203.0.113.10',
          userAgent: 'AdminBrowser/1.0',
          data: { from: 'recruiter', to: 'hiring_manager' },
        },
      ],
      ['user.deactivated', { actorUserId: adminId, targetUserId: memberId, ip: '203.0.113.10', userAgent: 'AdminBrowser/1.0' }],
    ];
    for (const [type, expected] of expectations) {
      expect(ofType(type), type).toEqual([expect.objectContaining(expected)]);
    }
  });

  it('filters by type', async () => {
    const response = await auditEvents(admin, '?type=login.failed');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(ofType('login.failed'));
    expect(response.body.data).toHaveLength(1);
  });

  it('filters by actor', async () => {
    const response = await auditEvents(admin, `?actorId=${member.user.id}`);
    expect(response.status).toBe(200);
    expect(response.body.data.map((event: AuditEventView) => event.type)).toEqual([
      'password.reset',
      'password.changed',
      'user.invitation_accepted',
    ]);
    expect(response.body.data.every((event: AuditEventView) => event.actorUserId === member.user.id)).toBe(true);
  });

  it('combines both filters', async () => {
    const response = await auditEvents(admin, `?actorId=${admin.user.id}&type=user.role_changed`);
    expect(response.body.data).toEqual(ofType('user.role_changed'));
  });

  it('walks the trail page by page without gaps or duplicates', async () => {
    const seen: AuditEventView[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: CallResult = await auditEvents(admin, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(cursor).toBeNull();
    expect(pages).toBe(Math.ceil(trail.length / 2));
    expect(seen).toEqual(trail);

    const filtered = await auditEvents(admin, `?type=user.role_changed&limit=1`);
    expect(filtered.body.nextCursor).toBeNull();
  });

  it('refuses bad filters and cursors with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['?type=user.exploded', 'type'],
      ['?actorId=not-a-uuid', 'actorId'],
      ['?limit=0', 'limit'],
      ['?cursor=garbage', 'cursor'],
      [`?cursor=${Buffer.from('["not-an-event-id"]').toString('base64url')}`, 'cursor'],
    ];
    for (const [query, field] of cases) {
      const response = await auditEvents(admin, query);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    }
  });

  it('is for admins only: a recruiter gets 403 PERMISSION_DENIED', async () => {
    const response = await auditEvents(otherRecruiter);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('PERMISSION_DENIED');
  });

  it('never shows another organisation’s events, nor failed logins of unknown emails', async () => {
    const theirs = await auditEvents(other, '?limit=200');
    expect(theirs.status).toBe(200);
    expect(new Set(theirs.body.data.map((event: AuditEventView) => event.type))).toEqual(
      new Set(['organization.created', 'user.invited', 'user.invitation_accepted', 'login.failed']),
    );
    const ours = await auditEvents(admin, '?limit=200');
    const ourIds = new Set(ours.body.data.map((event: AuditEventView) => event.id));
    expect(theirs.body.data.filter((event: AuditEventView) => ourIds.has(event.id))).toEqual([]);
    const theirUsers = new Set(
      theirs.body.data.flatMap((event: AuditEventView) => [event.actorUserId, event.targetUserId]).filter(Boolean),
    );
    expect(
      ours.body.data.filter((event: AuditEventView) => theirUsers.has(event.actorUserId) || theirUsers.has(event.targetUserId)),
    ).toEqual([]);
    for (const list of [ours.body.data, theirs.body.data]) {
      expect(list.filter((event: AuditEventView) => event.data.email === 'ghost@nowhere.example')).toEqual([]);
    }
    // Filtering by an actor of another organisation finds nothing.
    const across = await auditEvents(admin, `?actorId=${other.user.id}`);
    expect(across.status).toBe(200);
    expect(across.body.data).toEqual([]);
  });
});
