import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  cloneTemplateDatabase,
  insertCandidate,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/**
 * Scorecards of coding challenges: the same rules as those of interviews, for the challenge's
 * reviewers. Everything is arranged through the API, the candidate's submission included.
 */
describe('challenge scorecards', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let ada: SignedIn;
  let bob: SignedIn;
  let outsider: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    // Sign-ups and the candidate's submissions are public routes: lift the per-IP limit for the arrangement.
    app = await startTestApi(testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' }));
    admin = await signUp(app);
    [recruiter, manager, ada, bob, outsider] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const api = (method: string, path: string, as: SignedIn | null, body?: unknown) =>
    call(app, method, `/api/v1${path}`, { token: as?.accessToken, body });
  const submit = (challengeId: string, body: unknown, as: SignedIn) => api('POST', `/challenges/${challengeId}/scorecards`, as, body);
  const amend = (challengeId: string, body: unknown, as: SignedIn) => api('PUT', `/challenges/${challengeId}/scorecards/mine`, as, body);
  const scorecardsOf = (applicationId: string, as: SignedIn) => api('GET', `/applications/${applicationId}/scorecards`, as);
  const card = (
    recommendation = 'yes',
    ratings: { attribute: string; rating: string; note?: string }[] = [{ attribute: 'Motivation', rating: 'yes' }],
  ) => ({ ratings, recommendation });

  /** An application in the Screening stage (Motivation, Communication, Role fit) with a challenge sent there. */
  async function challenged(reviewers: SignedIn[], { handedIn = true } = {}) {
    const job = await openJob(app, recruiter, { hiringManagerId: manager.user.id });
    const screening = job.stages.find((stage) => stage.kind === 'screening')!;
    const candidate = await insertCandidate(app, admin.organization.id);
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    expect((await api('POST', `/applications/${application.id}/move`, recruiter, { toStageId: screening.id })).status).toBe(200);
    const sent = await api('POST', `/applications/${application.id}/challenges`, recruiter, {
      title: 'Rate limiter',
      instructions: 'Build a token bucket.',
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      reviewerIds: reviewers.map((reviewer) => reviewer.user.id),
    });
    expect(sent.status).toBe(201);
    const challengeId = sent.body.challenge.id as string;
    if (handedIn) {
      const token = new URL(sent.body.submissionUrl).pathname.split('/').pop()!;
      expect((await api('POST', `/public/challenges/${token}/submission`, null, { notes: 'See the repository.' })).status).toBe(201);
    }
    return { job, application, screening, challengeId };
  }

  it('takes one scorecard from a reviewer once the candidate has submitted, rating the attributes of the challenge’s stage', async () => {
    const { application, challengeId } = await challenged([ada]);
    const response = await submit(
      challengeId,
      { ...card('strong_yes', [{ attribute: 'Role fit', rating: 'strong_yes', note: 'Clean code.' }]), notes: 'Hire' },
      ada,
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      applicationId: application.id,
      interviewId: null,
      challengeId,
      author: { id: ada.user.id, name: ada.user.name },
      ratings: [{ attribute: 'Role fit', rating: 'strong_yes', note: 'Clean code.' }],
      recommendation: 'strong_yes',
      notes: 'Hire',
    });
    const again = await submit(challengeId, card('no'), ada);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SCORECARD_ALREADY_SUBMITTED');
  });

  it('refuses a challenge not submitted yet with 409, and anyone but its reviewers with 403, whatever their role', async () => {
    const pending = await challenged([ada], { handedIn: false });
    const early = await submit(pending.challengeId, card(), ada);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CHALLENGE_NOT_SUBMITTED');

    const { challengeId } = await challenged([ada]);
    for (const someone of [bob, manager, recruiter, admin]) {
      const response = await submit(challengeId, card(), someone);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('NOT_A_REVIEWER');
    }
    const foreign = await submit(challengeId, card(), await signUp(app));
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('CHALLENGE_NOT_FOUND');
  });

  it('refuses attributes the stage does not have and unknown values, naming each field', async () => {
    const { challengeId } = await challenged([ada]);
    const unknown = await submit(
      challengeId,
      card('yes', [
        { attribute: 'Motivation', rating: 'yes' },
        { attribute: 'Juggling', rating: 'yes' },
      ]),
      ada,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'SCORECARD_ATTRIBUTE_INVALID', errors: [{ field: 'ratings.1.attribute' }] });
    expect(unknown.body.errors[0].message).toContain("challenge's stage");

    const values = await submit(challengeId, card('maybe', [{ attribute: 'Motivation', rating: 'great' }]), ada);
    expect(values.status).toBe(400);
    expect(values.body.code).toBe('VALIDATION_FAILED');
    expect(values.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['ratings.0.rating', 'recommendation']);
    expect((await submit(challengeId, card(), ada)).status).toBe(201);
  });

  it('stores exactly one of two concurrent submissions by the same reviewer', async () => {
    const { challengeId } = await challenged([ada]);
    const results = await Promise.all([submit(challengeId, card('yes'), ada), submit(challengeId, card('no'), ada)]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(results.find((result) => result.status === 409)!.body.code).toBe('SCORECARD_ALREADY_SUBMITTED');
    const [{ count }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM scorecards WHERE challenge_id = $1`, [challengeId]);
    expect(count).toBe(1);
  });

  it("amends one's own scorecard until the application leaves the challenge's stage", async () => {
    const { job, application, challengeId } = await challenged([ada, bob]);
    expect((await amend(challengeId, card(), ada)).body.code).toBe('SCORECARD_NOT_FOUND');
    await submit(challengeId, card('yes'), ada);
    const amended = await amend(challengeId, card('no', [{ attribute: 'Communication', rating: 'no' }]), ada);
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ challengeId, recommendation: 'no', ratings: [{ attribute: 'Communication', rating: 'no' }] });
    expect((await amend(challengeId, card(), bob)).status).toBe(404);

    const technical = job.stages.find((stage) => stage.kind === 'technical_interview')!;
    expect((await api('POST', `/applications/${application.id}/move`, recruiter, { toStageId: technical.id })).status).toBe(200);
    const after = await amend(challengeId, card('strong_yes'), ada);
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('APPLICATION_LEFT_STAGE');
    expect((await scorecardsOf(application.id, recruiter)).body.scorecards[0].recommendation).toBe('no');
  });

  it('lets a reviewing interviewer read the challenge and its application, and no other interviewer', async () => {
    const { application, challengeId } = await challenged([ada]);
    const asReviewer = await api('GET', `/challenges/${challengeId}`, ada);
    expect(asReviewer.status).toBe(200);
    // The reviewer's scorecard form is built from the stage's attributes, which interviewers cannot read from the job.
    expect(asReviewer.body.stage.scorecardAttributes).toEqual(['Motivation', 'Communication', 'Role fit']);
    expect((await api('GET', `/applications/${application.id}`, ada)).status).toBe(200);
    expect((await api('GET', `/challenges/${challengeId}`, outsider)).body.code).toBe('CHALLENGE_NOT_FOUND');
    expect((await api('GET', `/applications/${application.id}`, outsider)).status).toBe(404);
    expect((await api('GET', `/applications?limit=100`, ada)).body.data.map((item: { id: string }) => item.id)).toContain(application.id);
  });

  it('keeps a reviewer blind until they score, and lists reviewers of submitted challenges as due', async () => {
    const { application, challengeId } = await challenged([ada, bob]);
    // A challenge still out is owed no scorecard.
    const pending = await api('POST', `/applications/${application.id}/challenges`, recruiter, {
      title: 'Second round',
      instructions: 'Extend the limiter.',
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      reviewerIds: [outsider.user.id],
    });
    expect(pending.status).toBe(201);
    await submit(challengeId, card('yes', [{ attribute: 'Motivation', rating: 'strong_yes' }]), ada);

    expect((await scorecardsOf(application.id, bob)).body).toEqual({ blind: true, scorecards: [], summary: null });
    expect((await scorecardsOf(application.id, outsider)).body).toEqual({ blind: true, scorecards: [], summary: null });
    const seen = await scorecardsOf(application.id, ada);
    expect(seen.status).toBe(200);
    expect(seen.body.blind).toBe(false);
    expect(seen.body.summary).toEqual({
      countByRecommendation: { strong_no: 0, no: 0, yes: 1, strong_yes: 0 },
      meanScore: 4,
      submitted: 1,
      due: [{ interviewId: null, challengeId, interviewerId: bob.user.id, name: bob.user.name }],
    });
    expect((await scorecardsOf(application.id, manager)).body.summary.due).toHaveLength(1);
    // The application detail follows the same rule: the reviewer still to score sees no summary.
    expect((await api('GET', `/applications/${application.id}`, bob)).body.scorecardSummary).toBeNull();
    expect((await api('GET', `/applications/${application.id}`, ada)).body.scorecardSummary).toEqual(seen.body.summary);

    await submit(challengeId, card('no'), bob);
    const complete = await scorecardsOf(application.id, bob);
    expect(complete.body.scorecards).toHaveLength(2);
    expect(complete.body.summary.due).toEqual([]);
  });
});
