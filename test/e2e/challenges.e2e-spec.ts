import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  createWorker,
  insertCandidate,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

describe('coding challenges', () => {
  // Sign-up, invitations and the candidate's routes are public: lift the per-IP limit so the
  // arrangement of the tests does not run into it.
  const environment = useWorkerTestEnvironment({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let interviewer: SignedIn;
  let stranger: SignedIn;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    admin = await signUp(app, { organizationName: 'Challenge Org' });
    [recruiter, manager, otherManager, interviewer] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
    ]);
    stranger = await signUp(app, { organizationName: 'Another Org' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const api = (method: string, path: string, as: SignedIn | null, body?: unknown) =>
    call(app, method, `/api/v1${path}`, { token: as?.accessToken, body });
  const sql = (text: string, parameters: unknown[] = []) => app.get(DataSource).query(text, parameters);
  const tokenOf = (submissionUrl: string) => new URL(submissionUrl).pathname.split('/').pop()!;
  const challengeEvents = async (challengeId: string) =>
    (
      await sql(`SELECT payload FROM outbox_events WHERE job_name = 'challenge.changed' AND payload->>'challengeId' = $1 ORDER BY id`, [
        challengeId,
      ])
    ).map((row: { payload: { type: string } }) => row.payload.type);

  async function freshApplication(candidateEmail?: string) {
    const job = await openJob(app, recruiter, {
      hiringManagerId: manager.user.id,
      title: `Backend engineer ${randomBytes(3).toString('hex')}`,
    });
    const candidate = await insertCandidate(app, admin.organization.id, { firstName: 'Ada', email: candidateEmail });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    return { job, candidate, application };
  }

  const challengeBody = (fields: Record<string, unknown> = {}) => ({
    title: 'Rate limiter',
    instructions: 'Build a token bucket rate limiter.',
    dueAt: inDays(7),
    reviewerIds: [interviewer.user.id],
    ...fields,
  });

  async function sendChallenge(applicationId: string, fields: Record<string, unknown> = {}) {
    const response = await api('POST', `/applications/${applicationId}/challenges`, recruiter, challengeBody(fields));
    if (response.status !== 201) throw new Error(`challenge creation failed: ${response.status} ${JSON.stringify(response.body)}`);
    return {
      challenge: response.body.challenge,
      submissionUrl: response.body.submissionUrl as string,
      token: tokenOf(response.body.submissionUrl),
    };
  }

  const submit = (token: string, body: unknown = { repositoryUrl: 'https://github.com/ada/rate-limiter' }) =>
    api('POST', `/public/challenges/${token}/submission`, null, body);

  it("emails the candidate a single-use link for the application's current stage, and answers with that link", async () => {
    environment.track(await createWorker(environment.config));
    const email = `ada-${randomBytes(4).toString('hex')}@example.com`;
    const { job, application } = await freshApplication(email);
    const response = await api(
      'POST',
      `/applications/${application.id}/challenges`,
      recruiter,
      challengeBody({ reviewerIds: [interviewer.user.id, manager.user.id] }),
    );
    expect(response.status).toBe(201);
    const { challenge, submissionUrl } = response.body;
    expect(challenge).toMatchObject({
      applicationId: application.id,
      stage: { id: application.stage.id },
      title: 'Rate limiter',
      status: 'sent',
      submittedAt: null,
      createdBy: { id: recruiter.user.id },
    });
    expect(challenge.reviewers.map((reviewer: { id: string }) => reviewer.id).sort()).toEqual(
      [interviewer.user.id, manager.user.id].sort(),
    );
    expect(submissionUrl).toMatch(new RegExp(`^${environment.config.APP_URL}/challenges/[A-Za-z0-9_-]{43}$`));

    const message = await waitFor('the challenge email', () =>
      environment.smtp.messages.find((candidate) => candidate.to && !Array.isArray(candidate.to) && candidate.to.text === email),
    );
    expect(message.subject).toContain(job.title);
    expect(message.text).toContain(submissionUrl);
    expect(message.html).toContain(`href="${submissionUrl}"`);

    // Only a keyed hash of the token is stored.
    const token = tokenOf(submissionUrl);
    const [row] = await sql(`SELECT token_hash FROM coding_challenges WHERE id = $1`, [challenge.id]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(await challengeEvents(challenge.id)).toEqual(['sent']);
  });

  it('sends no email to a candidate without an address, and still answers with the link', async () => {
    const { application, candidate } = await freshApplication();
    await sql(`UPDATE candidates SET email = NULL, email_normalized = NULL WHERE id = $1`, [candidate.id]);
    const { challenge, submissionUrl } = await sendChallenge(application.id);
    expect(submissionUrl).toContain('/challenges/');
    expect(await sql(`SELECT id FROM mail_deliveries WHERE dedupe_key = $1`, [`challenge-invitation:${challenge.id}`])).toEqual([]);
  });

  it('refuses an invalid challenge, naming the field', async () => {
    const { application } = await freshApplication();
    const create = (fields: Record<string, unknown>) =>
      api('POST', `/applications/${application.id}/challenges`, recruiter, challengeBody(fields));
    const fieldsOf = (response: { body: { errors?: { field: string }[] } }) => response.body.errors?.map((error) => error.field);

    const past = await create({ dueAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(fieldsOf(past)).toEqual(['dueAt']);
    const notADate = await create({ dueAt: 'next Friday' });
    expect(notADate.status).toBe(400);
    expect(fieldsOf(notADate)).toEqual(['dueAt']);
    const noTitle = await create({ title: '  ' });
    expect(fieldsOf(noTitle)).toEqual(['title']);
    const noReviewers = await create({ reviewerIds: [] });
    expect(noReviewers.status).toBe(400);
    expect(fieldsOf(noReviewers)).toEqual(['reviewerIds']);
    const tooMany = await create({ reviewerIds: Array.from({ length: 11 }, () => interviewer.user.id) });
    expect(fieldsOf(tooMany)).toEqual(['reviewerIds']);

    const foreign = await create({ reviewerIds: [interviewer.user.id, stranger.user.id] });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ code: 'REVIEWER_NOT_ASSIGNABLE', errors: [{ field: 'reviewerIds.1' }] });

    const leaver = await addMember(app, admin, 'interviewer');
    expect((await api('PATCH', `/users/${leaver.user.id}`, admin, { active: false })).status).toBe(200);
    const inactive = await create({ reviewerIds: [leaver.user.id] });
    expect(inactive.body).toMatchObject({ code: 'REVIEWER_NOT_ASSIGNABLE', errors: [{ field: 'reviewerIds.0' }] });

    const reasons = (await api('GET', '/rejection-reasons', recruiter, undefined)).body as { id: string; type: string }[];
    await api('POST', `/applications/${application.id}/reject`, recruiter, {
      reasonId: reasons.find((reason) => reason.type === 'we_rejected')!.id,
    });
    const closed = await create({});
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('APPLICATION_NOT_ACTIVE');

    expect((await api('GET', `/applications/${application.id}/challenges`, recruiter)).body).toEqual([]);
  });

  it('shows the candidate their challenge by the token of the link, and 404 for an unknown or malformed token', async () => {
    const { job, application } = await freshApplication();
    const dueAt = inDays(3);
    const { token } = await sendChallenge(application.id, { dueAt });
    const shown = await api('GET', `/public/challenges/${token}`, null);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      title: 'Rate limiter',
      instructions: 'Build a token bucket rate limiter.',
      dueAt,
      status: 'sent',
      organizationName: 'Challenge Org',
      jobTitle: job.title,
    });

    const problem = (response: { status: number; body: Record<string, unknown> }) => {
      const { requestId: _requestId, ...rest } = response.body;
      return { status: response.status, ...rest };
    };
    const unknown = await api('GET', `/public/challenges/${randomBytes(32).toString('base64url')}`, null);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CHALLENGE_NOT_FOUND');
    for (const malformed of ['abc', `${token}x`, 'a'.repeat(90), '%20']) {
      expect(problem(await api('GET', `/public/challenges/${malformed}`, null)), malformed).toEqual(problem(unknown));
    }
    expect(problem(await submit('not-a-token'))).toEqual(problem(unknown));
  });

  it('records a submission once; the second is refused and the deadline can no longer change', async () => {
    const { application } = await freshApplication();
    const { challenge, token } = await sendChallenge(application.id);

    expect((await submit(token, {})).status).toBe(400);
    const ftp = await submit(token, { repositoryUrl: 'ftp://example.com/code' });
    expect(ftp.status).toBe(400);
    expect(ftp.body.errors[0].field).toBe('repositoryUrl');
    expect((await submit(token, { repositoryUrl: 'javascript:alert(1)' })).status).toBe(400);

    const first = await submit(token, { repositoryUrl: 'https://github.com/ada/rate-limiter', notes: 'See the README.' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ status: 'submitted', submittedAt: expect.any(String) });
    const second = await submit(token, { notes: 'One more thing' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('CHALLENGE_ALREADY_SUBMITTED');

    const view = (await api('GET', `/challenges/${challenge.id}`, recruiter)).body;
    expect(view).toMatchObject({
      status: 'submitted',
      submittedAt: first.body.submittedAt,
      repositoryUrl: 'https://github.com/ada/rate-limiter',
      submissionNotes: 'See the README.',
    });
    expect((await api('GET', `/public/challenges/${token}`, null)).body.status).toBe('submitted');
    const extend = await api('PATCH', `/challenges/${challenge.id}`, recruiter, { dueAt: inDays(10) });
    expect(extend.status).toBe(409);
    expect(extend.body.code).toBe('CHALLENGE_ALREADY_SUBMITTED');
    expect(await challengeEvents(challenge.id)).toEqual(['sent', 'submitted']);
  });

  it('accepts exactly one of concurrent submissions', async () => {
    const { application } = await freshApplication();
    const { challenge, token } = await sendChallenge(application.id);
    const attempts = await Promise.all(['one', 'two', 'three', 'four'].map((notes) => submit(token, { notes })));
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 409, 409, 409]);
    for (const refused of attempts.filter((attempt) => attempt.status === 409))
      expect(refused.body.code).toBe('CHALLENGE_ALREADY_SUBMITTED');
    expect(await challengeEvents(challenge.id)).toEqual(['sent', 'submitted']);
  });

  it('refuses a submission after the deadline until the deadline is extended, with the status derived when read', async () => {
    const { application } = await freshApplication();
    const late = await sendChallenge(application.id, { title: 'Late one' });
    const done = await sendChallenge(application.id, { title: 'Done one' });
    const open = await sendChallenge(application.id, { title: 'Open one' });
    expect((await submit(done.token)).status).toBe(201);
    await sql(`UPDATE coding_challenges SET due_at = now() - interval '1 hour' WHERE id = ANY($1)`, [
      [late.challenge.id, done.challenge.id],
    ]);

    const listed = (await api('GET', `/applications/${application.id}/challenges`, recruiter)).body as { title: string; status: string }[];
    expect(listed.map((challenge) => [challenge.title, challenge.status])).toEqual([
      ['Late one', 'expired'],
      ['Done one', 'submitted'],
      ['Open one', 'sent'],
    ]);
    expect((await api('GET', `/public/challenges/${late.token}`, null)).body.status).toBe('expired');
    const refused = await submit(late.token);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CHALLENGE_EXPIRED');

    const backwards = await api('PATCH', `/challenges/${late.challenge.id}`, recruiter, {
      dueAt: new Date(Date.now() - DAY_MS).toISOString(),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((error: { field: string }) => error.field)).toEqual(['dueAt']);
    const dueAt = inDays(2);
    const extended = await api('PATCH', `/challenges/${late.challenge.id}`, recruiter, { dueAt });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ status: 'sent', dueAt });
    expect((await submit(late.token)).status).toBe(201);
    expect((await api('GET', `/challenges/${late.challenge.id}`, recruiter)).body.status).toBe('submitted');
    expect(await challengeEvents(late.challenge.id)).toEqual(['sent', 'extended', 'submitted']);
    expect((await api('GET', `/challenges/${open.challenge.id}`, recruiter)).body.status).toBe('sent');
  });

  it("shows challenges to whoever may see the application, and answers 404 to anyone else, another organisation's users included", async () => {
    const { application } = await freshApplication();
    const { challenge } = await sendChallenge(application.id);

    expect((await api('GET', `/challenges/${challenge.id}`, manager)).status).toBe(200);
    expect((await api('GET', `/applications/${application.id}/challenges`, manager)).body).toHaveLength(1);
    expect((await api('POST', `/applications/${application.id}/challenges`, manager, challengeBody())).status).toBe(403);
    expect((await api('PATCH', `/challenges/${challenge.id}`, manager, { dueAt: inDays(9) })).status).toBe(403);
    // Reviewing opens the challenge (and its application) to the interviewer who reviews it.
    expect((await api('GET', `/challenges/${challenge.id}`, interviewer)).status).toBe(200);
    expect((await api('GET', `/applications/${application.id}`, interviewer)).status).toBe(200);

    const notTheirs = await api('GET', `/challenges/${challenge.id}`, otherManager);
    expect(notTheirs.status).toBe(404);
    expect(notTheirs.body.code).toBe('CHALLENGE_NOT_FOUND');
    expect((await api('GET', `/applications/${application.id}/challenges`, otherManager)).status).toBe(404);

    for (const [method, path, body] of [
      ['GET', `/challenges/${challenge.id}`, undefined],
      ['PATCH', `/challenges/${challenge.id}`, { dueAt: inDays(9) }],
      ['GET', `/applications/${application.id}/challenges`, undefined],
      ['POST', `/applications/${application.id}/challenges`, challengeBody({ reviewerIds: [stranger.user.id] })],
    ] as const) {
      const response = await api(method, path, stranger, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect((await api('GET', `/challenges/${challenge.id}`, recruiter)).body.dueAt).toBe(challenge.dueAt);
  });

  it("exports the candidate's challenges and submissions, and erasure removes what they sent", async () => {
    const { application, candidate } = await freshApplication();
    const { challenge, token } = await sendChallenge(application.id);
    const submitted = await submit(token, { repositoryUrl: 'https://github.com/ada/private-work', notes: 'My phone is 555-0100.' });

    const exported = await api('GET', `/candidates/${candidate.id}/export`, admin);
    expect(exported.status).toBe(200);
    expect(exported.body.sections.challenges).toEqual([
      expect.objectContaining({
        id: challenge.id,
        applicationId: application.id,
        title: 'Rate limiter',
        status: 'submitted',
        submission: {
          submittedAt: submitted.body.submittedAt,
          repositoryUrl: 'https://github.com/ada/private-work',
          notes: 'My phone is 555-0100.',
        },
      }),
    ]);

    expect((await api('DELETE', `/candidates/${candidate.id}`, admin)).status).toBe(204);
    const [row] = await sql(`SELECT repository_url, submission_notes, submitted_at, due_at FROM coding_challenges WHERE id = $1`, [
      challenge.id,
    ]);
    expect(row).toMatchObject({ repository_url: null, submission_notes: null });
    expect(row.submitted_at.toISOString()).toBe(submitted.body.submittedAt);
    expect((await api('GET', `/challenges/${challenge.id}`, recruiter)).body).toMatchObject({
      status: 'submitted',
      repositoryUrl: null,
      submissionNotes: null,
    });
  });

  it("kills an erased candidate's link, and refuses a submission once the application is closed", async () => {
    const erased = await freshApplication(`erase-${randomBytes(3).toString('hex')}@example.com`);
    const { token: erasedToken } = await sendChallenge(erased.application.id);
    expect((await api('DELETE', `/candidates/${erased.candidate.id}`, admin)).status).toBe(204);
    expect((await api('GET', `/public/challenges/${erasedToken}`, null)).status).toBe(404);
    expect((await submit(erasedToken)).status).toBe(404);

    const closed = await freshApplication(`closed-${randomBytes(3).toString('hex')}@example.com`);
    const { challenge, token } = await sendChallenge(closed.application.id);
    const reasons = (await api('GET', '/rejection-reasons', recruiter)).body as { id: string; type: string }[];
    const rejected = await api('POST', `/applications/${closed.application.id}/reject`, recruiter, {
      reasonId: reasons.find((reason) => reason.type === 'we_rejected')!.id,
    });
    expect(rejected.status).toBe(200);
    const refused = await submit(token);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CHALLENGE_CLOSED');
    expect(await challengeEvents(challenge.id)).toEqual(['sent']);
  });
});
