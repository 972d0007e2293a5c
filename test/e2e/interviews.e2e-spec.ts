import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
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

describe('interviews', () => {
  const environment = useWorkerTestEnvironment();
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let ada: SignedIn;
  let bob: SignedIn;
  let stranger: SignedIn;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    admin = await signUp(app);
    [recruiter, manager, otherManager, ada, bob] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
    ]);
    stranger = await signUp(app);
    return () => app?.close();
  });

  const post = (path: string, body: unknown, as = recruiter) => call(app, 'POST', `/api/v1${path}`, { token: as.accessToken, body });
  const patch = (path: string, body: unknown, as = recruiter) => call(app, 'PATCH', `/api/v1${path}`, { token: as.accessToken, body });
  const get = (path: string, as = recruiter) => call(app, 'GET', `/api/v1${path}`, { token: as.accessToken });
  const fields = (response: { body: { errors?: { field: string }[] } }) => response.body.errors?.map((error) => error.field) ?? [];
  const events = async (interviewId: string) =>
    (
      await app
        .get(DataSource)
        .query(`SELECT payload FROM outbox_events WHERE job_name = 'interview.changed' AND payload->>'interviewId' = $1 ORDER BY id`, [
          interviewId,
        ])
    ).map((row: { payload: { type: string; sequence: number } }) => `${row.payload.type}:${row.payload.sequence}`);

  let slot = 0;
  /** A distinct hour per call, far in the future, so interviews only overlap when a test wants them to. */
  const nextSlot = () => new Date(Date.UTC(2031, 0, 1, 8) + ++slot * 3 * 3_600_000);

  async function fresh(hiringManager = manager) {
    const job = await openJob(app, recruiter, { hiringManagerId: hiringManager.user.id });
    const candidate = await insertCandidate(app, admin.organization.id, { firstName: 'Grace' });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    return { job, candidate, application };
  }

  async function schedule(applicationId: string, overrides: Record<string, unknown> = {}, as = recruiter) {
    const response = await post(
      '/interviews',
      {
        applicationId,
        title: 'Technical interview',
        startsAt: nextSlot().toISOString(),
        durationMinutes: 60,
        timezone: 'Europe/Paris',
        interviewerIds: [ada.user.id],
        ...overrides,
      },
      as,
    );
    return response;
  }

  describe('scheduling', () => {
    it('names each invalid field: startsAt without offset, timezone, interviewerIds', async () => {
      const { application } = await fresh();
      const noOffset = await schedule(application.id, { startsAt: '2031-03-02T10:00:00' });
      expect(noOffset.status).toBe(400);
      expect(fields(noOffset)).toEqual(['startsAt']);
      const badZone = await schedule(application.id, { timezone: 'Mars/Olympus' });
      expect(badZone.status).toBe(400);
      expect(fields(badZone)).toEqual(['timezone']);
      const empty = await schedule(application.id, { interviewerIds: [] });
      expect(fields(empty)).toEqual(['interviewerIds']);
      const unknown = await schedule(application.id, { interviewerIds: [ada.user.id, stranger.user.id, crypto.randomUUID()] });
      expect(unknown.status).toBe(400);
      expect(fields(unknown)).toEqual(['interviewerIds.1', 'interviewerIds.2']);
      const twice = await schedule(application.id, { interviewerIds: [ada.user.id, ada.user.id] });
      expect(fields(twice)).toEqual(['interviewerIds.1']);
    });

    it("defaults to the application's stage, keeps times in UTC with the timezone, and records the event", async () => {
      const { job, candidate, application } = await fresh();
      const created = await schedule(application.id, { startsAt: '2031-03-02T10:00:00+01:00', durationMinutes: 45, location: 'Room 4' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        applicationId: application.id,
        candidate: { id: candidate.id, name: expect.stringContaining('Grace') },
        job: { id: job.id, title: job.title },
        stage: { id: application.stage.id },
        status: 'scheduled',
        startsAt: '2031-03-02T09:00:00.000Z',
        endsAt: '2031-03-02T09:45:00.000Z',
        durationMinutes: 45,
        timezone: 'Europe/Paris',
        location: 'Room 4',
        sequence: 0,
        panel: [{ id: ada.user.id, name: ada.user.name }],
        warnings: [],
      });
      expect(await events(created.body.id)).toEqual(['scheduled:0']);
      const otherJob = await openJob(app, recruiter);
      const foreignStage = await schedule(application.id, { stageId: otherJob.stages[1]!.id });
      expect(foreignStage.status).toBe(409);
      expect(foreignStage.body.code).toBe('STAGE_NOT_IN_JOB');
      const ownStage = await schedule(application.id, { stageId: job.stages[2]!.id });
      // The panel's scorecard form is built from the stage's attributes, which interviewers cannot read from the job.
      expect(ownStage.body.stage).toEqual({
        id: job.stages[2]!.id,
        name: 'Technical interview',
        scorecardAttributes: ['Problem solving', 'Technical depth', 'Communication'],
      });
      expect((await get(`/interviews/${ownStage.body.id}`, ada)).body.stage.scorecardAttributes).toEqual([
        'Problem solving',
        'Technical depth',
        'Communication',
      ]);
    });

    it('refuses an application that is not active', async () => {
      const { application } = await fresh();
      const reasons = (await get('/rejection-reasons')).body as { id: string; type: string }[];
      const reasonId = reasons.find((reason) => reason.type === 'we_rejected')!.id;
      expect((await post(`/applications/${application.id}/reject`, { reasonId })).status).toBe(200);
      const refused = await schedule(application.id);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('APPLICATION_NOT_ACTIVE');
    });

    it('warns, without refusing, when a panel member is already booked at that time', async () => {
      const first = (await fresh()).application;
      const second = (await fresh()).application;
      const at = nextSlot();
      const booked = await schedule(first.id, { startsAt: at.toISOString(), interviewerIds: [ada.user.id] });
      const overlapping = await schedule(second.id, {
        startsAt: new Date(at.getTime() + 30 * 60_000).toISOString(),
        interviewerIds: [bob.user.id, ada.user.id],
      });
      expect(overlapping.status).toBe(201);
      expect(overlapping.body.warnings).toEqual([
        { code: 'INTERVIEWER_DOUBLE_BOOKED', interviewerId: ada.user.id, conflictingInterviewId: booked.body.id },
      ]);
      const afterwards = await schedule(second.id, { startsAt: new Date(at.getTime() + 90 * 60_000).toISOString() });
      expect(afterwards.body.warnings).toEqual([]);
      // Moving it onto the booked slot warns too.
      const moved = await patch(`/interviews/${afterwards.body.id}`, { startsAt: at.toISOString() });
      expect(moved.body.warnings).toEqual([
        { code: 'INTERVIEWER_DOUBLE_BOOKED', interviewerId: ada.user.id, conflictingInterviewId: booked.body.id },
        { code: 'INTERVIEWER_DOUBLE_BOOKED', interviewerId: ada.user.id, conflictingInterviewId: overlapping.body.id },
      ]);
    });
  });

  describe('changes', () => {
    it('reschedules and changes the panel, bumping the sequence once per change', async () => {
      const { application } = await fresh();
      const created = (await schedule(application.id)).body;
      const unchanged = await patch(`/interviews/${created.id}`, { title: created.title, interviewerIds: [ada.user.id] });
      expect(unchanged.body.sequence).toBe(0);
      const moved = await patch(`/interviews/${created.id}`, { startsAt: '2031-06-01T12:00:00Z', durationMinutes: 30 });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ sequence: 1, startsAt: '2031-06-01T12:00:00.000Z', endsAt: '2031-06-01T12:30:00.000Z' });
      const panel = await patch(`/interviews/${created.id}`, { interviewerIds: [bob.user.id] });
      expect(panel.body).toMatchObject({ sequence: 2, panel: [{ id: bob.user.id, name: bob.user.name }] });
      expect(await events(created.id)).toEqual(['scheduled:0', 'rescheduled:1', 'panel_changed:2']);
      const invalid = await patch(`/interviews/${created.id}`, { startsAt: '2031-06-01 12:00' });
      expect(fields(invalid)).toEqual(['startsAt']);
    });

    it('moves scheduled interviews to completed, cancelled or no-show, once', async () => {
      const { application } = await fresh();
      const [a, b, c] = [
        (await schedule(application.id)).body,
        (await schedule(application.id)).body,
        (await schedule(application.id)).body,
      ];
      const completed = await post(`/interviews/${a.id}/complete`, {});
      expect(completed.status).toBe(200);
      expect(completed.body).toMatchObject({ status: 'completed', sequence: 0 });
      const cancelled = await post(`/interviews/${b.id}/cancel`, { reason: 'Candidate asked to move it' });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1, cancelReason: 'Candidate asked to move it' });
      const noShow = await post(`/interviews/${c.id}/no-show`, {});
      expect(noShow.body.status).toBe('no_show');
      for (const [id, path] of [
        [a.id, 'cancel'],
        [b.id, 'complete'],
        [c.id, 'no-show'],
      ]) {
        const again = await post(`/interviews/${id}/${path}`, {});
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('INTERVIEW_NOT_SCHEDULED');
      }
      const edit = await patch(`/interviews/${a.id}`, { title: 'Too late' });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('INTERVIEW_NOT_SCHEDULED');
      expect(await events(b.id)).toEqual(['scheduled:0', 'cancelled:1']);
      expect(await events(c.id)).toEqual(['scheduled:0', 'no_show:0']);
    });
  });

  describe('lists and visibility', () => {
    it('lists by start time with a cursor, filters, and gives each interviewer their agenda', async () => {
      const { application } = await fresh();
      const late = (await schedule(application.id, { startsAt: '2032-05-03T10:00:00Z', interviewerIds: [bob.user.id] })).body;
      const early = (await schedule(application.id, { startsAt: '2032-05-01T10:00:00Z', interviewerIds: [ada.user.id, bob.user.id] })).body;
      const middle = (await schedule(application.id, { startsAt: '2032-05-02T10:00:00Z', interviewerIds: [ada.user.id] })).body;
      const first = await get(`/interviews?applicationId=${application.id}&limit=2`);
      expect(first.body.data.map((item: { id: string }) => item.id)).toEqual([early.id, middle.id]);
      const second = await get(`/interviews?applicationId=${application.id}&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body).toMatchObject({ data: [{ id: late.id }], nextCursor: null });
      const ofBob = await get(`/interviews?applicationId=${application.id}&interviewerId=${bob.user.id}`);
      expect(ofBob.body.data.map((item: { id: string }) => item.id)).toEqual([early.id, late.id]);
      const window = await get(`/interviews?applicationId=${application.id}&from=2032-05-01T12:00:00Z&to=2032-05-03T00:00:00Z`);
      expect(window.body.data.map((item: { id: string }) => item.id)).toEqual([middle.id]);
      expect((await get('/interviews?cursor=nonsense')).status).toBe(400);

      await post(`/interviews/${middle.id}/cancel`, {});
      const cancelled = await get(`/interviews?applicationId=${application.id}&status=cancelled`);
      expect(cancelled.body.data.map((item: { id: string }) => item.id)).toEqual([middle.id]);

      // Ada sits on early (scheduled) and middle (cancelled): her list shows both, her agenda the scheduled one.
      const adaList = await get(`/interviews?applicationId=${application.id}`, ada);
      expect(adaList.body.data.map((item: { id: string }) => item.id)).toEqual([early.id, middle.id]);
      const agenda = await get('/me/interviews', ada);
      expect(agenda.status).toBe(200);
      expect(agenda.body.data.map((item: { id: string }) => item.id)).toContain(early.id);
      expect(agenda.body.data.map((item: { id: string }) => item.id)).not.toContain(middle.id);
      expect(agenda.body.data.every((item: { status: string }) => item.status === 'scheduled')).toBe(true);
      const starts = agenda.body.data.map((item: { startsAt: string }) => item.startsAt);
      expect([...starts].sort()).toEqual(starts);
      expect((await get(`/interviews/${late.id}`, ada)).status).toBe(404);
      expect((await get(`/interviews/${early.id}`, ada)).status).toBe(200);
    });

    it("limits hiring managers to their jobs' interviews and hides other organisations' interviews", async () => {
      const mine = (await schedule((await fresh(manager)).application.id)).body;
      const theirs = (await schedule((await fresh(otherManager)).application.id)).body;
      expect((await get(`/interviews/${mine.id}`, manager)).status).toBe(200);
      expect((await get(`/interviews/${theirs.id}`, manager)).status).toBe(404);
      expect((await post(`/interviews/${theirs.id}/cancel`, {}, manager)).status).toBe(404);
      const listed = await get(`/interviews?limit=200`, manager);
      expect(listed.body.data.map((item: { id: string }) => item.id)).not.toContain(theirs.id);
      const foreign = await schedule((await fresh(otherManager)).application.id, {}, manager);
      expect(foreign.status).toBe(404);
      expect((await get(`/interviews/${mine.id}`, stranger)).status).toBe(404);
      expect((await patch(`/interviews/${mine.id}`, { title: 'x' }, stranger)).status).toBe(404);
      expect(
        (
          await post(
            '/interviews',
            {
              applicationId: mine.applicationId,
              title: 't',
              startsAt: '2031-01-01T10:00:00Z',
              durationMinutes: 30,
              timezone: 'UTC',
              interviewerIds: [stranger.user.id],
            },
            stranger,
          )
        ).status,
      ).toBe(404);
      expect((await post('/interviews', {}, ada)).status).toBe(403);
    });

    it('lets an interviewer read the applications they interview for, without notes', async () => {
      const { application } = await fresh();
      const other = (await fresh()).application;
      await post(`/applications/${application.id}/notes`, { body: 'Salary expectations are high' });
      await post(`/applications/${application.id}/move`, { toStageId: (await get(`/applications/${application.id}`)).body.stage.id });
      expect((await get(`/applications/${application.id}`, bob)).status).toBe(404);
      await schedule(application.id, { interviewerIds: [bob.user.id] });

      const seen = await get(`/applications/${application.id}`, bob);
      expect(seen.status).toBe(200);
      expect(seen.body.notes).toEqual([]);
      expect(seen.body.history.every((event: { note: string | null }) => event.note === null)).toBe(true);
      expect(JSON.stringify(seen.body)).not.toContain('Salary expectations');
      const notes = await get(`/applications/${application.id}/notes`, bob);
      expect(notes.status).toBe(403);
      expect(notes.body.code).toBe('PERMISSION_DENIED');
      expect((await get(`/applications/${other.id}`, bob)).status).toBe(404);
      const listed = await get('/applications?limit=200', bob);
      expect(listed.body.data.map((item: { id: string }) => item.id)).toContain(application.id);
      expect(listed.body.data.map((item: { id: string }) => item.id)).not.toContain(other.id);
      expect((await get('/jobs', bob)).status).toBe(403);
      expect((await get('/candidates', bob)).status).toBe(403);
      expect((await get(`/applications/${application.id}/notes`)).body).toHaveLength(1);
    });
  });

  describe('awaiting feedback', () => {
    /** Moves an interview an hour into the past (the API only schedules ahead). */
    const endedAnHourAgo = (interviewId: string) =>
      app
        .get(DataSource)
        .query(`UPDATE interviews SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
          interviewId,
        ]);
    const scorecard = (interviewId: string, as: SignedIn) =>
      post(`/interviews/${interviewId}/scorecards`, { ratings: [], recommendation: 'yes' }, as);
    const byId = (people: { interviewerId: string }[]) => [...people].sort((x, y) => x.interviewerId.localeCompare(y.interviewerId));
    const due = (...people: SignedIn[]) => byId(people.map((person) => ({ interviewerId: person.user.id, name: person.user.name })));

    it('flags an ended interview until every panel member has scored it, naming who has not, in lists as in reads', async () => {
      const { application } = await fresh();
      const ended = (await schedule(application.id, { interviewerIds: [ada.user.id, bob.user.id] })).body;
      const ahead = (await schedule(application.id, { interviewerIds: [ada.user.id] })).body;
      await endedAnHourAgo(ended.id);

      const before = await get(`/interviews/${ended.id}`);
      expect(before.body.awaitingFeedback).toBe(true);
      expect(byId(before.body.scorecardsDue)).toEqual(due(ada, bob));
      // Not over yet: scorecards will be due, but no feedback is awaited.
      expect((await get(`/interviews/${ahead.id}`)).body).toMatchObject({ awaitingFeedback: false, scorecardsDue: due(ada) });

      expect((await scorecard(ended.id, ada)).status).toBe(201);
      const listed = await get(`/interviews?applicationId=${application.id}&limit=10`);
      expect(listed.status).toBe(200);
      expect(
        listed.body.data.map((view: { id: string; awaitingFeedback: boolean; scorecardsDue: unknown }) => [
          view.id,
          view.awaitingFeedback,
          view.scorecardsDue,
        ]),
      ).toEqual([
        [ended.id, true, due(bob)],
        [ahead.id, false, due(ada)],
      ]);
      expect((await get('/me/interviews?limit=10', ada)).body.data.find((view: { id: string }) => view.id === ahead.id)).toMatchObject({
        awaitingFeedback: false,
      });

      expect((await scorecard(ended.id, bob)).status).toBe(201);
      expect((await get(`/interviews/${ended.id}`, bob)).body).toMatchObject({ awaitingFeedback: false, scorecardsDue: [] });
    });

    it('awaits nothing from a cancelled or no-show interview', async () => {
      const { application } = await fresh();
      const cancelled = (await schedule(application.id)).body;
      const missed = (await schedule(application.id)).body;
      expect((await post(`/interviews/${cancelled.id}/cancel`, { reason: 'Moved' })).status).toBe(200);
      expect((await post(`/interviews/${missed.id}/no-show`, {})).status).toBe(200);
      for (const id of [cancelled.id, missed.id]) {
        await endedAnHourAgo(id);
        expect((await get(`/interviews/${id}`)).body).toMatchObject({ awaitingFeedback: false, scorecardsDue: [] });
      }
    });
  });

  describe('GDPR', () => {
    it("exports the candidate's interviews and erases their free text, keeping times and status", async () => {
      const { candidate, application } = await fresh();
      const interview = (await schedule(application.id, { location: 'Room 9', meetingUrl: 'https://meet.example.com/x' })).body;
      const exported = await get(`/candidates/${candidate.id}/export`, admin);
      expect(exported.body.sections.interviews).toEqual([
        expect.objectContaining({ id: interview.id, location: 'Room 9', meetingUrl: 'https://meet.example.com/x', status: 'scheduled' }),
      ]);
      expect((await call(app, 'DELETE', `/api/v1/candidates/${candidate.id}`, { token: admin.accessToken })).status).toBe(204);
      const [row] = await app
        .get(DataSource)
        .query(`SELECT location, meeting_url, cancel_reason, status, starts_at FROM interviews WHERE id = $1`, [interview.id]);
      expect(row).toMatchObject({ location: null, meeting_url: null, cancel_reason: null, status: 'scheduled' });
      expect(new Date(row.starts_at).toISOString()).toBe(interview.startsAt);
    });
  });

  describe('calendar emails', () => {
    const calendarOf = (message: ParsedMail): string | undefined => {
      const part = message.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
      return part?.content.toString('utf8').replace(/\r?\n[ \t]/g, '');
    };
    const line = (ics: string, name: string) => new RegExp(`^${name}[:;](.*)$`, 'm').exec(ics)?.[1];
    let interviewId = '';
    /** The calendar emails of the interview under test that reached `email`, in the order they arrived. */
    const calendarsTo = (email: string) =>
      environment.smtp.messages
        .filter((message) => (message.to && !Array.isArray(message.to) ? message.to.text : '').toLowerCase() === email.toLowerCase())
        .map((message) => ({ message, ics: calendarOf(message) }))
        .filter((item): item is { message: ParsedMail; ics: string } => item.ics?.includes(`UID:${interviewId}@`) ?? false)
        .sort((a, b) => Number(line(a.ics, 'SEQUENCE')) - Number(line(b.ics, 'SEQUENCE')));
    const waitForCalendars = (email: string, count: number) =>
      waitFor(`${count} calendar emails to ${email}`, () => (calendarsTo(email).length >= count ? calendarsTo(email) : undefined), {
        timeoutMs: 20_000,
      });

    it('sends invitations, updates and cancellations with a stable UID and increasing SEQUENCE', async () => {
      environment.track(await createWorker(environment.config));
      const { candidate, application } = await fresh();
      const created = (
        await schedule(application.id, {
          startsAt: '2031-09-01T09:00:00+02:00',
          durationMinutes: 45,
          interviewerIds: [ada.user.id, bob.user.id],
        })
      ).body;
      interviewId = created.id;

      const [invitation] = await waitForCalendars(candidate.email, 1);
      const uid = line(invitation!.ics, 'UID');
      expect(uid).toBe(`${created.id}@hiring-pipeline.local`);
      expect(line(invitation!.ics, 'METHOD')).toBe('REQUEST');
      expect(line(invitation!.ics, 'SEQUENCE')).toBe('0');
      expect(line(invitation!.ics, 'DTSTART')).toBe('20310901T070000Z');
      expect(invitation!.ics).toMatch(/ATTENDEE;.*mailto:.*/i);
      // The candidate reads the time in the interview's timezone.
      expect(invitation!.message.text).toContain('09:00–09:45 (Europe/Paris)');
      const [adaInvitation] = await waitForCalendars(ada.user.email, 1);
      expect(line(adaInvitation!.ics, 'UID')).toBe(uid);
      expect(adaInvitation!.message.text).toContain('07:00–07:45 (UTC)');

      await patch(`/interviews/${created.id}`, { startsAt: '2031-09-02T09:00:00+02:00' });
      const update = (await waitForCalendars(candidate.email, 2))[1]!;
      expect([line(update.ics, 'UID'), line(update.ics, 'METHOD'), line(update.ics, 'SEQUENCE')]).toEqual([uid, 'REQUEST', '1']);
      expect(line(update.ics, 'DTSTART')).toBe('20310902T070000Z');
      expect(update.message.subject).toMatch(/^Updated:/);

      await patch(`/interviews/${created.id}`, { interviewerIds: [ada.user.id] });
      const removed = (await waitForCalendars(bob.user.email, 3)).find((item) => line(item.ics, 'METHOD') === 'CANCEL')!;
      expect([line(removed.ics, 'UID'), line(removed.ics, 'SEQUENCE')]).toEqual([uid, '2']);
      const adaUpdate = (await waitForCalendars(ada.user.email, 3))[2]!;
      expect([line(adaUpdate.ics, 'METHOD'), line(adaUpdate.ics, 'SEQUENCE')]).toEqual(['REQUEST', '2']);
      expect(adaUpdate.ics).not.toContain(bob.user.email);

      await post(`/interviews/${created.id}/cancel`, { reason: 'Position filled' });
      const cancellation = (await waitForCalendars(candidate.email, 4))[3]!;
      expect([line(cancellation.ics, 'UID'), line(cancellation.ics, 'METHOD'), line(cancellation.ics, 'SEQUENCE')]).toEqual([
        uid,
        'CANCEL',
        '3',
      ]);
      expect(line(cancellation.ics, 'STATUS')).toBe('CANCELLED');
      const adaCancel = (await waitForCalendars(ada.user.email, 4))[3]!;
      expect(line(adaCancel.ics, 'METHOD')).toBe('CANCEL');
      // Bob, off the panel already, gets nothing more.
      expect(calendarsTo(bob.user.email)).toHaveLength(3);
    });
  });
});
