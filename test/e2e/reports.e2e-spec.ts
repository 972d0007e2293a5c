import { Clock } from '@hp/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addMember,
  call,
  cloneTemplateDatabase,
  insertCandidate,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/**
 * A small history with fixed timestamps (set by SQL after building it through the API), so every
 * figure of every report is computed by hand below. "Now" is 2026-03-01T00:00:00Z.
 *
 * Job A "Backend Engineer" (Engineering, hiring manager: `manager`, opened 2025-12-01), the default
 * pipeline, and later an "Onsite" stage inserted at position 4: Applied 0, Screening 1, Technical
 * interview 2, Coding challenge 3, Onsite 4, Offer 5, Hired 6.
 *   a1 referral     applied 01-01, Screening 01-03, Technical 01-06, Coding 01-10, Offer 01-15, hired 01-20
 *   a2 career_site  applied 01-02, Technical 01-04 (Screening skipped), rejected 01-08
 *   a3 job_board    applied 01-03, Screening 01-05, rejected 01-07, reopened 01-09, Technical 01-12 (active)
 *   a4 job_board    applied 01-04, still in Applied
 *   a5 referral     applied 01-05, Screening 01-06, withdrawn 01-08; the candidate is then erased
 *   a6 agency       applied 2025-12-20, Screening 12-22, Offer 12-28, hired 01-25 (applied before the window)
 * Job B "Sales Lead" (Sales, no hiring manager, opened 2025-12-15): Applied 0, Technical interview 1, Offer 2, Hired 3.
 *   b1 agency       applied 01-10, Technical 01-12 (active)
 *   b2 career_site  applied 01-11, rejected 01-13 in Applied
 *   b3 referral     applied 2025-12-28, Offer 01-02, hired 01-28
 * Interviews (ends): i1 a3 01-12 10:00 completed, panel ivy (scorecard +5 h) and ian (+48 h);
 *   i2 a4 01-20 10:00 still "scheduled", ivy (no scorecard); i3 a4 01-22 cancelled, ivy and ian;
 *   i4 b1 01-25 10:00 completed, ian (+1 h); i5 a3 02-10 10:00, ivy (outside January);
 *   i6 a4 03-05 10:00, ivy (not over yet).
 */
describe('reports', () => {
  const NOW = new Date('2026-03-01T00:00:00Z');
  const JANUARY = 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let db: DataSource;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let ivy: SignedIn;
  let ian: SignedIn;
  let jobA: { id: string; stages: { id: string; kind: string; name: string; position: number }[] };
  let jobB: typeof jobA;

  const api = (method: string, path: string, as: SignedIn, body?: unknown) =>
    call(app, method, `/api/v1${path}`, { token: as.accessToken, body });
  const ok = async (method: string, path: string, as: SignedIn, body?: unknown) => {
    const response = await api(method, path, as, body);
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const report = (path: string, as: SignedIn = admin) => api('GET', `/reports/${path}`, as);
  const at = (day: string, time = '00:00:00') => `${day.length === 5 ? `2026-${day}` : day}T${time}Z`;

  async function createJob(fields: Record<string, unknown>) {
    const job = await ok('POST', '/jobs', recruiter, fields);
    await ok('PATCH', `/jobs/${job.id}`, recruiter, { status: 'open' });
    return job as typeof jobA;
  }
  const stageOf = (job: typeof jobA, kind: string) => job.stages.find((stage) => stage.kind === kind)!.id;

  /** An application made through the API, then its history given fixed times, in the order the API wrote it. */
  async function application(
    job: typeof jobA,
    source: string,
    steps: ({ move: string } | { reject: true } | { withdraw: true } | { reopen: true })[],
    times: string[],
  ) {
    const candidate = await insertCandidate(app, admin.organization.id);
    const created = await ok('POST', '/applications', recruiter, { jobId: job.id, candidateId: candidate.id, source });
    for (const step of steps) {
      if ('move' in step) await ok('POST', `/applications/${created.id}/move`, recruiter, { toStageId: stageOf(job, step.move) });
      else if ('reopen' in step) await ok('POST', `/applications/${created.id}/unreject`, recruiter, {});
      else {
        const type = 'reject' in step ? 'we_rejected' : 'they_withdrew';
        await ok('POST', `/applications/${created.id}/${'reject' in step ? 'reject' : 'withdraw'}`, recruiter, {
          reasonId: reasons.find((reason) => reason.type === type)!.id,
        });
      }
    }
    const events: { id: string; type: string }[] = await db.query(
      `SELECT id, type FROM application_events WHERE application_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(events).toHaveLength(times.length);
    for (const [index, event] of events.entries()) {
      await db.query(`UPDATE application_events SET occurred_at = $2 WHERE id = $1`, [event.id, times[index]]);
    }
    const last = (types: string[]) => [...events.keys()].reverse().find((index) => types.includes(events[index]!.type));
    const entered = last(['applied', 'moved', 'hired']);
    const closed = last(['rejected', 'withdrawn', 'hired']);
    const reopened = last(['reopened']);
    await db.query(`UPDATE applications SET applied_at = $2, stage_entered_at = $3, closed_at = $4, hired_at = $5 WHERE id = $1`, [
      created.id,
      times[0],
      times[entered!],
      closed !== undefined && (reopened === undefined || reopened < closed) ? times[closed] : null,
      events.at(-1)!.type === 'hired' ? times.at(-1) : null,
    ]);
    return { id: created.id as string, candidateId: candidate.id };
  }

  async function interview(applicationId: string, panel: SignedIn[], endsAt: string, status: 'scheduled' | 'completed' | 'cancelled') {
    const made = await ok('POST', '/interviews', recruiter, {
      applicationId,
      title: 'Interview',
      startsAt: '2030-01-07T10:00:00Z',
      durationMinutes: 60,
      timezone: 'Europe/Paris',
      interviewerIds: panel.map((member) => member.user.id),
    });
    const id = (made.interview ?? made).id as string;
    if (status === 'completed') await ok('POST', `/interviews/${id}/complete`, recruiter, {});
    if (status === 'cancelled') await ok('POST', `/interviews/${id}/cancel`, recruiter, {});
    const ends = new Date(endsAt);
    await db.query(`UPDATE interviews SET starts_at = $2, ends_at = $3 WHERE id = $1`, [id, new Date(ends.getTime() - 3_600_000), ends]);
    return id;
  }

  async function scorecard(interviewId: string, author: SignedIn, submittedAt: string) {
    const made = await ok('POST', `/interviews/${interviewId}/scorecards`, author, { ratings: [], recommendation: 'yes' });
    await db.query(`UPDATE scorecards SET submitted_at = $2 WHERE id = $1`, [made.id, submittedAt]);
  }

  let reasons: { id: string; type: string }[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '100000' }));
    db = app.get(DataSource);
    vi.spyOn(app.get(Clock, { strict: false }), 'now').mockImplementation(() => new Date(NOW));
    admin = await signUp(app);
    [recruiter, manager, ivy, ian] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
    ]);
    reasons = await ok('GET', '/rejection-reasons', recruiter);

    jobA = await createJob({ title: 'Backend Engineer', department: 'Engineering', hiringManagerId: manager.user.id });
    jobB = await createJob({
      title: 'Sales Lead',
      department: 'Sales',
      stages: [
        { name: 'Applied', kind: 'applied' },
        { name: 'Technical interview', kind: 'technical_interview' },
        { name: 'Offer', kind: 'offer' },
        { name: 'Hired', kind: 'hired' },
      ],
    });

    const moves = (...kinds: string[]) => kinds.map((kind) => ({ move: kind }));
    ids.a1 = (
      await application(
        jobA,
        'referral',
        moves('screening', 'technical_interview', 'coding_challenge', 'offer', 'hired'),
        ['01-01', '01-03', '01-06', '01-10', '01-15', '01-20'].map((day) => at(day)),
      )
    ).id;
    ids.a2 = (
      await application(
        jobA,
        'career_site',
        [...moves('technical_interview'), { reject: true }],
        ['01-02', '01-04', '01-08'].map((day) => at(day)),
      )
    ).id;
    ids.a3 = (
      await application(
        jobA,
        'job_board',
        [...moves('screening'), { reject: true }, { reopen: true }, ...moves('technical_interview')],
        ['01-03', '01-05', '01-07', '01-09', '01-12'].map((day) => at(day)),
      )
    ).id;
    ids.a4 = (await application(jobA, 'job_board', [], [at('01-04')])).id;
    const a5 = await application(
      jobA,
      'referral',
      [...moves('screening'), { withdraw: true }],
      ['01-05', '01-06', '01-08'].map((day) => at(day)),
    );
    ids.a5 = a5.id;
    ids.a6 = (
      await application(jobA, 'agency', moves('screening', 'offer', 'hired'), [
        at('2025-12-20'),
        at('2025-12-22'),
        at('2025-12-28'),
        at('01-25'),
      ])
    ).id;
    ids.b1 = (await application(jobB, 'agency', moves('technical_interview'), [at('01-10'), at('01-12')])).id;
    ids.b2 = (await application(jobB, 'career_site', [{ reject: true }], [at('01-11'), at('01-13')])).id;
    ids.b3 = (await application(jobB, 'referral', moves('offer', 'hired'), [at('2025-12-28'), at('01-02'), at('01-28')])).id;

    // A stage added after all of that: applications already beyond it count as having reached it.
    await ok('POST', `/jobs/${jobA.id}/stages`, recruiter, { name: 'Onsite', kind: 'onsite', position: 4 });
    jobA = await ok('GET', `/jobs/${jobA.id}`, recruiter);
    await db.query(`UPDATE jobs SET opened_at = $2 WHERE id = $1`, [jobA.id, at('2025-12-01')]);
    await db.query(`UPDATE jobs SET opened_at = $2 WHERE id = $1`, [jobB.id, at('2025-12-15')]);

    const i1 = await interview(ids.a3, [ivy, ian], at('01-12', '10:00:00'), 'completed');
    await scorecard(i1, ivy, at('01-12', '15:00:00'));
    await scorecard(i1, ian, at('01-14', '10:00:00'));
    await interview(ids.a4, [ivy], at('01-20', '10:00:00'), 'scheduled');
    await interview(ids.a4, [ivy, ian], at('01-22', '10:00:00'), 'cancelled');
    const i4 = await interview(ids.b1, [ian], at('01-25', '10:00:00'), 'completed');
    await scorecard(i4, ian, at('01-25', '11:00:00'));
    await interview(ids.a3, [ivy], at('02-10', '10:00:00'), 'scheduled');
    await interview(ids.a4, [ivy], at('03-05', '10:00:00'), 'scheduled');

    // GDPR erasure of a5's candidate: the application stays, anonymous, and still counts.
    const erased = await api('DELETE', `/candidates/${a5.candidateId}`, admin);
    expect(erased.status).toBe(204);
  }, 120_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await app?.close();
    await database?.drop();
  });

  const zeros = { current: 0, rejected: 0, withdrawn: 0 };
  const jobAFunnel = () => [
    { stageName: 'Applied', position: 0, kind: 'applied', reached: 5, ...zeros, current: 1, conversionRate: 0.8 },
    { stageName: 'Screening', position: 1, kind: 'screening', reached: 4, ...zeros, withdrawn: 1, conversionRate: 0.75 },
    {
      stageName: 'Technical interview',
      position: 2,
      kind: 'technical_interview',
      reached: 3,
      ...zeros,
      current: 1,
      rejected: 1,
      conversionRate: 0.3333,
    },
    { stageName: 'Coding challenge', position: 3, kind: 'coding_challenge', reached: 1, ...zeros, conversionRate: 1 },
    { stageName: 'Onsite', position: 4, kind: 'onsite', reached: 1, ...zeros, conversionRate: 1 },
    { stageName: 'Offer', position: 5, kind: 'offer', reached: 1, ...zeros, conversionRate: 1 },
    { stageName: 'Hired', position: 6, kind: 'hired', reached: 1, ...zeros, current: 1, conversionRate: null },
  ];
  const withStageIds = (rows: ReturnType<typeof jobAFunnel>) =>
    rows.map((row) => ({ stageId: jobA.stages.find((stage) => stage.position === row.position)!.id, ...row }));

  describe('funnel', () => {
    it('counts each stage of a job: reached (a skipped stage and a stage added later included), in it now, left rejected or withdrawn, conversion', async () => {
      const response = await report(`funnel?jobId=${jobA.id}&${JANUARY}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        filters: { jobId: jobA.id, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        rows: withStageIds(jobAFunnel()),
      });
    });

    it('counts by stage kind across jobs without a jobId, leaving out kinds a job lacks', async () => {
      const response = await report(`funnel?${JANUARY}`);
      expect(response.status).toBe(200);
      const byKind = (kind: string, figures: object) => ({ stageId: null, stageName: null, position: null, kind, ...zeros, ...figures });
      expect(response.body.rows).toEqual([
        byKind('applied', { reached: 7, current: 1, rejected: 1, conversionRate: 0.5714 }),
        byKind('screening', { reached: 4, withdrawn: 1, conversionRate: 1 }),
        byKind('technical_interview', { reached: 4, current: 2, rejected: 1, conversionRate: 0.25 }),
        byKind('coding_challenge', { reached: 1, conversionRate: 1 }),
        byKind('onsite', { reached: 1, conversionRate: 1 }),
        byKind('offer', { reached: 1, conversionRate: 1 }),
        byKind('hired', { reached: 1, current: 1, conversionRate: null }),
      ]);
    });

    it("confines a hiring manager to their jobs: the other job's figures are absent, and its id matches nothing, like an unknown id", async () => {
      const mine = await report(`funnel?${JANUARY}`, manager);
      expect(mine.status).toBe(200);
      expect(mine.body.rows).toEqual(
        jobAFunnel().map(({ stageName: _name, position: _position, ...row }) => ({
          stageId: null,
          stageName: null,
          position: null,
          ...row,
        })),
      );
      const unknownId = '0195a2c4-0000-7000-8000-000000000000';
      for (const path of ['funnel', 'time-in-stage', 'sources']) {
        const other = await report(`${path}?jobId=${jobB.id}`, manager);
        const unknown = await report(`${path}?jobId=${unknownId}`);
        expect([other.status, other.body.rows], path).toEqual([200, []]);
        expect([unknown.status, unknown.body.rows], path).toEqual([200, []]);
      }
    });

    it('answers zero rows of figures, not an error, for a window without applications', async () => {
      const byStage = await report(`funnel?jobId=${jobA.id}&from=2026-06-01T00:00:00Z`);
      expect(byStage.status).toBe(200);
      expect(byStage.body.rows).toHaveLength(7);
      for (const row of byStage.body.rows)
        expect(row).toMatchObject({ reached: 0, current: 0, rejected: 0, withdrawn: 0, conversionRate: null });
      const byKind = await report('funnel?from=2026-06-01T00:00:00Z');
      expect(byKind.body.rows.map((row: { reached: number }) => row.reached)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    });
  });

  describe('time in stage', () => {
    it('gives per stage the median and 90th percentile days, the current stage counting up to now, time closed and in Hired not counted', async () => {
      const response = await report(`time-in-stage?jobId=${jobA.id}&${JANUARY}`);
      expect(response.status).toBe(200);
      const row = (position: number, figures: object) => ({
        stageId: jobA.stages.find((stage) => stage.position === position)!.id,
        stageName: jobA.stages.find((stage) => stage.position === position)!.name,
        position,
        kind: jobA.stages.find((stage) => stage.position === position)!.kind,
        ...figures,
      });
      expect(response.body).toEqual({
        filters: { jobId: jobA.id, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        rows: [
          // a1 2, a2 2, a3 2, a4 56 (01-04 to now), a5 1
          row(0, { applications: 5, medianDays: 2, p90Days: 34.4 }),
          // a1 3, a3 2 + 3 (before its rejection, after its reopening), a5 2; a2 skipped it
          row(1, { applications: 3, medianDays: 3, p90Days: 4.6 }),
          // a1 4, a2 4, a3 48 (01-12 to now)
          row(2, { applications: 3, medianDays: 4, p90Days: 39.2 }),
          row(3, { applications: 1, medianDays: 5, p90Days: 5 }),
          row(4, { applications: 0, medianDays: null, p90Days: null }),
          row(5, { applications: 1, medianDays: 5, p90Days: 5 }),
        ],
      });
    });

    it('gives the same by stage kind across jobs', async () => {
      const response = await report(`time-in-stage?${JANUARY}`);
      const row = (kind: string, figures: object) => ({ stageId: null, stageName: null, position: null, kind, ...figures });
      expect(response.body.rows).toEqual([
        // job A's five and b1 2, b2 2
        row('applied', { applications: 7, medianDays: 2, p90Days: 23.6 }),
        row('screening', { applications: 3, medianDays: 3, p90Days: 4.6 }),
        // job A's three and b1 48
        row('technical_interview', { applications: 4, medianDays: 26, p90Days: 48 }),
        row('coding_challenge', { applications: 1, medianDays: 5, p90Days: 5 }),
        row('onsite', { applications: 0, medianDays: null, p90Days: null }),
        row('offer', { applications: 1, medianDays: 5, p90Days: 5 }),
      ]);
    });
  });

  describe('time to hire', () => {
    const jobARow = () => ({
      jobId: jobA.id,
      jobTitle: 'Backend Engineer',
      department: 'Engineering',
      openedAt: '2025-12-01T00:00:00.000Z',
      firstHiredAt: '2026-01-20T00:00:00.000Z',
      daysToFirstHire: 50,
    });

    it('gives per job and overall the days from application to hire, and from opening to the first hire, for hires in the window', async () => {
      const response = await report(`time-to-hire?${JANUARY}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        filters: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', department: null },
        rows: [
          // a1 19 days, a6 36 days (applied before the window, hired in it)
          { ...jobARow(), hires: 2, medianDaysToHire: 27.5, p90DaysToHire: 34.3 },
          {
            jobId: jobB.id,
            jobTitle: 'Sales Lead',
            department: 'Sales',
            hires: 1,
            medianDaysToHire: 31,
            p90DaysToHire: 31,
            openedAt: '2025-12-15T00:00:00.000Z',
            firstHiredAt: '2026-01-28T00:00:00.000Z',
            daysToFirstHire: 44,
          },
        ],
        overall: {
          hires: 3,
          medianDaysToHire: 31,
          p90DaysToHire: 35,
          jobsWithFirstHire: 2,
          medianDaysToFirstHire: 47,
          p90DaysToFirstHire: 49.4,
        },
      });
    });

    it("filters by department, and counts a job's first hire overall only when it falls in the window", async () => {
      const engineering = await report(`time-to-hire?${JANUARY}&department=Engineering`);
      expect(engineering.body.rows).toEqual([{ ...jobARow(), hires: 2, medianDaysToHire: 27.5, p90DaysToHire: 34.3 }]);
      expect(engineering.body.overall).toEqual({
        hires: 2,
        medianDaysToHire: 27.5,
        p90DaysToHire: 34.3,
        jobsWithFirstHire: 1,
        medianDaysToFirstHire: 50,
        p90DaysToFirstHire: 50,
      });
      const late = await report('time-to-hire?from=2026-01-21T00:00:00Z&to=2026-02-01T00:00:00Z');
      expect(late.body.rows.map((row: { hires: number; daysToFirstHire: number }) => [row.hires, row.daysToFirstHire])).toEqual([
        [1, 50],
        [1, 44],
      ]);
      expect(late.body.overall).toEqual({
        hires: 2,
        medianDaysToHire: 33.5,
        p90DaysToHire: 35.5,
        jobsWithFirstHire: 1,
        medianDaysToFirstHire: 44,
        p90DaysToFirstHire: 44,
      });
    });

    it('answers no rows and an empty overall without hires', async () => {
      const response = await report('time-to-hire?from=2026-06-01T00:00:00Z');
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual([]);
      expect(response.body.overall).toEqual({
        hires: 0,
        medianDaysToHire: null,
        p90DaysToHire: null,
        jobsWithFirstHire: 0,
        medianDaysToFirstHire: null,
        p90DaysToFirstHire: null,
      });
    });
  });

  describe('sources', () => {
    it('counts per source applications, past screening (after Applied where a job has no Screening), offers, hires and the hire rate', async () => {
      const response = await report(`sources?${JANUARY}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        filters: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', jobId: null },
        rows: [
          { source: 'career_site', applications: 2, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
          { source: 'job_board', applications: 2, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
          { source: 'referral', applications: 2, passedScreening: 1, offers: 1, hires: 1, hireRate: 0.5 },
          { source: 'agency', applications: 1, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
        ],
      });
    });

    it("narrows to one job, and to a hiring manager's jobs", async () => {
      const expected = [
        { source: 'job_board', applications: 2, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
        { source: 'referral', applications: 2, passedScreening: 1, offers: 1, hires: 1, hireRate: 0.5 },
        { source: 'career_site', applications: 1, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
      ];
      expect((await report(`sources?${JANUARY}&jobId=${jobA.id}`)).body.rows).toEqual(expected);
      expect((await report(`sources?${JANUARY}`, manager)).body.rows).toEqual(expected);
      expect((await report('sources?from=2026-06-01T00:00:00Z')).body.rows).toEqual([]);
    });
  });

  describe('interviewers', () => {
    const ivyRow = () => ({
      interviewerId: ivy.user.id,
      interviewerName: ivy.user.name,
      interviews: 2,
      onTime: 1,
      late: 0,
      missing: 1,
      medianHoursToSubmit: 5,
    });
    const ianRow = () => ({
      interviewerId: ian.user.id,
      interviewerName: ian.user.name,
      interviews: 2,
      onTime: 1,
      late: 1,
      missing: 0,
      medianHoursToSubmit: 24.5,
    });
    const byName = (rows: { interviewerName: string }[]) => [...rows].sort((a, b) => a.interviewerName.localeCompare(b.interviewerName));

    it('counts per interviewer the interviews held in the window and their scorecards on time, late and missing', async () => {
      const response = await report(`interviewers?${JANUARY}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        filters: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        rows: byName([ivyRow(), ianRow()]),
      });
      // Without a window: i5 (02-10, no scorecard) joins in; i6 is not over yet.
      const all = await report('interviewers');
      expect(all.body.rows).toEqual(byName([{ ...ivyRow(), interviews: 3, missing: 2 }, ianRow()]));
    });

    it("shows an interviewer their own row only, a hiring manager their jobs' interviews", async () => {
      expect((await report(`interviewers?${JANUARY}`, ivy)).body.rows).toEqual([ivyRow()]);
      expect((await report(`interviewers?${JANUARY}`, ian)).body.rows).toEqual([ianRow()]);
      expect((await report(`interviewers?${JANUARY}`, manager)).body.rows).toEqual(
        byName([ivyRow(), { ...ianRow(), interviews: 1, onTime: 0, late: 1, medianHoursToSubmit: 48 }]),
      );
      expect((await report('interviewers?from=2026-06-01T00:00:00Z')).body.rows).toEqual([]);
    });

    it('refuses interviewers the pipeline reports', async () => {
      for (const path of ['funnel', 'time-in-stage', 'time-to-hire', 'sources']) {
        const response = await report(path, ivy);
        expect(response.status, path).toBe(403);
        expect(response.body.code).toBe('PERMISSION_DENIED');
      }
    });
  });

  describe('CSV', () => {
    it('answers text/csv for ?format=csv, with a header and the filters as columns and in a header', async () => {
      const response = await call(app, 'GET', `/api/v1/reports/sources?${JANUARY}&jobId=${jobA.id}&format=csv`, {
        token: admin.accessToken,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="sources.csv"');
      expect(JSON.parse(String(response.headers['x-report-filters']))).toEqual({
        from: '2026-01-01T00:00:00Z',
        to: '2026-02-01T00:00:00Z',
        jobId: jobA.id,
      });
      const filters = `2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,${jobA.id}`;
      expect(response.body).toBe(
        [
          'source,applications,passedScreening,offers,hires,hireRate,filter.from,filter.to,filter.jobId',
          `job_board,2,1,0,0,0,${filters}`,
          `referral,2,1,1,1,0.5,${filters}`,
          `career_site,1,1,0,0,0,${filters}`,
          '',
        ].join('\r\n'),
      );
    });

    it('answers text/csv for Accept: text/csv, JSON when ?format=json says so, and a header line without rows', async () => {
      const csv = await call(app, 'GET', '/api/v1/reports/time-to-hire?from=2026-06-01T00:00:00Z', {
        token: admin.accessToken,
        headers: { accept: 'text/csv' },
      });
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body).toBe(
        'scope,jobId,jobTitle,department,hires,medianDaysToHire,p90DaysToHire,openedAt,firstHiredAt,daysToFirstHire,' +
          'jobsWithFirstHire,medianDaysToFirstHire,p90DaysToFirstHire,filter.from,filter.to,filter.department\r\n' +
          'overall,,,,0,,,,,,0,,,2026-06-01T00:00:00Z,,\r\n',
      );
      const json = await call(app, 'GET', '/api/v1/reports/interviewers?format=json', {
        token: admin.accessToken,
        headers: { accept: 'text/csv' },
      });
      expect(json.headers['content-type']).toMatch(/^application\/json/);
    });
  });

  describe('windows and summaries', () => {
    const funnelRow = (stageName: string, position: number, figures: object) => ({ stageName, position, ...zeros, ...figures });
    const withoutIds = (rows: { stageId: string; kind: string }[]) => rows.map(({ stageId: _id, kind: _kind, ...row }) => row);

    it('counts a window with partial months at its ends, and one without a whole month, as exactly as whole months', async () => {
      // December from the 25th (b3, one by one) and the whole of January (b1, b2, from the counters).
      const mixed = await report(`funnel?jobId=${jobB.id}&from=2025-12-25T00:00:00Z&to=2026-02-01T00:00:00Z`);
      expect(mixed.status, JSON.stringify(mixed.body)).toBe(200);
      expect(withoutIds(mixed.body.rows)).toEqual([
        funnelRow('Applied', 0, { reached: 3, rejected: 1, conversionRate: 0.6667 }),
        funnelRow('Technical interview', 1, { reached: 2, current: 1, conversionRate: 0.5 }),
        funnelRow('Offer', 2, { reached: 1, conversionRate: 1 }),
        funnelRow('Hired', 3, { reached: 1, current: 1, conversionRate: null }),
      ]);
      // Two days, no whole month: a3 (reopened, now in Technical interview) and a4.
      const days = await report(`funnel?jobId=${jobA.id}&from=2026-01-03T00:00:00Z&to=2026-01-05T00:00:00Z`);
      expect(withoutIds(days.body.rows)).toEqual([
        funnelRow('Applied', 0, { reached: 2, current: 1, conversionRate: 0.5 }),
        funnelRow('Screening', 1, { reached: 1, conversionRate: 1 }),
        funnelRow('Technical interview', 2, { reached: 1, current: 1, conversionRate: 0 }),
        funnelRow('Coding challenge', 3, { reached: 0, conversionRate: null }),
        funnelRow('Onsite', 4, { reached: 0, conversionRate: null }),
        funnelRow('Offer', 5, { reached: 0, conversionRate: null }),
        funnelRow('Hired', 6, { reached: 0, conversionRate: null }),
      ]);
      const sources = await report(`sources?jobId=${jobB.id}&from=2025-12-25T00:00:00Z&to=2026-02-01T00:00:00Z`);
      expect(sources.body.rows).toEqual([
        { source: 'agency', applications: 1, passedScreening: 1, offers: 0, hires: 0, hireRate: 0 },
        { source: 'career_site', applications: 1, passedScreening: 0, offers: 0, hires: 0, hireRate: 0 },
        { source: 'referral', applications: 1, passedScreening: 1, offers: 1, hires: 1, hireRate: 1 },
      ]);
    });

    it('adds up the time in two stages of one kind, and follows a reordered pipeline without rewriting anything', async () => {
      const jobC = await createJob({
        title: 'Platform Engineer',
        stages: [
          { name: 'Applied', kind: 'applied' },
          { name: 'Tech A', kind: 'technical_interview' },
          { name: 'Tech B', kind: 'technical_interview' },
          { name: 'Hired', kind: 'hired' },
        ],
      });
      const byName = (name: string) => jobC.stages.find((stage) => stage.name === name)!.id;
      const June = 'from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z';
      // c1: Tech A 3 days, Tech B 4, Tech A again 1, then rejected there. c2: Tech B only (5 days), then withdrawn.
      const c1 = await application(jobC, 'sourced', [{ move: 'technical_interview' }], [at('2025-06-01'), at('2025-06-03')]);
      for (const stage of ['Tech B', 'Tech A']) await ok('POST', `/applications/${c1.id}/move`, recruiter, { toStageId: byName(stage) });
      const [, , toB, backToA] = await db.query(`SELECT id FROM application_events WHERE application_id = $1 ORDER BY id`, [c1.id]);
      await db.query(`UPDATE application_events SET occurred_at = $2 WHERE id = $1`, [toB.id, at('2025-06-06')]);
      await db.query(`UPDATE application_events SET occurred_at = $2 WHERE id = $1`, [backToA.id, at('2025-06-10')]);
      await ok('POST', `/applications/${c1.id}/reject`, recruiter, {
        reasonId: reasons.find((reason) => reason.type === 'we_rejected')!.id,
      });
      await db.query(
        `UPDATE application_events SET occurred_at = $2 WHERE id = (SELECT id FROM application_events WHERE application_id = $1 ORDER BY id DESC LIMIT 1)`,
        [c1.id, at('2025-06-11')],
      );
      const c2 = await application(jobC, 'sourced', [], [at('2025-06-02')]);
      await ok('POST', `/applications/${c2.id}/move`, recruiter, { toStageId: byName('Tech B') });
      await ok('POST', `/applications/${c2.id}/withdraw`, recruiter, {
        reasonId: reasons.find((reason) => reason.type === 'they_withdrew')!.id,
      });
      const [, c2ToB, c2Withdrawn] = await db.query(`SELECT id FROM application_events WHERE application_id = $1 ORDER BY id`, [c2.id]);
      await db.query(`UPDATE application_events SET occurred_at = $2 WHERE id = $1`, [c2ToB.id, at('2025-06-04')]);
      await db.query(`UPDATE application_events SET occurred_at = $2 WHERE id = $1`, [c2Withdrawn.id, at('2025-06-09')]);

      const byKind = await report(`time-in-stage?${June}`);
      expect(byKind.body.rows.map((row: { kind: string; applications: number }) => [row.kind, row.applications])).toEqual([
        ['applied', 2],
        ['screening', 0],
        ['technical_interview', 2],
        ['coding_challenge', 0],
        ['onsite', 0],
        ['offer', 0],
      ]);
      expect(byKind.body.rows[2]).toMatchObject({ applications: 2, medianDays: 6.5, p90Days: 7.7 });
      const byStage = await report(`time-in-stage?jobId=${jobC.id}&${June}`);
      expect(byStage.body.rows.map((row: object) => ({ ...row, stageId: undefined }))).toEqual([
        { stageId: undefined, stageName: 'Applied', position: 0, kind: 'applied', applications: 2, medianDays: 2, p90Days: 2 },
        { stageId: undefined, stageName: 'Tech A', position: 1, kind: 'technical_interview', applications: 1, medianDays: 4, p90Days: 4 },
        {
          stageId: undefined,
          stageName: 'Tech B',
          position: 2,
          kind: 'technical_interview',
          applications: 2,
          medianDays: 4.5,
          p90Days: 4.9,
        },
      ]);

      const funnel = async (window: string) => withoutIds((await report(`funnel?jobId=${jobC.id}&${window}`)).body.rows);
      expect(await funnel(June)).toEqual([
        funnelRow('Applied', 0, { reached: 2, conversionRate: 1 }),
        funnelRow('Tech A', 1, { reached: 2, rejected: 1, conversionRate: 1 }),
        funnelRow('Tech B', 2, { reached: 2, withdrawn: 1, conversionRate: 0 }),
        funnelRow('Hired', 3, { reached: 0, conversionRate: null }),
      ]);
      await ok('PUT', `/jobs/${jobC.id}/stages/order`, recruiter, {
        stageIds: [byName('Applied'), byName('Tech B'), byName('Tech A'), byName('Hired')],
      });
      const reordered = [
        funnelRow('Applied', 0, { reached: 2, conversionRate: 1 }),
        funnelRow('Tech B', 1, { reached: 2, withdrawn: 1, conversionRate: 0.5 }),
        funnelRow('Tech A', 2, { reached: 1, rejected: 1, conversionRate: 0 }),
        funnelRow('Hired', 3, { reached: 0, conversionRate: null }),
      ];
      expect(await funnel(June)).toEqual(reordered);
      // The same from one application at a time (June 2nd onwards holds no whole month): c2 only.
      expect(await funnel('from=2025-06-02T00:00:00Z&to=2025-07-01T00:00:00Z')).toEqual([
        funnelRow('Applied', 0, { reached: 1, conversionRate: 1 }),
        funnelRow('Tech B', 1, { reached: 1, withdrawn: 1, conversionRate: 0 }),
        funnelRow('Tech A', 2, { reached: 0, conversionRate: null }),
        funnelRow('Hired', 3, { reached: 0, conversionRate: null }),
      ]);
    });

    it('keeps its summaries equal to what the applications and their history give, after every kind of change', async () => {
      const [difference] = await db.query(`
        SELECT (SELECT count(*) FROM ((TABLE application_stage_visits EXCEPT ALL TABLE application_stage_visits_source)
                 UNION ALL (TABLE application_stage_visits_source EXCEPT ALL TABLE application_stage_visits)) visits)::int AS visits,
               (SELECT count(*) FROM ((TABLE application_report_state EXCEPT ALL TABLE application_report_state_source)
                 UNION ALL (TABLE application_report_state_source EXCEPT ALL TABLE application_report_state)) state)::int AS state,
               (SELECT count(*) FROM (
                 (SELECT organization_id, job_id, applied_month, source, status, stage_id, visited, count(*)::int FROM application_report_state
                   GROUP BY 1, 2, 3, 4, 5, 6, 7
                  EXCEPT ALL TABLE application_report_counts)
                 UNION ALL
                 (TABLE application_report_counts
                  EXCEPT ALL SELECT organization_id, job_id, applied_month, source, status, stage_id, visited, count(*)::int
                   FROM application_report_state GROUP BY 1, 2, 3, 4, 5, 6, 7)) counts)::int AS counts,
               (SELECT count(*) FROM application_report_state)::int AS applications`);
      expect(difference).toEqual({ visits: 0, state: 0, counts: 0, applications: 11 });
    });
  });

  describe('validation', () => {
    it('answers 400 naming each bad field, never 500', async () => {
      const response = await report(`funnel?jobId=nope&from=yesterday&format=xml&extra=1`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['extra', 'format', 'from', 'jobId']);
      const backwards = await report('interviewers?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([{ field: 'to', message: 'must be after `from`' }]);
      const noOffset = await report('time-to-hire?from=2026-01-01T00:00:00');
      expect(noOffset.status).toBe(400);
      expect(noOffset.body.errors[0].field).toBe('from');
    });
  });
});
