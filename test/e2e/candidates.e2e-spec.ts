import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  type CallResult,
  cloneTemplateDatabase,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

const fieldsOf = (response: CallResult) => (response.body.errors ?? []).map((error: { field: string }) => error.field);
const idsOf = (response: CallResult) => (response.body.data as { id: string }[]).map((candidate) => candidate.id);

describe('candidates: profiles, uniqueness, lists and who sees them', () => {
  let database: TestDatabase;
  let storageDir: string;
  let app: NestFastifyApplication;
  let db: pg.Client;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'hp-candidates-'));
    app = await startTestApi(
      testConfig({
        DATABASE_URL: database.url,
        STORAGE_DIR: storageDir,
        PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
    await database?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  const create = (actor: SignedIn, body: Record<string, unknown>) =>
    call(app, 'POST', '/api/v1/candidates', { token: actor.accessToken, body });
  const patch = (actor: SignedIn, id: string, body: Record<string, unknown>) =>
    call(app, 'PATCH', `/api/v1/candidates/${id}`, { token: actor.accessToken, body });
  const get = (actor: SignedIn, id: string) => call(app, 'GET', `/api/v1/candidates/${id}`, { token: actor.accessToken });
  const list = (actor: SignedIn, query = '') => call(app, 'GET', `/api/v1/candidates${query}`, { token: actor.accessToken });

  /** A job (with the default pipeline) managed by `hiringManagerId`. */
  async function createJob(admin: SignedIn, hiringManagerId?: string): Promise<{ id: string; stages: { id: string; kind: string }[] }> {
    const job = await call(app, 'POST', '/api/v1/jobs', {
      token: admin.accessToken,
      body: { title: 'Backend Engineer', ...(hiringManagerId ? { hiringManagerId } : {}) },
    });
    expect(job.status).toBe(201);
    return job.body;
  }

  /** Applications are another library's; the filters only read them, so the test writes them by SQL. */
  async function apply(organizationId: string, candidateId: string, jobId: string, stageId: string): Promise<void> {
    await db.query(`INSERT INTO applications (organization_id, candidate_id, job_id, stage_id) VALUES ($1, $2, $3, $4)`, [
      organizationId,
      candidateId,
      jobId,
      stageId,
    ]);
  }

  describe('creating', () => {
    it('creates a candidate with every field, normalising tags and recording consent', async () => {
      const admin = await signUp(app);
      const before = Date.now();
      const response = await create(admin, {
        firstName: ' Ada ',
        lastName: 'Lovelace',
        email: ' Ada.Lovelace@Example.com ',
        phone: '+44 20 7946 0000',
        location: 'London',
        links: ['https://example.com/ada', 'https://example.com/ada', 'http://github.com/ada'],
        source: 'referral',
        tags: ['  Python', 'python ', 'Machine   Learning', 'MATHS'],
        consent: true,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'Ada.Lovelace@Example.com',
        phone: '+44 20 7946 0000',
        location: 'London',
        links: ['https://example.com/ada', 'http://github.com/ada'],
        source: 'referral',
        tags: ['python', 'machine learning', 'maths'],
        resume: null,
        erasedAt: null,
      });
      expect(new Date(response.body.consentGivenAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      const { rows } = await db.query(`SELECT email_normalized, organization_id FROM candidates WHERE id = $1`, [response.body.id]);
      expect(rows[0]).toEqual({ email_normalized: 'ada.lovelace@example.com', organization_id: admin.organization.id });
      expect((await get(admin, response.body.id)).body).toEqual({ ...response.body, applications: [] });
    });

    it('defaults the source to "other", with no consent, no tags and no links', async () => {
      const admin = await signUp(app);
      const response = await create(admin, { firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ source: 'other', consentGivenAt: null, tags: [], links: [], phone: null, location: null });
    });

    it('refuses a second candidate with the same email, whatever its case and spaces: 409 naming the existing candidate', async () => {
      const admin = await signUp(app);
      const first = await create(admin, { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' });
      for (const email of ['GRACE.HOPPER@EXAMPLE.COM', '  Grace.Hopper@example.com\t', 'grace.hopper@example.com']) {
        const again = await create(admin, { firstName: 'Grace', lastName: 'Again', email });
        expect(again.status, email).toBe(409);
        expect(again.body).toMatchObject({ code: 'CANDIDATE_EMAIL_TAKEN', candidateId: first.body.id });
        expect(fieldsOf(again)).toEqual(['email']);
      }
      expect(idsOf(await list(admin))).toEqual([first.body.id]);
    });

    it('lets another organisation have a candidate with the same email', async () => {
      const first = await signUp(app);
      const second = await signUp(app);
      expect((await create(first, { firstName: 'Shared', lastName: 'Person', email: 'shared.person@example.com' })).status).toBe(201);
      expect((await create(second, { firstName: 'Shared', lastName: 'Person', email: 'Shared.Person@example.com' })).status).toBe(201);
    });

    it('names each invalid field', async () => {
      const admin = await signUp(app);
      const response = await create(admin, {
        firstName: '   ',
        email: 'not an email',
        links: ['javascript:alert(1)', 'https://fine.example.com'],
        source: 'newspaper',
        tags: 'python',
        consent: 'yes',
        favouriteColour: 'blue',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response).sort()).toEqual(
        ['consent', 'email', 'favouriteColour', 'firstName', 'lastName', 'links.0', 'source', 'tags'].sort(),
      );
    });

    it('is refused to a hiring manager (403)', async () => {
      const admin = await signUp(app);
      const manager = await addMember(app, admin, 'hiring_manager');
      const response = await create(manager, { firstName: 'No', lastName: 'Way', email: 'no.way@example.com' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('PERMISSION_DENIED');
    });
  });

  describe('editing', () => {
    it('changes only the fields given; consent keeps its first date and can be withdrawn', async () => {
      const admin = await signUp(app);
      const created = await create(admin, {
        firstName: 'Edsger',
        lastName: 'Dijkstra',
        email: 'edsger@example.com',
        tags: ['algorithms'],
        consent: true,
      });
      const changed = await patch(admin, created.body.id, { location: 'Austin', tags: ['Go To', 'go to'], consent: true });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        firstName: 'Edsger',
        email: 'edsger@example.com',
        location: 'Austin',
        tags: ['go to'],
        consentGivenAt: created.body.consentGivenAt,
      });
      const withdrawn = await patch(admin, created.body.id, { consent: false, location: null });
      expect(withdrawn.body).toMatchObject({ consentGivenAt: null, location: null });
    });

    it('re-checks the email: taking another candidate’s email is a 409 naming them; keeping one’s own (in another case) is fine', async () => {
      const admin = await signUp(app);
      const barbara = await create(admin, { firstName: 'Barbara', lastName: 'Liskov', email: 'barbara@example.com' });
      const john = await create(admin, { firstName: 'John', lastName: 'McCarthy', email: 'john.mccarthy@example.com' });
      const taken = await patch(admin, john.body.id, { email: ' BARBARA@example.com ' });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'CANDIDATE_EMAIL_TAKEN', candidateId: barbara.body.id });
      expect((await get(admin, john.body.id)).body.email).toBe('john.mccarthy@example.com');
      const own = await patch(admin, barbara.body.id, { email: 'Barbara@Example.com' });
      expect(own.status).toBe(200);
      expect(own.body.email).toBe('Barbara@Example.com');
    });

    it('names invalid fields, and answers 404 for an unknown candidate', async () => {
      const admin = await signUp(app);
      const created = await create(admin, { firstName: 'Ken', lastName: 'Thompson', email: 'ken@example.com' });
      const invalid = await patch(admin, created.body.id, { lastName: '', phone: 'x'.repeat(41) });
      expect(invalid.status).toBe(400);
      expect(fieldsOf(invalid).sort()).toEqual(['lastName', 'phone']);
      const unknown = await patch(admin, '0190a5e0-0000-7000-8000-000000000000', { location: 'Nowhere' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('CANDIDATE_NOT_FOUND');
    });
  });

  describe('another organisation', () => {
    it('cannot see, edit, export or erase a candidate: 404 CANDIDATE_NOT_FOUND, as for an id that does not exist', async () => {
      const owner = await signUp(app);
      const stranger = await signUp(app);
      const candidate = await create(owner, { firstName: 'Private', lastName: 'Person', email: 'private.person@example.com' });
      const attempts = [
        await get(stranger, candidate.body.id),
        await patch(stranger, candidate.body.id, { firstName: 'Stolen' }),
        await call(app, 'GET', `/api/v1/candidates/${candidate.body.id}/export`, { token: stranger.accessToken }),
        await call(app, 'GET', `/api/v1/candidates/${candidate.body.id}/resume`, { token: stranger.accessToken }),
        await call(app, 'DELETE', `/api/v1/candidates/${candidate.body.id}`, { token: stranger.accessToken }),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(404);
        expect(attempt.body.code).toBe('CANDIDATE_NOT_FOUND');
      }
      expect(idsOf(await list(stranger))).toEqual([]);
      expect(idsOf(await list(stranger, '?q=Private'))).toEqual([]);
      expect((await get(owner, candidate.body.id)).body.firstName).toBe('Private');
    });
  });

  describe('lists', () => {
    it('pages newest first; rows inserted between page fetches cause no duplicates and no gaps', async () => {
      const admin = await signUp(app);
      const created: string[] = [];
      for (let index = 0; index < 7; index++) {
        created.push((await create(admin, { firstName: `Page${index}`, lastName: 'Person', email: `page${index}@example.com` })).body.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let inserted = 0;
      do {
        const page: CallResult = await list(admin, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...idsOf(page));
        cursor = page.body.nextCursor;
        // Someone adds a candidate while the list is being read.
        await create(admin, { firstName: `Late${inserted}`, lastName: 'Arrival', email: `late${inserted++}@example.com` });
      } while (cursor);
      expect(seen).toEqual([...created].reverse());
    });

    it('answers 400 naming the cursor for one it did not give, or one of a search', async () => {
      const admin = await signUp(app);
      for (const cursor of [
        'garbage',
        Buffer.from(JSON.stringify(['not-a-uuid'])).toString('base64url'),
        Buffer.from(JSON.stringify([0.5, 'x'])).toString('base64url'),
      ]) {
        const response = await list(admin, `?cursor=${cursor}`);
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toEqual(['cursor']);
      }
    });

    it('filters by tag and by source', async () => {
      const admin = await signUp(app);
      const pythonista = await create(admin, {
        firstName: 'Guido',
        lastName: 'Rossum',
        email: 'guido@example.com',
        tags: ['Python', 'language design'],
        source: 'referral',
      });
      const rubyist = await create(admin, {
        firstName: 'Yukihiro',
        lastName: 'Matsumoto',
        email: 'matz@example.com',
        tags: ['ruby', 'language design'],
        source: 'job_board',
      });
      expect(idsOf(await list(admin, '?tag=%20PYTHON'))).toEqual([pythonista.body.id]);
      expect(idsOf(await list(admin, `?tag=${encodeURIComponent('Language Design')}`))).toEqual([rubyist.body.id, pythonista.body.id]);
      expect(idsOf(await list(admin, '?source=job_board'))).toEqual([rubyist.body.id]);
      expect(idsOf(await list(admin, '?tag=ruby&source=referral'))).toEqual([]);
      const invalid = await list(admin, '?source=newspaper&limit=0');
      expect(fieldsOf(invalid).sort()).toEqual(['limit', 'source']);
    });

    it('filters by job and by stage through the applications', async () => {
      const admin = await signUp(app);
      const job = await createJob(admin);
      const otherJob = await createJob(admin);
      const [applied, screening] = job.stages;
      const inScreening = await create(admin, { firstName: 'In', lastName: 'Screening', email: 'in.screening@example.com' });
      const justApplied = await create(admin, { firstName: 'Just', lastName: 'Applied', email: 'just.applied@example.com' });
      const elsewhere = await create(admin, { firstName: 'Else', lastName: 'Where', email: 'else.where@example.com' });
      await apply(admin.organization.id, inScreening.body.id, job.id, screening!.id);
      await apply(admin.organization.id, justApplied.body.id, job.id, applied!.id);
      await apply(admin.organization.id, elsewhere.body.id, otherJob.id, otherJob.stages[0]!.id);
      expect(idsOf(await list(admin, `?jobId=${job.id}`))).toEqual([justApplied.body.id, inScreening.body.id]);
      expect(idsOf(await list(admin, `?jobId=${job.id}&stageId=${screening!.id}`))).toEqual([inScreening.body.id]);
      expect(idsOf(await list(admin, `?stageId=${applied!.id}`))).toEqual([justApplied.body.id]);
      expect(idsOf(await list(admin, `?jobId=${otherJob.id}&q=else`))).toEqual([elsewhere.body.id]);
      expect(fieldsOf(await list(admin, '?jobId=42'))).toEqual(['jobId']);
    });
  });

  describe('hiring managers', () => {
    it('see only candidates who applied to a job they manage, in lists, searches and by id', async () => {
      const admin = await signUp(app);
      const manager = await addMember(app, admin, 'hiring_manager');
      const otherManager = await addMember(app, admin, 'hiring_manager');
      const recruiter = await addMember(app, admin, 'recruiter');
      const managedJob = await createJob(admin, manager.user.id);
      const otherJob = await createJob(admin, otherManager.user.id);
      const mine = await create(recruiter, { firstName: 'Visible', lastName: 'Applicant', email: 'visible.applicant@example.com' });
      const theirs = await create(recruiter, { firstName: 'Hidden', lastName: 'Applicant', email: 'hidden.applicant@example.com' });
      const nobody = await create(recruiter, { firstName: 'Unattached', lastName: 'Applicant', email: 'unattached@example.com' });
      await apply(admin.organization.id, mine.body.id, managedJob.id, managedJob.stages[0]!.id);
      await apply(admin.organization.id, theirs.body.id, otherJob.id, otherJob.stages[0]!.id);

      expect(idsOf(await list(manager))).toEqual([mine.body.id]);
      expect(idsOf(await list(manager, '?q=Applicant'))).toEqual([mine.body.id]);
      expect(idsOf(await list(manager, `?jobId=${otherJob.id}`))).toEqual([]);
      expect((await get(manager, mine.body.id)).status).toBe(200);
      for (const hidden of [theirs, nobody]) {
        const response = await get(manager, hidden.body.id);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('CANDIDATE_NOT_FOUND');
      }
      // Admins and recruiters see everyone.
      expect(idsOf(await list(recruiter)).sort()).toEqual([mine.body.id, theirs.body.id, nobody.body.id].sort());
      expect(idsOf(await list(admin)).sort()).toEqual([mine.body.id, theirs.body.id, nobody.body.id].sort());
    });

    it('cannot edit, upload, export or erase (403)', async () => {
      const admin = await signUp(app);
      const manager = await addMember(app, admin, 'hiring_manager');
      const job = await createJob(admin, manager.user.id);
      const candidate = await create(admin, { firstName: 'Read', lastName: 'Only', email: 'read.only@example.com' });
      await apply(admin.organization.id, candidate.body.id, job.id, job.stages[0]!.id);
      for (const [method, path] of [
        ['PATCH', ''],
        ['POST', '/resume'],
        ['GET', '/export'],
        ['DELETE', ''],
      ] as const) {
        const response = await call(app, method, `/api/v1/candidates/${candidate.body.id}${path}`, {
          token: manager.accessToken,
          body: method === 'PATCH' ? { firstName: 'X' } : undefined,
        });
        expect(response.status, `${method} ${path}`).toBe(403);
      }
    });
  });

  it('is closed to interviewers', async () => {
    const admin = await signUp(app);
    const interviewer = await addMember(app, admin, 'interviewer');
    const response = await list(interviewer);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('PERMISSION_DENIED');
  });
});
