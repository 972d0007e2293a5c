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
 * Scorecards of interviews. Interviews are arranged with SQL in their real tables (their routes
 * are tested on their own); applications, moves and everything scored go through the API.
 */
describe('scorecards', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let ada: SignedIn;
  let bob: SignedIn;
  let cleo: SignedIn;
  let outsider: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app);
    [recruiter, manager, otherManager, ada, bob, cleo, outsider] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
    ]);
    // The other manager runs a job of their own: they see that job's applications, not these.
    await openJob(app, recruiter, { hiringManagerId: otherManager.user.id });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const db = () => app.get(DataSource);
  const submit = (interviewId: string, body: unknown, as: SignedIn) =>
    call(app, 'POST', `/api/v1/interviews/${interviewId}/scorecards`, { token: as.accessToken, body });
  const amend = (interviewId: string, body: unknown, as: SignedIn) =>
    call(app, 'PUT', `/api/v1/interviews/${interviewId}/scorecards/mine`, { token: as.accessToken, body });
  const scorecardsOf = (applicationId: string, as: SignedIn) =>
    call(app, 'GET', `/api/v1/applications/${applicationId}/scorecards`, { token: as.accessToken });

  async function insertInterview(
    organizationId: string,
    applicationId: string,
    stageId: string,
    panel: SignedIn[],
    status = 'scheduled',
  ): Promise<string> {
    const [row] = await db().query(
      `INSERT INTO interviews (organization_id, application_id, stage_id, title, starts_at, ends_at, timezone, status)
       VALUES ($1, $2, $3, 'Screening call', now() - interval '2 hours', now() - interval '1 hour', 'Europe/Paris', $4) RETURNING id`,
      [organizationId, applicationId, stageId, status],
    );
    for (const member of panel) {
      await db().query(`INSERT INTO interview_interviewers (interview_id, user_id, organization_id) VALUES ($1, $2, $3)`, [
        row.id,
        member.user.id,
        organizationId,
      ]);
    }
    return row.id as string;
  }

  /** An application in the Screening stage (Motivation, Communication, Role fit) with an interview there. */
  async function interviewed(panel: SignedIn[], status = 'scheduled') {
    const job = await openJob(app, recruiter, { hiringManagerId: manager.user.id });
    const screening = job.stages.find((stage) => stage.kind === 'screening')!;
    const candidate = await insertCandidate(app, admin.organization.id);
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    const moved = await call(app, 'POST', `/api/v1/applications/${application.id}/move`, {
      token: recruiter.accessToken,
      body: { toStageId: screening.id },
    });
    expect(moved.status).toBe(200);
    const interviewId = await insertInterview(admin.organization.id, application.id, screening.id, panel, status);
    return { job, candidate, application, screening, interviewId };
  }

  const card = (
    recommendation = 'yes',
    ratings: { attribute: string; rating: string; note?: string }[] = [{ attribute: 'Motivation', rating: 'yes' }],
  ) => ({
    ratings,
    recommendation,
  });

  describe('submitting', () => {
    it("takes one scorecard from a panel member, rating the attributes of the interview's stage", async () => {
      const { application, interviewId } = await interviewed([ada]);
      const response = await submit(
        interviewId,
        {
          ratings: [
            { attribute: 'Motivation', rating: 'strong_yes', note: 'Knows the product.' },
            { attribute: 'Communication', rating: 'no_decision' },
          ],
          recommendation: 'yes',
          notes: 'Worth a technical round.',
        },
        ada,
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        applicationId: application.id,
        interviewId,
        challengeId: null,
        author: { id: ada.user.id, name: ada.user.name },
        ratings: [
          { attribute: 'Motivation', rating: 'strong_yes', note: 'Knows the product.' },
          { attribute: 'Communication', rating: 'no_decision' },
        ],
        recommendation: 'yes',
        notes: 'Worth a technical round.',
      });
    });

    it('refuses attributes the stage does not have, or rated twice, and unknown values, naming each field', async () => {
      const { interviewId } = await interviewed([ada]);
      const unknown = await submit(
        interviewId,
        card('yes', [
          { attribute: 'Motivation', rating: 'yes' },
          { attribute: 'Juggling', rating: 'yes' },
        ]),
        ada,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'SCORECARD_ATTRIBUTE_INVALID', errors: [{ field: 'ratings.1.attribute' }] });

      const twice = await submit(
        interviewId,
        card('yes', [
          { attribute: 'Motivation', rating: 'yes' },
          { attribute: 'Communication', rating: 'no' },
          { attribute: 'Motivation', rating: 'no' },
        ]),
        ada,
      );
      expect(twice.status).toBe(400);
      expect(twice.body.errors).toEqual([{ field: 'ratings.2.attribute', message: 'is rated more than once' }]);

      const values = await submit(interviewId, card('maybe', [{ attribute: 'Motivation', rating: 'great' }]), ada);
      expect(values.status).toBe(400);
      expect(values.body.code).toBe('VALIDATION_FAILED');
      expect(values.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['ratings.0.rating', 'recommendation']);

      // Nothing refused was stored: the valid one still goes through.
      expect((await submit(interviewId, card(), ada)).status).toBe(201);
    });

    it('is once per interviewer: a second submission is 409', async () => {
      const { interviewId } = await interviewed([ada]);
      expect((await submit(interviewId, card(), ada)).status).toBe(201);
      const again = await submit(interviewId, card('no'), ada);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('SCORECARD_ALREADY_SUBMITTED');
    });

    it('stores exactly one of two concurrent submissions by the same interviewer', async () => {
      const { interviewId } = await interviewed([ada]);
      const results = await Promise.all([submit(interviewId, card('yes'), ada), submit(interviewId, card('no'), ada)]);
      expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
      expect(results.find((result) => result.status === 409)!.body.code).toBe('SCORECARD_ALREADY_SUBMITTED');
      const [{ count }] = await db().query(`SELECT count(*)::int AS count FROM scorecards WHERE interview_id = $1`, [interviewId]);
      expect(count).toBe(1);
      // Exactly one outbox event too: the refused submission rolled back with its event.
      const events = await db().query(
        `SELECT payload FROM outbox_events WHERE job_name = 'scorecard.submitted' AND payload->>'interviewId' = $1`,
        [interviewId],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ authorUserId: ada.user.id, challengeId: null, scorecardId: expect.any(String) });
    });

    it('is for the panel only: 403 NOT_ON_PANEL for anyone else, whatever their role', async () => {
      const { interviewId } = await interviewed([ada]);
      for (const someone of [bob, recruiter, admin]) {
        const response = await submit(interviewId, card(), someone);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('NOT_ON_PANEL');
      }
    });

    it("answers 404 for another organisation's interview, and 409 for a cancelled or no-show one", async () => {
      const theirAdmin = await signUp(app);
      const { interviewId } = await interviewed([ada]);
      const foreign = await submit(interviewId, card(), theirAdmin);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('INTERVIEW_NOT_FOUND');

      for (const status of ['cancelled', 'no_show']) {
        const closed = await interviewed([ada], status);
        const response = await submit(closed.interviewId, card(), ada);
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({ code: 'INTERVIEW_NOT_SCORABLE', interviewStatus: status });
      }
    });
  });

  describe('amending', () => {
    it("amends one's own scorecard until the application leaves the interview's stage", async () => {
      const { job, application, interviewId } = await interviewed([ada, bob]);
      const before = await amend(interviewId, card('no'), ada);
      expect(before.status).toBe(404);
      expect(before.body.code).toBe('SCORECARD_NOT_FOUND');

      await submit(interviewId, { ...card('yes'), notes: 'First take' }, ada);
      const amended = await amend(interviewId, card('strong_yes', [{ attribute: 'Role fit', rating: 'strong_yes' }]), ada);
      expect(amended.status).toBe(200);
      expect(amended.body).toMatchObject({
        author: { id: ada.user.id },
        recommendation: 'strong_yes',
        ratings: [{ attribute: 'Role fit', rating: 'strong_yes' }],
        notes: null,
      });
      // Bob's is his own to amend: he has none.
      expect((await amend(interviewId, card(), bob)).status).toBe(404);
      const invalid = await amend(interviewId, card('yes', [{ attribute: 'Juggling', rating: 'yes' }]), ada);
      expect(invalid.body).toMatchObject({ code: 'SCORECARD_ATTRIBUTE_INVALID', errors: [{ field: 'ratings.0.attribute' }] });

      const technical = job.stages.find((stage) => stage.kind === 'technical_interview')!;
      await call(app, 'POST', `/api/v1/applications/${application.id}/move`, {
        token: recruiter.accessToken,
        body: { toStageId: technical.id },
      });
      const after = await amend(interviewId, card('no'), ada);
      expect(after.status).toBe(409);
      expect(after.body.code).toBe('APPLICATION_LEFT_STAGE');
      expect((await scorecardsOf(application.id, recruiter)).body.scorecards[0].recommendation).toBe('strong_yes');
    });
  });

  describe('reading, with blind scoring', () => {
    let applicationId: string;
    let interviewId: string;
    let jobId: string;

    beforeAll(async () => {
      const arranged = await interviewed([ada, bob, cleo]);
      ({ interviewId } = arranged);
      applicationId = arranged.application.id;
      jobId = arranged.job.id;
      expect(
        (
          await submit(
            interviewId,
            card('yes', [
              { attribute: 'Motivation', rating: 'strong_yes', note: 'Loves the domain' },
              { attribute: 'Communication', rating: 'no_decision' },
              { attribute: 'Role fit', rating: 'no' },
            ]),
            ada,
          )
        ).status,
      ).toBe(201);
    });

    it('keeps a panel member who has not submitted blind: no one else’s scorecards, no summary', async () => {
      const response = await scorecardsOf(applicationId, bob);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ blind: true, scorecards: [], summary: null });
    });

    it('shows the panel member everything once they have submitted their own, with the summary', async () => {
      expect(
        (
          await submit(
            interviewId,
            {
              ...card('no', [
                { attribute: 'Motivation', rating: 'yes' },
                { attribute: 'Communication', rating: 'strong_yes' },
              ]),
              notes: 'Hesitant on the role',
            },
            bob,
          )
        ).status,
      ).toBe(201);
      const response = await scorecardsOf(applicationId, bob);
      expect(response.status).toBe(200);
      expect(response.body.blind).toBe(false);
      expect(response.body.scorecards.map((scorecard: { author: { id: string } }) => scorecard.author.id)).toEqual([
        ada.user.id,
        bob.user.id,
      ]);
      // Assessed ratings: 4 (strong_yes), 2 (no), 3 (yes), 4 (strong_yes); no_decision left out: 13 / 4.
      expect(response.body.summary).toEqual({
        countByRecommendation: { strong_no: 0, no: 1, yes: 1, strong_yes: 0 },
        meanScore: 3.25,
        submitted: 2,
        due: [{ interviewId, challengeId: null, interviewerId: cleo.user.id, name: cleo.user.name }],
      });
    });

    it("shows admins, recruiters and the job's hiring manager everything", async () => {
      for (const someone of [admin, recruiter, manager]) {
        const response = await scorecardsOf(applicationId, someone);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ blind: false, summary: { submitted: 2, meanScore: 3.25 } });
        expect(response.body.scorecards).toHaveLength(2);
      }
    });

    it('answers 404 to the hiring manager of another job and to an interviewer on none of its panels', async () => {
      for (const someone of [otherManager, outsider]) {
        const response = await scorecardsOf(applicationId, someone);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('APPLICATION_NOT_FOUND');
      }
    });

    it('shows the same summary on the application detail to whoever may see it, and null to a panel member still blind', async () => {
      const expected = (await scorecardsOf(applicationId, recruiter)).body.summary;
      expect(expected.submitted).toBe(2);
      const detailOf = (as: SignedIn) => call(app, 'GET', `/api/v1/applications/${applicationId}`, { token: as.accessToken });
      for (const someone of [admin, recruiter, manager, ada, bob]) {
        const response = await detailOf(someone);
        expect(response.status).toBe(200);
        expect(response.body.scorecardSummary).toEqual(expected);
      }
      const blind = await detailOf(cleo);
      expect(blind.status).toBe(200);
      expect(blind.body.scorecardSummary).toBeNull();
      for (const someone of [otherManager, outsider]) expect((await detailOf(someone)).status).toBe(404);

      // An application nobody has scored yet: an empty summary, not null.
      const unscored = await applyTo(app, recruiter, jobId, (await insertCandidate(app, admin.organization.id)).id);
      const empty = await call(app, 'GET', `/api/v1/applications/${unscored.id}`, { token: recruiter.accessToken });
      expect(empty.body.scorecardSummary).toEqual({
        countByRecommendation: { strong_no: 0, no: 0, yes: 0, strong_yes: 0 },
        meanScore: null,
        submitted: 0,
        due: [],
      });
    });

    it("puts a score summary on the application's card of the board, and null on cards without scorecards", async () => {
      const unscored = await applyTo(app, recruiter, jobId, (await insertCandidate(app, admin.organization.id)).id);
      const board = await call(app, 'GET', `/api/v1/jobs/${jobId}/pipeline`, { token: manager.accessToken });
      expect(board.status).toBe(200);
      const cards = board.body.stages.flatMap((stage: { cards: { applicationId: string }[] }) => stage.cards);
      expect(cards.find((item: { applicationId: string }) => item.applicationId === applicationId).scoreSummary).toEqual({
        count: 2,
        meanScore: 3.25,
        recommendations: { strong_no: 0, no: 1, yes: 1, strong_yes: 0 },
      });
      expect(cards.find((item: { applicationId: string }) => item.applicationId === unscored.id).scoreSummary).toBeNull();
    });
  });

  it('exports the candidate’s scorecards, and erasure removes what was written but keeps ratings and recommendations', async () => {
    const { candidate, application, interviewId } = await interviewed([ada]);
    await submit(
      interviewId,
      {
        ratings: [
          { attribute: 'Motivation', rating: 'strong_yes', note: 'Talked about her children' },
          { attribute: 'Role fit', rating: 'no' },
        ],
        recommendation: 'yes',
        notes: 'Lives near the office',
      },
      ada,
    );
    const exported = await call(app, 'GET', `/api/v1/candidates/${candidate.id}/export`, { token: admin.accessToken });
    expect(exported.status).toBe(200);
    expect(exported.body.sections.scorecards).toEqual([
      expect.objectContaining({ applicationId: application.id, interviewId, recommendation: 'yes', notes: 'Lives near the office' }),
    ]);

    expect((await call(app, 'DELETE', `/api/v1/candidates/${candidate.id}`, { token: admin.accessToken })).status).toBe(204);
    const rows = await db().query(`SELECT ratings, recommendation, notes FROM scorecards WHERE application_id = $1`, [application.id]);
    expect(rows).toEqual([
      {
        ratings: [
          { attribute: 'Motivation', rating: 'strong_yes' },
          { attribute: 'Role fit', rating: 'no' },
        ],
        recommendation: 'yes',
        notes: null,
      },
    ]);
  });
});
