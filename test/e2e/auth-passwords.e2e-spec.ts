import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createWorker, type SignedIn, signUp, sleep, startTestApi, useWorkerTestEnvironment, waitFor } from '../utils/index.js';

const fieldsOf = (response: { body: { errors?: { field: string }[] } }) => (response.body.errors ?? []).map((error) => error.field);

describe('passwords', () => {
  // The public per-IP limit (60 a minute) would trip on this file's sign-ups and logins; it has
  // its own tests in rate-limits.e2e-spec.ts.
  const environment = useWorkerTestEnvironment({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
  });

  afterAll(async () => {
    await app?.close();
  });

  const login = (email: string, password: string) => call(app, 'POST', '/api/v1/auth/login', { body: { email, password } });
  const refresh = (refreshToken: string) => call(app, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  const me = (token: string) => call(app, 'GET', '/api/v1/auth/me', { token });
  const mailTo = (address: string): ParsedMail[] =>
    environment.smtp.messages.filter((message) =>
      [message.to ?? []].flat().some((to) => to.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase())),
    );
  const resetLinkIn = (message: ParsedMail) => {
    const link = /(https?:\/\/\S+\/reset-password\?token=[\w-]+)/.exec(message.text ?? '')?.[1];
    expect(link, 'a reset link in the email text').toBeDefined();
    return new URL(link!);
  };

  /** Two live sessions of one user: the sign-up's and a later login's. */
  async function userWithTwoSessions(): Promise<{ user: SignedIn & { password: string }; second: SignedIn }> {
    const user = await signUp(app);
    const second = await login(user.user.email, user.password);
    expect(second.status).toBe(200);
    return { user, second: second.body };
  }

  describe('POST /me/password', () => {
    it('refuses a wrong current password with 400 INVALID_CURRENT_PASSWORD naming currentPassword', async () => {
      const user = await signUp(app);
      const response = await call(app, 'POST', '/api/v1/me/password', {
        token: user.accessToken,
        body: { currentPassword: 'not my password', newPassword: 'a brand new password' },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_CURRENT_PASSWORD');
      expect(fieldsOf(response)).toEqual(['currentPassword']);
      expect((await login(user.user.email, user.password)).status).toBe(200);
    });

    it('refuses a new password shorter than 10 characters with 400 naming newPassword', async () => {
      const user = await signUp(app);
      const response = await call(app, 'POST', '/api/v1/me/password', {
        token: user.accessToken,
        body: { currentPassword: user.password, newPassword: 'short' },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(['newPassword']);
    });

    it('changes the password, ends my other sessions and keeps the current one', async () => {
      const { user, second } = await userWithTwoSessions();
      const response = await call(app, 'POST', '/api/v1/me/password', {
        token: user.accessToken,
        body: { currentPassword: user.password, newPassword: 'a brand new password' },
      });
      expect(response.status).toBe(204);

      // The other session is over.
      expect((await me(second.accessToken)).status).toBe(401);
      expect((await refresh(second.refreshToken)).status).toBe(401);

      // The one that changed the password carries on.
      expect((await me(user.accessToken)).status).toBe(200);
      const renewed = await refresh(user.refreshToken);
      expect(renewed.status).toBe(200);
      expect((await me(renewed.body.accessToken)).status).toBe(200);

      const withOld = await login(user.user.email, user.password);
      expect(withOld.status).toBe(401);
      expect(withOld.body.code).toBe('INVALID_CREDENTIALS');
      expect((await login(user.user.email, 'a brand new password')).status).toBe(200);
    });
  });

  describe('password reset', () => {
    const requestReset = (email: string) => call(app, 'POST', '/api/v1/auth/password-reset', { body: { email } });
    const confirm = (token: string, newPassword: string) =>
      call(app, 'POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword } });

    it('emails one link to a known address and nothing to an unknown one, answering both the same way', async () => {
      environment.track(await createWorker(environment.config));
      const { user } = await userWithTwoSessions();
      const unknown = 'nobody-at-all@example.com';

      const forUnknown = await requestReset(unknown);
      const forKnown = await requestReset(user.user.email);
      expect(forKnown.status).toBe(202);
      expect(forUnknown.status).toBe(202);
      expect(forUnknown.body).toEqual(forKnown.body);

      const [email] = await waitFor('the reset email', () => (mailTo(user.user.email).length ? mailTo(user.user.email) : undefined));
      // Give a second email, were one wrongly queued, the time to arrive too.
      await sleep(700);
      expect(mailTo(user.user.email)).toHaveLength(1);
      expect(email!.subject).toBe('Reset your Hiring Pipeline password');
      const link = resetLinkIn(email!);
      expect(`${link.origin}${link.pathname}`).toBe(`${environment.config.APP_URL}/reset-password`);

      expect(mailTo(unknown)).toHaveLength(0);
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM mail_deliveries WHERE lower(recipient) = $1`, [unknown]);
      expect(count).toBe(0);
    });

    it('sets a new password with the emailed link, ends every session, and works only once', async () => {
      environment.track(await createWorker(environment.config));
      const { user, second } = await userWithTwoSessions();
      expect((await requestReset(user.user.email)).status).toBe(202);
      const [email] = await waitFor('the reset email', () => (mailTo(user.user.email).length ? mailTo(user.user.email) : undefined));
      const token = resetLinkIn(email!).searchParams.get('token')!;

      const confirmed = await confirm(token, 'reset to something new');
      expect(confirmed.status).toBe(204);

      for (const session of [user, second]) {
        expect((await me(session.accessToken)).status).toBe(401);
        expect((await refresh(session.refreshToken)).status).toBe(401);
      }
      expect((await login(user.user.email, user.password)).status).toBe(401);
      const signedIn = await login(user.user.email, 'reset to something new');
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.id).toBe(user.user.id);

      const reused = await confirm(token, 'yet another password');
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect(fieldsOf(reused)).toEqual(['token']);
      expect((await login(user.user.email, 'reset to something new')).status).toBe(200);
    });

    it('keeps only the newest link working when a reset is asked for twice', async () => {
      environment.track(await createWorker(environment.config));
      const user = await signUp(app);
      expect((await requestReset(user.user.email)).status).toBe(202);
      const [first] = await waitFor('the first reset email', () =>
        mailTo(user.user.email).length === 1 ? mailTo(user.user.email) : undefined,
      );
      expect((await requestReset(user.user.email)).status).toBe(202);
      const second = (
        await waitFor('the second reset email', () => (mailTo(user.user.email).length === 2 ? mailTo(user.user.email) : undefined))
      )[1];
      const [older, newer] = [first!, second!].map((email) => resetLinkIn(email).searchParams.get('token')!);
      expect(newer).not.toBe(older);

      const withOlder = await confirm(older!, 'the older link tries');
      expect(withOlder.status).toBe(400);
      expect(withOlder.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect((await confirm(newer!, 'the newest link wins')).status).toBe(204);
      expect((await login(user.user.email, 'the newest link wins')).status).toBe(200);
    });

    it('refuses a reset link once its hour has passed', async () => {
      environment.track(await createWorker(environment.config));
      const user = await signUp(app);
      expect((await requestReset(user.user.email)).status).toBe(202);
      const [email] = await waitFor('the reset email', () => (mailTo(user.user.email).length ? mailTo(user.user.email) : undefined));
      // The hour passes.
      await app
        .get(DataSource)
        .query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.user.id]);
      const response = await confirm(resetLinkIn(email!).searchParams.get('token')!, 'too late for this');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect(fieldsOf(response)).toEqual(['token']);
      expect((await login(user.user.email, user.password)).status).toBe(200);
    });

    it('refuses an unknown token with 400 naming token', async () => {
      const response = await confirm('not-a-token-we-issued', 'whatever password');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      expect(fieldsOf(response)).toEqual(['token']);
    });

    it('refuses a new password shorter than 10 characters with 400 naming newPassword', async () => {
      const response = await confirm('any-token', 'short');
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual(['newPassword']);
    });
  });
});
