import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, createWorker, type SignedIn, signUp, startTestApi, useWorkerTestEnvironment, waitFor } from '../utils/index.js';

const fieldsOf = (response: { body: { errors?: { field: string }[] } }) => (response.body.errors ?? []).map((error) => error.field);
const DAY_MS = 86_400_000;

describe('the team: invitations, roles and deactivation', () => {
  // The public per-IP limit (60 a minute) would trip on this file's sign-ups and acceptances; it
  // has its own tests in rate-limits.e2e-spec.ts.
  const environment = useWorkerTestEnvironment({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
  });

  afterAll(async () => {
    await app?.close();
  });

  const invite = (admin: SignedIn, body: Record<string, unknown>) =>
    call(app, 'POST', '/api/v1/users/invitations', { token: admin.accessToken, body });
  const accept = (token: string, password = 'my own password 1') =>
    call(app, 'POST', '/api/v1/auth/accept-invitation', { body: { token, password } });
  const patchUser = (actor: SignedIn, id: string, body: Record<string, unknown>) =>
    call(app, 'PATCH', `/api/v1/users/${id}`, { token: actor.accessToken, body });
  const login = (email: string, password: string) => call(app, 'POST', '/api/v1/auth/login', { body: { email, password } });
  const listUsers = (actor: SignedIn, query = '') => call(app, 'GET', `/api/v1/users${query}`, { token: actor.accessToken });
  const mailTo = (address: string): ParsedMail[] =>
    environment.smtp.messages.filter((message) =>
      [message.to ?? []].flat().some((to) => to.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase())),
    );

  describe('invitations', () => {
    it('invites someone by email; the link they receive signs them in with the invited role, once', async () => {
      environment.track(await createWorker(environment.config));
      const admin = await signUp(app, { organizationName: 'Invitation Works', name: 'Iris Admin' });

      const invited = await invite(admin, { email: 'rita.recruiter@example.com', name: 'Rita Recruiter', role: 'recruiter' });
      expect(invited.status).toBe(201);
      expect(invited.body.user).toMatchObject({
        email: 'rita.recruiter@example.com',
        name: 'Rita Recruiter',
        role: 'recruiter',
        status: 'invited',
        lastLoginAt: null,
      });
      const invitationUrl = new URL(invited.body.invitationUrl);
      expect(`${invitationUrl.origin}${invitationUrl.pathname}`).toBe(`${environment.config.APP_URL}/accept-invitation`);
      const token = invitationUrl.searchParams.get('token')!;
      expect(token).toMatch(/^[\w-]{40,}$/);
      const expiresInMs = new Date(invited.body.expiresAt).getTime() - Date.now();
      expect(expiresInMs).toBeGreaterThan(7 * DAY_MS - 5 * 60_000);
      expect(expiresInMs).toBeLessThanOrEqual(7 * DAY_MS);

      const [email] = await waitFor('the invitation email', () =>
        mailTo('rita.recruiter@example.com').length ? mailTo('rita.recruiter@example.com') : undefined,
      );
      expect(email!.subject).toBe('Iris Admin invited you to Invitation Works on Hiring Pipeline');
      expect(email!.text).toContain(invited.body.invitationUrl);
      expect(email!.html).toContain(`href="${invited.body.invitationUrl}"`);

      const pending = await listUsers(admin, '?status=invited');
      expect(pending.body.data.map((user: { id: string }) => user.id)).toEqual([invited.body.user.id]);

      const accepted = await accept(token);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        tokenType: 'Bearer',
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        user: { id: invited.body.user.id, role: 'recruiter', status: 'active' },
        organization: { id: admin.organization.id },
      });
      const me = await call(app, 'GET', '/api/v1/auth/me', { token: accepted.body.accessToken });
      expect(me.body.user).toMatchObject({ id: invited.body.user.id, role: 'recruiter', status: 'active' });
      expect((await login('rita.recruiter@example.com', 'my own password 1')).status).toBe(200);

      const again = await accept(token, 'someone else password');
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect(fieldsOf(again)).toEqual(['token']);
      expect((await login('rita.recruiter@example.com', 'someone else password')).status).toBe(401);
    });

    it('refuses to invite the email of an existing member, whatever its case, with 409 USER_ALREADY_EXISTS', async () => {
      const admin = await signUp(app);
      const member = await addMember(app, admin, 'interviewer', 'Ivan.Interviewer@example.com');
      for (const email of ['IVAN.INTERVIEWER@EXAMPLE.COM', admin.user.email.toUpperCase()]) {
        const response = await invite(admin, { email, name: 'Someone Again', role: 'recruiter' });
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('USER_ALREADY_EXISTS');
        expect(fieldsOf(response)).toEqual(['email']);
      }
      // The member is untouched.
      const users = await listUsers(admin);
      expect(users.body.data.find((user: { id: string }) => user.id === member.user.id)).toMatchObject({
        role: 'interviewer',
        status: 'active',
      });
    });

    it('lets the same email be invited by another organisation', async () => {
      const first = await signUp(app);
      const second = await signUp(app);
      await addMember(app, first, 'recruiter', 'shared.member@example.com');
      const response = await invite(second, { email: 'shared.member@example.com', name: 'Shared Member', role: 'hiring_manager' });
      expect(response.status).toBe(201);
    });

    it('sends a fresh link when someone is invited again, and only that one works', async () => {
      const admin = await signUp(app);
      const first = await invite(admin, { email: 'twice@example.com', name: 'Twice Invited', role: 'interviewer' });
      const second = await invite(admin, { email: 'TWICE@example.com', name: 'Twice Invited', role: 'hiring_manager' });
      expect(second.status).toBe(201);
      expect(second.body.user.id).toBe(first.body.user.id);
      const stale = await accept(new URL(first.body.invitationUrl).searchParams.get('token')!);
      expect(stale.status).toBe(400);
      expect(stale.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      const fresh = await accept(new URL(second.body.invitationUrl).searchParams.get('token')!);
      expect(fresh.status).toBe(200);
      expect(fresh.body.user.role).toBe('hiring_manager');
    });

    it('creates one invited user when the same invitation is sent twice at once (a double click)', async () => {
      const admin = await signUp(app);
      const body = { email: 'double.click@example.com', name: 'Double Click', role: 'recruiter' };
      const responses = await Promise.all([invite(admin, body), invite(admin, { ...body, email: 'Double.Click@example.com' })]);
      const statuses = responses.map((response) => response.status);
      expect(statuses).toContain(201);
      expect(
        statuses.every((status) => status === 201 || status === 409),
        JSON.stringify(responses.map((response) => response.body)),
      ).toBe(true);
      const pending = await listUsers(admin, '?status=invited');
      expect(pending.body.data).toHaveLength(1);
      // Whichever link is the live one signs the invitee in.
      const accepted = await Promise.all(
        responses
          .filter((response) => response.status === 201)
          .map((response) => accept(new URL(response.body.invitationUrl).searchParams.get('token')!)),
      );
      expect(accepted.filter((response) => response.status === 200)).toHaveLength(1);
    });

    it('lets only one of two simultaneous acceptances of a link through', async () => {
      const admin = await signUp(app);
      const invited = await invite(admin, { email: 'racing.accept@example.com', name: 'Racing Accept', role: 'interviewer' });
      const token = new URL(invited.body.invitationUrl).searchParams.get('token')!;
      const [first, second] = await Promise.all([accept(token, 'first password 1'), accept(token, 'second password 2')]);
      expect([first.status, second.status].sort()).toEqual([200, 400]);
      const winner = first.status === 200 ? 'first password 1' : 'second password 2';
      const loser = first.status === 200 ? 'second password 2' : 'first password 1';
      expect((await login('racing.accept@example.com', winner)).status).toBe(200);
      expect((await login('racing.accept@example.com', loser)).status).toBe(401);
    });

    it('refuses an invitation link once it has expired', async () => {
      const admin = await signUp(app);
      const invited = await invite(admin, { email: 'too.late@example.com', name: 'Too Late', role: 'recruiter' });
      // Seven days pass.
      await app
        .get(DataSource)
        .query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [invited.body.user.id]);
      const response = await accept(new URL(invited.body.invitationUrl).searchParams.get('token')!);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect(fieldsOf(response)).toEqual(['token']);
      expect((await listUsers(admin, '?status=invited')).body.data.map((user: { id: string }) => user.id)).toEqual([invited.body.user.id]);
    });

    it('does not let a recruiter invite (403 PERMISSION_DENIED)', async () => {
      const admin = await signUp(app);
      const recruiter = await addMember(app, admin, 'recruiter');
      const response = await invite(recruiter, { email: 'friend@example.com', name: 'A Friend', role: 'admin' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('PERMISSION_DENIED');
      const pending = await listUsers(admin, '?status=invited');
      expect(pending.body.data).toEqual([]);
    });

    it('refuses an unknown role with 400 naming role', async () => {
      const admin = await signUp(app);
      const response = await invite(admin, { email: 'boss@example.com', name: 'The Boss', role: 'owner' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual(['role']);
    });

    it('refuses an invitation password shorter than 10 characters with 400 naming password', async () => {
      const admin = await signUp(app);
      const invited = await invite(admin, { email: 'weak@example.com', name: 'Weak Password', role: 'interviewer' });
      const response = await accept(new URL(invited.body.invitationUrl).searchParams.get('token')!, 'short');
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual(['password']);
    });
  });

  describe('GET /users', () => {
    it('walks the whole team one page at a time, without duplicates, ending with a null cursor', async () => {
      const admin = await signUp(app);
      const members = [
        await addMember(app, admin, 'recruiter'),
        await addMember(app, admin, 'hiring_manager'),
        await addMember(app, admin, 'interviewer'),
      ];
      await invite(admin, { email: 'pending.page@example.com', name: 'Pending Page', role: 'interviewer' });

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof listUsers>> = await listUsers(
          admin,
          `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.status).toBe(200);
        expect(page.body.data).toHaveLength(1);
        seen.push(page.body.data[0].id);
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(cursor).toBeNull();
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(seen.length);
      const all = await listUsers(admin, '?limit=200');
      expect(all.body.nextCursor).toBeNull();
      expect(seen).toEqual(all.body.data.map((user: { id: string }) => user.id));
      expect(seen).toEqual(expect.arrayContaining([admin.user.id, ...members.map((member) => member.user.id)]));
    });

    it('filters by role and status', async () => {
      const admin = await signUp(app);
      const recruiter = await addMember(app, admin, 'recruiter');
      await addMember(app, admin, 'interviewer');
      const recruiters = await listUsers(admin, '?role=recruiter');
      expect(recruiters.body.data.map((user: { id: string }) => user.id)).toEqual([recruiter.user.id]);
      const active = await listUsers(admin, '?status=active');
      expect(active.body.data).toHaveLength(3);
    });

    it('refuses a cursor it did not issue with 400 naming cursor', async () => {
      const admin = await signUp(app);
      for (const cursor of [
        'not-a-cursor',
        Buffer.from('["not-a-user-id"]').toString('base64url'),
        Buffer.from('[1,2]').toString('base64url'),
      ]) {
        const response = await listUsers(admin, `?cursor=${encodeURIComponent(cursor)}`);
        expect(response.status, cursor).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(['cursor']);
      }
    });

    it('lets a recruiter read the team but not an interviewer', async () => {
      const admin = await signUp(app);
      const recruiter = await addMember(app, admin, 'recruiter');
      const interviewer = await addMember(app, admin, 'interviewer');
      expect((await listUsers(recruiter)).status).toBe(200);
      const refused = await listUsers(interviewer);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('PERMISSION_DENIED');
    });
  });

  describe('PATCH /users/:id', () => {
    it('changes a role, which takes effect on the member’s very next request', async () => {
      const admin = await signUp(app);
      const member = await addMember(app, admin, 'recruiter');
      const friend = { email: 'promoted.friend@example.com', name: 'Promoted Friend', role: 'interviewer' };
      expect((await invite(member, friend)).status).toBe(403);

      const promoted = await patchUser(admin, member.user.id, { role: 'admin' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ id: member.user.id, role: 'admin', status: 'active' });
      expect((await call(app, 'GET', '/api/v1/auth/me', { token: member.accessToken })).body.user.role).toBe('admin');
      expect((await invite(member, friend)).status).toBe(201);

      const demoted = await patchUser(admin, member.user.id, { role: 'hiring_manager' });
      expect(demoted.body.role).toBe('hiring_manager');
      expect((await invite(member, { ...friend, email: 'another.friend@example.com' })).status).toBe(403);
    });

    it('refuses to demote or deactivate the only active admin (409 LAST_ADMIN)', async () => {
      const admin = await signUp(app);
      await addMember(app, admin, 'recruiter');
      for (const change of [{ role: 'recruiter' }, { active: false }]) {
        const response = await patchUser(admin, admin.user.id, change);
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('LAST_ADMIN');
      }
      const me = await call(app, 'GET', '/api/v1/auth/me', { token: admin.accessToken });
      expect(me.body.user).toMatchObject({ role: 'admin', status: 'active' });
    });

    it('lets an admin step down once another admin exists', async () => {
      const admin = await signUp(app);
      const second = await addMember(app, admin, 'admin');
      const response = await patchUser(admin, admin.user.id, { role: 'recruiter' });
      expect(response.status).toBe(200);
      expect(response.body.role).toBe('recruiter');
      const last = await patchUser(second, second.user.id, { active: false });
      expect(last.status).toBe(409);
      expect(last.body.code).toBe('LAST_ADMIN');
    });

    it('keeps one admin when two admins demote each other at the same moment', async () => {
      const first = await signUp(app);
      const second = await addMember(app, first, 'admin');
      const [byFirst, bySecond] = await Promise.all([
        patchUser(first, second.user.id, { role: 'recruiter' }),
        patchUser(second, first.user.id, { role: 'recruiter' }),
      ]);
      expect([byFirst.status, bySecond.status].sort()).toEqual([200, 409]);
      const loser = byFirst.status === 409 ? byFirst : bySecond;
      expect(loser.body.code).toBe('LAST_ADMIN');

      const survivor = byFirst.status === 200 ? first : second;
      const admins = await listUsers(survivor, '?role=admin&status=active');
      expect(admins.status).toBe(200);
      expect(admins.body.data.map((user: { id: string }) => user.id)).toEqual([survivor.user.id]);
    });

    it('answers 404 for a user of another organisation or an unknown id, and 400 for a malformed id', async () => {
      const admin = await signUp(app);
      const stranger = await signUp(app);
      for (const id of [stranger.user.id, '01900000-0000-7000-8000-000000000000']) {
        const response = await patchUser(admin, id, { role: 'recruiter' });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('USER_NOT_FOUND');
      }
      expect((await call(app, 'GET', '/api/v1/auth/me', { token: stranger.accessToken })).body.user.role).toBe('admin');
      const malformed = await patchUser(admin, 'not-a-uuid', { role: 'recruiter' });
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed)).toEqual(['id']);
    });

    it('deactivates a member, who can no longer sign in, and reactivates them, who can again', async () => {
      const admin = await signUp(app);
      const member = await addMember(app, admin, 'hiring_manager');

      const deactivated = await patchUser(admin, member.user.id, { active: false });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.status).toBe('deactivated');
      expect((await call(app, 'GET', '/api/v1/auth/me', { token: member.accessToken })).status).toBe(401);
      expect((await login(member.user.email, member.password)).status).toBe(401);

      const reactivated = await patchUser(admin, member.user.id, { active: true });
      expect(reactivated.status).toBe(200);
      expect(reactivated.body).toMatchObject({ status: 'active', role: 'hiring_manager' });
      const signedIn = await login(member.user.email, member.password);
      expect(signedIn.status).toBe(200);
      expect((await call(app, 'GET', '/api/v1/auth/me', { token: signedIn.body.accessToken })).status).toBe(200);
      // Reactivation opens no old session: the one ended by deactivation stays ended.
      expect((await call(app, 'GET', '/api/v1/auth/me', { token: member.accessToken })).status).toBe(401);
    });

    it('does not let a hiring manager change anyone (403 PERMISSION_DENIED)', async () => {
      const admin = await signUp(app);
      const manager = await addMember(app, admin, 'hiring_manager');
      const response = await patchUser(manager, manager.user.id, { role: 'admin' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('PERMISSION_DENIED');
    });
  });
});
