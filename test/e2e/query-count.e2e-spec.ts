/**
 * No N+1 (issue #8): every GET route of the API issues a fixed number of SQL queries whatever the
 * size of the data. The queries that reach the `pg` driver during one request (`app.inject`) are
 * counted in two organisations built alike, one with 1 of everything a response holds and one with
 * 50, and the counts must be equal. Each route is called once before it is counted (the actor
 * cache and other first-time loads), then counted.
 *
 * The routes come from the server's route table (`loadApiSurface`): a new GET route under /api/v1
 * without a row in `ROUTES` fails the first test, naming it.
 *
 * What grows between the two organisations, per route (size 1 → size 50):
 *
 * | Route | What the response holds |
 * |---|---|
 * | GET /auth/me, /me/notification-preferences, /organization/settings | one user / one organisation: fixed size |
 * | GET /users | 4 members + 1 → 50 invited users |
 * | GET /jobs | 1 → 50 open jobs |
 * | GET /jobs/{id}, /jobs/{id}/stages | default 6 stages + 1 → 30 stages (the maximum a job may have) |
 * | GET /jobs/{id}/pipeline | board with 1 → 50 applications |
 * | GET /rejection-reasons | defaults + 1 → 50 reasons |
 * | GET /candidates | 1 → 50 candidates |
 * | GET /candidates/{id}, /candidates/{id}/export | a candidate with 1 → 50 applications (+ notes, interviews, challenges of one) |
 * | GET /candidates/{id}/resume | a candidate without a résumé (404): fixed size |
 * | GET /applications | 1 → 99 applications (50 on the job, 49 more of the first candidate) |
 * | GET /applications/{id} | one application with 1 → 50 of what it lists |
 * | GET /applications/{id}/history | 1 → 50 moves |
 * | GET /applications/{id}/notes | 1 → 50 notes |
 * | GET /applications/{id}/challenges | 1 → 50 challenges |
 * | GET /applications/{id}/scorecards | 1 → 50 scorecards (one per interview) |
 * | GET /interviews, /me/interviews | 1 → 50 interviews (the interviewer is on every panel) |
 * | GET /interviews/{id} | a panel of 1 → 3 (the organisation's assignable members; 50 is not possible) |
 * | GET /challenges/{id} | 1 → 3 reviewers |
 * | GET /public/challenges/{token} | one challenge: fixed size |
 * | GET /public/organizations/{slug}/jobs | 1 → 50 open jobs |
 * | GET /public/organizations/{slug}/jobs/{id} | one job: fixed size |
 * | GET /reminders | 1 → 50 reminders |
 * | GET /audit-events | whatever building the organisation recorded (more at 50) |
 * | GET /reports/* | one aggregate query over 1 → 50 applications; time-to-hire and interviewers come back empty in both (no hires, no past interviews) |
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  cloneTemplateDatabase,
  insertCandidate,
  loadApiSurface,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';
import { type CountedQueries, QueryCounter, repeatedQueries } from '../utils/query-counter.js';

const API = '/api/v1';
const LARGE = 50;
const MAX_STAGES = 30;

interface World {
  size: number;
  admin: SignedIn;
  interviewer: SignedIn;
  slug: string;
  jobId: string;
  candidateId: string;
  applicationId: string;
  interviewId: string;
  challengeId: string;
  challengeToken: string;
}

interface RouteCase {
  /** The URL to call in a world; `as` picks the caller (default: the admin). */
  url(world: World): string;
  as?: 'admin' | 'interviewer';
  /** The status the counted call must answer. */
  status?: number;
  /** The response holds more rows in the larger organisation (checked, so that a count is taken on real data). */
  grows?: true;
}

/** Every GET route of the API, with how to call it. */
const ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/auth/me': { url: () => `${API}/auth/me` },
  'GET /api/v1/me/notification-preferences': { url: () => `${API}/me/notification-preferences` },
  'GET /api/v1/organization/settings': { url: () => `${API}/organization/settings` },
  'GET /api/v1/users': { url: () => `${API}/users?limit=200`, grows: true },
  'GET /api/v1/jobs': { url: () => `${API}/jobs?limit=200`, grows: true },
  'GET /api/v1/jobs/{id}': { url: (w) => `${API}/jobs/${w.jobId}`, grows: true },
  'GET /api/v1/jobs/{id}/stages': { url: (w) => `${API}/jobs/${w.jobId}/stages`, grows: true },
  'GET /api/v1/jobs/{id}/pipeline': { url: (w) => `${API}/jobs/${w.jobId}/pipeline?limit=200`, grows: true },
  'GET /api/v1/rejection-reasons': { url: () => `${API}/rejection-reasons`, grows: true },
  'GET /api/v1/candidates': { url: () => `${API}/candidates?limit=200`, grows: true },
  'GET /api/v1/candidates/{id}': { url: (w) => `${API}/candidates/${w.candidateId}`, grows: true },
  'GET /api/v1/candidates/{id}/export': { url: (w) => `${API}/candidates/${w.candidateId}/export`, grows: true },
  'GET /api/v1/candidates/{id}/resume': { url: (w) => `${API}/candidates/${w.candidateId}/resume`, status: 404 },
  'GET /api/v1/applications': { url: () => `${API}/applications?limit=200`, grows: true },
  'GET /api/v1/applications/{id}': { url: (w) => `${API}/applications/${w.applicationId}` },
  'GET /api/v1/applications/{id}/history': { url: (w) => `${API}/applications/${w.applicationId}/history?limit=200`, grows: true },
  'GET /api/v1/applications/{id}/notes': { url: (w) => `${API}/applications/${w.applicationId}/notes?limit=200`, grows: true },
  'GET /api/v1/applications/{id}/challenges': { url: (w) => `${API}/applications/${w.applicationId}/challenges`, grows: true },
  'GET /api/v1/applications/{id}/scorecards': { url: (w) => `${API}/applications/${w.applicationId}/scorecards`, grows: true },
  'GET /api/v1/interviews': { url: () => `${API}/interviews?limit=200`, grows: true },
  'GET /api/v1/me/interviews': { url: () => `${API}/me/interviews?limit=200`, as: 'interviewer', grows: true },
  'GET /api/v1/interviews/{id}': { url: (w) => `${API}/interviews/${w.interviewId}`, grows: true },
  'GET /api/v1/challenges/{id}': { url: (w) => `${API}/challenges/${w.challengeId}`, grows: true },
  'GET /api/v1/public/challenges/{token}': { url: (w) => `${API}/public/challenges/${w.challengeToken}` },
  'GET /api/v1/public/organizations/{slug}/jobs': { url: (w) => `${API}/public/organizations/${w.slug}/jobs?limit=200`, grows: true },
  'GET /api/v1/public/organizations/{slug}/jobs/{id}': { url: (w) => `${API}/public/organizations/${w.slug}/jobs/${w.jobId}` },
  'GET /api/v1/reminders': { url: () => `${API}/reminders?limit=200`, grows: true },
  'GET /api/v1/audit-events': { url: () => `${API}/audit-events?limit=200`, grows: true },
  'GET /api/v1/reports/funnel': { url: () => `${API}/reports/funnel` },
  'GET /api/v1/reports/time-in-stage': { url: () => `${API}/reports/time-in-stage` },
  'GET /api/v1/reports/time-to-hire': { url: () => `${API}/reports/time-to-hire` },
  'GET /api/v1/reports/sources': { url: () => `${API}/reports/sources` },
  'GET /api/v1/reports/interviewers': { url: () => `${API}/reports/interviewers` },
};

describe('SQL queries per request (no N+1)', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const counter = new QueryCounter();
  const worlds: World[] = [];

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '1000000' }));
    worlds.push(await buildWorld(app, 1), await buildWorld(app, LARGE));
    counter.install();
  }, 240_000);

  afterAll(async () => {
    counter.uninstall();
    await app?.close();
    await database?.drop();
  });

  it('counts every query that reaches the driver', async () => {
    const db = app.get(DataSource);
    const { queries } = await counter.during(() => Promise.all([db.query('SELECT 1'), db.query('SELECT 2'), db.query('SELECT 3')]));
    expect(queries.texts.sort()).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
  });

  it('knows how to call every GET route of the API', async () => {
    const { routes } = await loadApiSurface(app);
    const gets = routes.filter((route) => route.method === 'GET' && route.path.startsWith(`${API}/`)).map((route) => route.key);
    expect(
      gets.filter((key) => !ROUTES[key]),
      'GET routes without a row in ROUTES',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((key) => !gets.includes(key)),
      'rows of ROUTES the server does not serve',
    ).toEqual([]);
  });

  it(`issues as many queries with ${LARGE} rows as with 1, on every GET route`, async () => {
    const measured: { key: string; small: CountedQueries; large: CountedQueries; rows: number[] }[] = [];
    for (const [key, route] of Object.entries(ROUTES)) {
      const counts: CountedQueries[] = [];
      const rows: number[] = [];
      for (const world of worlds) {
        const caller = route.as === 'interviewer' ? world.interviewer : world.admin;
        const url = route.url(world);
        const token = key.includes('/public/') ? undefined : caller.accessToken;
        await call(app, 'GET', url, { token }); // warm-up: the actor cache, first-time loads
        const { result, queries } = await counter.during(() => call(app, 'GET', url, { token }));
        expect(result.status, `${key} (${world.size}): ${JSON.stringify(result.body).slice(0, 300)}`).toBe(route.status ?? 200);
        counts.push(queries);
        rows.push(largestList(result.body));
      }
      if (route.grows) expect(rows[1], `${key}: rows at 1 and at ${LARGE}: ${rows.join(' → ')}`).toBeGreaterThan(rows[0]!);
      measured.push({ key, small: counts[0]!, large: counts[1]!, rows });
    }
    const table = measured.map(
      ({ key, small, large, rows }) =>
        `${key.padEnd(52)} ${String(small.count).padStart(5)} ${String(large.count).padStart(5)}   ${rows.join(' → ')}`,
    );
    console.log(`${'route'.padEnd(52)} at 1  at ${LARGE}   longest list in the response\n${table.join('\n')}`);
    const unequal = measured
      .filter(({ small, large }) => small.count !== large.count)
      .map(({ key, small, large }) => ({
        route: key,
        at1: small.count,
        [`at${LARGE}`]: large.count,
        repeated: repeatedQueries(small, large).slice(0, 3),
      }));
    expect(unequal).toEqual([]);
  });
});

/** The length of the longest array anywhere in a response body: how many rows it holds. */
/** Lists of the stage's configuration, not rows the world grows: left out of the measure. */
const configurationLists = new Set(['scorecardAttributes']);

function largestList(body: unknown): number {
  if (Array.isArray(body)) return Math.max(body.length, ...body.map(largestList));
  if (body && typeof body === 'object') {
    return Math.max(
      0,
      ...Object.entries(body)
        .filter(([key]) => !configurationLists.has(key))
        .map(([, value]) => largestList(value)),
    );
  }
  return 0;
}

/**
 * An organisation with `size` of everything a list or detail response holds, made through the
 * API (candidates, scorecards and reminders, whose own tests cover their routes, by SQL).
 */
async function buildWorld(app: NestFastifyApplication, size: number): Promise<World> {
  const db = app.get(DataSource);
  const admin = await signUp(app);
  const as = (user: SignedIn) => ({ token: user.accessToken });
  const must = async (what: string, promise: Promise<{ status: number; body: any }>, status = 201) => {
    const result = await promise;
    if (result.status !== status) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const interviewer = await addMember(app, admin, 'interviewer');
  const recruiter = await addMember(app, admin, 'recruiter');
  const manager = await addMember(app, admin, 'hiring_manager');
  for (let i = 0; i < size; i++) {
    await must(
      'invitation',
      call(app, 'POST', `${API}/users/invitations`, {
        ...as(admin),
        body: { email: `invitee-${size}-${i}-${admin.organization.id}@example.com`, name: `Invitee ${i}`, role: 'interviewer' },
      }),
    );
    await must(
      'reason',
      call(app, 'POST', `${API}/rejection-reasons`, { ...as(admin), body: { type: 'we_rejected', name: `Reason ${i}` } }),
    );
  }

  const jobs = [];
  for (let i = 0; i < size; i++) jobs.push(await openJob(app, admin, { hiringManagerId: manager.user.id }));
  const job = jobs[0]!;
  const stagesToAdd = size === 1 ? 1 : MAX_STAGES - job.stages.length;
  for (let i = 0; i < stagesToAdd; i++) {
    await must('stage', call(app, 'POST', `${API}/jobs/${job.id}/stages`, { ...as(admin), body: { name: `Extra ${i}`, kind: 'custom' } }));
  }
  const screening = job.stages.find((stage) => stage.kind === 'screening')!;
  const technical = job.stages.find((stage) => stage.kind === 'technical_interview')!;

  // `size` applications on the board; the first candidate also applies to every other job.
  const applications = [];
  const candidates = [];
  for (let i = 0; i < size; i++) {
    const candidate = await insertCandidate(app, admin.organization.id);
    candidates.push(candidate);
    applications.push(await applyTo(app, admin, job.id, candidate.id));
  }
  for (const other of jobs.slice(1)) await applyTo(app, admin, other.id, candidates[0]!.id);
  const applicationId = applications[0]!.id;

  // The first application: `size` moves, notes, interviews (with scorecards and reminders) and challenges.
  for (let i = 0; i < size; i++) {
    await must(
      'move',
      call(app, 'POST', `${API}/applications/${applicationId}/move`, {
        ...as(admin),
        body: { toStageId: i % 2 === 0 ? screening.id : technical.id },
      }),
      200,
    );
    await must('note', call(app, 'POST', `${API}/applications/${applicationId}/notes`, { ...as(admin), body: { body: `Note ${i}` } }));
  }
  const panelOfFirst = size === 1 ? [interviewer] : [interviewer, recruiter, manager];
  const interviewIds: string[] = [];
  for (let i = 0; i < size; i++) {
    const interview = await must(
      'interview',
      call(app, 'POST', `${API}/interviews`, {
        ...as(admin),
        body: {
          applicationId,
          title: `Interview ${i}`,
          startsAt: new Date(Date.now() + (2 + i) * 86_400_000).toISOString(),
          durationMinutes: 45,
          timezone: 'Europe/Paris',
          interviewerIds: (i === 0 ? panelOfFirst : [interviewer]).map((member) => member.user.id),
        },
      }),
    );
    interviewIds.push(interview.id);
    await db.query(
      `INSERT INTO scorecards (organization_id, application_id, interview_id, author_user_id, ratings, recommendation, submitted_at)
       VALUES ($1, $2, $3, $4, '[]', 'yes', now())`,
      [admin.organization.id, applicationId, interview.id, interviewer.user.id],
    );
    await db.query(
      `INSERT INTO reminders (organization_id, kind, dedupe_key, recipient_user_id, application_id, interview_id, due_at, details)
       VALUES ($1, 'interview_upcoming', $2, $3, $4, $5, now() + interval '1 day', '{}')`,
      [admin.organization.id, `query-count:${interview.id}`, interviewer.user.id, applicationId, interview.id],
    );
  }
  let challenge: { challenge: { id: string }; submissionUrl: string } | undefined;
  for (let i = 0; i < size; i++) {
    const made = await must(
      'challenge',
      call(app, 'POST', `${API}/applications/${applicationId}/challenges`, {
        ...as(admin),
        body: {
          title: `Challenge ${i}`,
          instructions: 'Build it',
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          reviewerIds: (i === 0 ? panelOfFirst : [interviewer]).map((member) => member.user.id),
        },
      }),
    );
    challenge ??= made;
  }
  return {
    size,
    admin,
    interviewer,
    slug: admin.organization.slug,
    jobId: job.id,
    candidateId: candidates[0]!.id,
    applicationId,
    interviewId: interviewIds[0]!,
    challengeId: challenge!.challenge.id,
    challengeToken: new URL(challenge!.submissionUrl).pathname.split('/').pop()!,
  };
}
