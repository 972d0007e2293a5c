import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { migrations } from '@hp/database';
import { ratingValues, recommendations } from '@hp/scorecards';
import argon2 from 'argon2';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase } from './utils/index.js';

const run = promisify(execFile);
const generatorScript = 'dist/bench/generate.js';
const NOW = '2026-01-15T00:00:00Z';
const tables = [
  'organizations',
  'users',
  'jobs',
  'job_recruiters',
  'stages',
  'rejection_reasons',
  'candidates',
  'applications',
  'application_events',
  'application_notes',
  'interviews',
  'interview_interviewers',
  'coding_challenges',
  'challenge_reviewers',
  'scorecards',
];
/** Loaded with foreign-key triggers off (session_replication_role = replica), so checked here too. */
const checkedTables = tables.slice(tables.indexOf('applications'));

const withName = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function query<T extends pg.QueryResultRow = any>(url: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

/** The row counts the generator printed, by table. */
function printedCounts(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of stdout.matchAll(/^(\w+) +(\d+)\b/gm)) if (tables.includes(match[1]!)) counts[match[1]!] = Number(match[2]);
  return counts;
}

/** A digest of every generated row (ids, times and values), to compare two runs. */
const fingerprint = (url: string) =>
  query(
    url,
    `SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY c.id)) FROM (SELECT id, organization_id, first_name, last_name, email, tags, resume_text, created_at FROM candidates) c) AS candidates,
            (SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) FROM applications a) AS applications,
            (SELECT md5(string_agg(e::text, ',' ORDER BY e.id)) FROM application_events e) AS events,
            (SELECT md5(string_agg(n::text, ',' ORDER BY n.id)) FROM application_notes n) AS notes,
            (SELECT md5(string_agg(i::text, ',' ORDER BY i.id)) FROM interviews i) AS interviews,
            (SELECT md5(string_agg(p::text, ',' ORDER BY p.interview_id, p.user_id)) FROM interview_interviewers p) AS panels,
            (SELECT md5(string_agg(c::text, ',' ORDER BY c.id)) FROM coding_challenges c) AS challenges,
            (SELECT md5(string_agg(r::text, ',' ORDER BY r.challenge_id, r.user_id)) FROM challenge_reviewers r) AS reviewers,
            (SELECT md5(string_agg(s::text, ',' ORDER BY s.id)) FROM scorecards s) AS scorecards`,
  ).then((rows) => rows[0]);

describe('bench/generate.ts: the benchmark data set, at --scale 0.001', () => {
  const databases: TestDatabase[] = [];
  let generated: TestDatabase;
  let twin: TestDatabase;
  let stdout: string;
  let clone: string | undefined;
  const sql = <T extends pg.QueryResultRow = any>(text: string, parameters: unknown[] = []) => query<T>(generated.url, text, parameters);

  beforeAll(async () => {
    expect(existsSync(generatorScript), 'run `npm run build` first (npm test does)').toBe(true);
    [generated, twin] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
    databases.push(generated, twin);
    // Two runs with the same seed and --now, side by side: the second proves the output is deterministic.
    const generate = (database: TestDatabase, ...extra: string[]) =>
      run('node', [generatorScript, '--database-url', database.url, '--scale', '0.001', '--now', NOW, ...extra], {
        env: { ...process.env, NODE_ENV: 'test' },
      });
    [{ stdout }] = await Promise.all([generate(generated, '--template'), generate(twin)]);
  }, 60_000);

  afterAll(async () => {
    const admin = withName(generated.url, 'postgres');
    // A template database cannot be dropped until it is one no longer.
    for (const database of databases)
      await query(admin, `ALTER DATABASE ${pg.escapeIdentifier(database.name)} IS_TEMPLATE false`).catch(() => undefined);
    if (clone) await query(admin, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(clone)} WITH (FORCE)`);
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('prints the row counts it loaded, which are what the database holds and what the scale asks for', async () => {
    const printed = printedCounts(stdout);
    expect(Object.keys(printed).sort()).toEqual([...tables].sort());
    const [actual] = await sql(`SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`);
    expect(actual).toEqual(printed);
    expect(printed).toMatchObject({ organizations: 3, candidates: 1000, applications: 2000 });
    expect(printed.jobs).toBeGreaterThanOrEqual(3);
    expect(printed.application_events).toBeGreaterThan(2000);
    expect(stdout).toMatch(/Load time: [\d.]+ s for \d+ rows \(\d+ rows\/s\)/);
  });

  it('marks the database as a template that CREATE DATABASE … TEMPLATE can clone', async () => {
    const admin = withName(generated.url, 'postgres');
    const [{ datistemplate }] = await query(admin, `SELECT datistemplate FROM pg_database WHERE datname = $1`, [generated.name]);
    expect(datistemplate).toBe(true);
    clone = `${generated.name}_clone`;
    await query(admin, `CREATE DATABASE ${pg.escapeIdentifier(clone)} TEMPLATE ${pg.escapeIdentifier(generated.name)} STRATEGY FILE_COPY`);
    const [{ count }] = await query(withName(generated.url, clone), `SELECT count(*)::int AS count FROM applications`);
    expect(count).toBe(2000);
  });

  it('generates the same rows for the same seed and --now', async () => {
    const [first, second] = await Promise.all([fingerprint(generated.url), fingerprint(twin.url)]);
    expect(first.applications).toBeTruthy();
    expect(second).toEqual(first);
  });

  it('refuses to load into tables that hold rows unless --replace is given', async () => {
    const refused = await run('node', [generatorScript, '--database-url', twin.url, '--scale', '0.001'], {
      env: { ...process.env, NODE_ENV: 'test' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toMatch(/Refusing to load: these tables hold rows already: .*candidates.*--replace/s);
  });

  it('keeps every application, its job, its candidate, its stage and its history in one organisation', async () => {
    const [row] = await sql(`
      SELECT count(*) FILTER (WHERE j.organization_id <> a.organization_id OR c.organization_id <> a.organization_id) AS cross_tenant,
             count(*) FILTER (WHERE s.job_id <> a.job_id) AS foreign_stage
        FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id`);
    expect(row).toEqual({ cross_tenant: '0', foreign_stage: '0' });
    const [events] = await sql(`
      SELECT count(*)::int AS wrong FROM application_events e JOIN applications a ON a.id = e.application_id
        LEFT JOIN stages f ON f.id = e.from_stage_id LEFT JOIN stages t ON t.id = e.to_stage_id
       WHERE e.organization_id <> a.organization_id OR f.job_id <> a.job_id OR t.job_id <> a.job_id`);
    expect(events.wrong).toBe(0);
    const [notes] = await sql(
      `SELECT count(*)::int AS wrong FROM application_notes n JOIN applications a ON a.id = n.application_id WHERE n.organization_id <> a.organization_id`,
    );
    expect(notes.wrong).toBe(0);
  });

  it("fills the reports' summaries that its COPY kept the triggers from writing, as the migration's views define them", async () => {
    const [row] = await sql(`
      SELECT (SELECT count(*) FROM ((TABLE application_stage_visits EXCEPT ALL TABLE application_stage_visits_source)
               UNION ALL (TABLE application_stage_visits_source EXCEPT ALL TABLE application_stage_visits)) v)::int AS visits,
             (SELECT count(*) FROM ((TABLE application_report_state EXCEPT ALL TABLE application_report_state_source)
               UNION ALL (TABLE application_report_state_source EXCEPT ALL TABLE application_report_state)) s)::int AS state,
             (SELECT sum(applications) FROM application_report_counts)::int AS counted,
             (SELECT count(*) FROM applications)::int AS applications`);
    expect(row).toEqual({ visits: 0, state: 0, counted: row.applications, applications: expect.any(Number) });
    expect(row.applications).toBeGreaterThan(0);
  });

  it('starts every history with "applied" into the applied stage and chains each event from the stage the previous one left', async () => {
    const [row] = await sql(
      `
      WITH ordered AS (
        SELECT e.*, row_number() OVER w AS n,
               lag(CASE WHEN e.type IN ('rejected', 'withdrawn') THEN e.from_stage_id ELSE e.to_stage_id END) OVER w AS previous_stage,
               lag(e.occurred_at) OVER w AS previous_at
          FROM application_events e WINDOW w AS (PARTITION BY e.application_id ORDER BY e.occurred_at, e.id))
      SELECT count(*) FILTER (WHERE n = 1) AS histories,
             count(*) FILTER (WHERE n = 1 AND (type <> 'applied' OR from_stage_id IS NOT NULL OR s.kind <> 'applied')) AS bad_start,
             count(*) FILTER (WHERE n > 1 AND type = 'applied') AS applied_twice,
             count(*) FILTER (WHERE n > 1 AND from_stage_id IS DISTINCT FROM previous_stage) AS broken_chain,
             count(*) FILTER (WHERE n > 1 AND occurred_at <= previous_at) AS not_increasing,
             count(*) FILTER (WHERE occurred_at > $1::timestamptz OR occurred_at < $1::timestamptz - interval '19 months') AS out_of_window
        FROM ordered LEFT JOIN stages s ON s.id = ordered.to_stage_id`,
      [NOW],
    );
    expect(row).toEqual({
      histories: '2000',
      bad_start: '0',
      applied_twice: '0',
      broken_chain: '0',
      not_increasing: '0',
      out_of_window: '0',
    });
  });

  it('agrees with its last event: stage, status, version, dates and reason', async () => {
    const [row] = await sql(`
      WITH last AS (
        SELECT DISTINCT ON (application_id) application_id, type, from_stage_id, to_stage_id, rejection_reason_id, occurred_at
          FROM application_events ORDER BY application_id, occurred_at DESC, id DESC),
      summary AS (
        SELECT application_id, count(*)::int AS events, max(occurred_at) FILTER (WHERE type IN ('applied', 'moved', 'hired')) AS entered,
               min(occurred_at) AS first_at
          FROM application_events GROUP BY application_id)
      SELECT count(*) AS total,
             count(*) FILTER (WHERE a.stage_id IS DISTINCT FROM CASE WHEN l.type IN ('rejected', 'withdrawn') THEN l.from_stage_id ELSE l.to_stage_id END) AS wrong_stage,
             count(*) FILTER (WHERE a.status IS DISTINCT FROM CASE l.type WHEN 'applied' THEN 'active' WHEN 'moved' THEN 'active' ELSE l.type END) AS wrong_status,
             count(*) FILTER (WHERE a.version <> s.events) AS wrong_version,
             count(*) FILTER (WHERE a.stage_entered_at <> s.entered OR a.applied_at <> s.first_at OR a.updated_at <> l.occurred_at) AS wrong_dates,
             count(*) FILTER (WHERE (a.status = 'active') <> (a.closed_at IS NULL) OR (a.status <> 'active' AND a.closed_at <> l.occurred_at)) AS wrong_closed_at,
             count(*) FILTER (WHERE a.rejection_reason_id IS DISTINCT FROM l.rejection_reason_id) AS wrong_reason,
             count(*) FILTER (WHERE l.type IN ('rejected', 'withdrawn') AND r.type IS DISTINCT FROM CASE l.type WHEN 'rejected' THEN 'we_rejected' ELSE 'they_withdrew' END) AS wrong_reason_type
        FROM applications a JOIN last l ON l.application_id = a.id JOIN summary s ON s.application_id = a.id
        LEFT JOIN rejection_reasons r ON r.id = l.rejection_reason_id`);
    expect(row).toEqual({
      total: '2000',
      wrong_stage: '0',
      wrong_status: '0',
      wrong_version: '0',
      wrong_dates: '0',
      wrong_closed_at: '0',
      wrong_reason: '0',
      wrong_reason_type: '0',
    });
    const statuses = await sql<{ status: string }>(`SELECT DISTINCT status FROM applications ORDER BY status`);
    expect(statuses.map((status) => status.status)).toEqual(['active', 'hired', 'rejected', 'withdrawn']);
  });

  it('puts hired applications in the hired stage, with hired_at, and no one else there', async () => {
    const [row] = await sql(`
      SELECT count(*) FILTER (WHERE a.status = 'hired') AS hired,
             count(*) FILTER (WHERE (a.status = 'hired') <> (s.kind = 'hired')) AS misplaced,
             count(*) FILTER (WHERE (a.status = 'hired') <> (a.hired_at IS NOT NULL) OR a.hired_at <> a.closed_at) AS wrong_hired_at
        FROM applications a JOIN stages s ON s.id = a.stage_id`);
    expect(Number(row.hired)).toBeGreaterThan(0);
    expect(row).toMatchObject({ misplaced: '0', wrong_hired_at: '0' });
  });

  it('gives every job a pipeline at positions 0..n-1, applied first and hired last, most of them the default one', async () => {
    const pipelines = await sql<{ positions: number[]; kinds: string[] }>(
      `SELECT array_agg(position ORDER BY position) AS positions, array_agg(kind ORDER BY position) AS kinds FROM stages GROUP BY job_id`,
    );
    for (const { positions, kinds } of pipelines) {
      expect(positions).toEqual(positions.map((_position, index) => index));
      expect(kinds[0]).toBe('applied');
      expect(kinds.at(-1)).toBe('hired');
      expect(kinds.filter((kind) => kind === 'applied' || kind === 'hired')).toHaveLength(2);
    }
    expect(pipelines.filter(({ kinds }) => kinds.length === 6).length).toBeGreaterThan(pipelines.length / 2);
    const [jobs] = await sql(
      `SELECT count(*) FILTER (WHERE opened_at IS NULL) AS unopened, count(*) FILTER (WHERE status = 'open') AS open FROM jobs`,
    );
    expect(jobs.unopened).toBe('0');
    expect(Number(jobs.open)).toBeGreaterThan(0);
  });

  it('fills search_document as the trigger does, and finds a candidate by name', async () => {
    const [row] = await sql(`
      SELECT count(*) FILTER (WHERE search_document IS NULL) AS missing,
             count(*) FILTER (WHERE search_document IS DISTINCT FROM
               setweight(to_tsvector('simple', unaccent(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, ''))), 'A') ||
               setweight(to_tsvector('simple', unaccent(array_to_string(tags, ' '))), 'B') ||
               setweight(to_tsvector('english', unaccent(left(coalesce(resume_text, ''), 200000))), 'C')) AS different
        FROM candidates`);
    expect(row).toEqual({ missing: '0', different: '0' });
    const [trigger] = await sql(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'candidates_search_document'`);
    expect(trigger.tgenabled).toBe('O');
    const [candidate] = await sql(`SELECT id, organization_id, first_name, last_name FROM candidates ORDER BY id OFFSET 500 LIMIT 1`);
    const found = await sql(
      `SELECT id FROM candidates WHERE organization_id = $1 AND search_document @@ websearch_to_tsquery('simple', $2)`,
      [candidate.organization_id, `${candidate.first_name} ${candidate.last_name}`],
    );
    expect(found.map((match) => match.id)).toContain(candidate.id);
  });

  /** Each stay of an application in a stage: from the event that moved it in to the next event of its history (none while it is there). */
  const staysSql = `
    WITH history AS (
      SELECT application_id, type, to_stage_id, occurred_at,
             lead(occurred_at) OVER (PARTITION BY application_id ORDER BY occurred_at, id) AS left_at
        FROM application_events),
    stays AS (
      SELECT h.application_id, h.to_stage_id AS stage_id, s.kind, h.occurred_at AS entered_at, h.left_at
        FROM history h JOIN stages s ON s.id = h.to_stage_id
       WHERE h.type IN ('applied', 'moved'))`;

  it('gives each stay in a technical-interview or onsite stage one interview, inside the stay, booked by a recruiter of the job', async () => {
    const [perStay] = await sql(`${staysSql}
      SELECT count(*)::int AS stays, count(*) FILTER (WHERE coalesce(booked.interviews, 0) <> 1)::int AS not_one
        FROM stays LEFT JOIN (SELECT application_id, stage_id, count(*) AS interviews FROM interviews GROUP BY 1, 2) booked USING (application_id, stage_id)
       WHERE stays.kind IN ('technical_interview', 'onsite')`);
    expect(perStay.stays).toBeGreaterThan(100);
    expect(perStay.not_one).toBe(0);
    const [row] = await sql(
      `${staysSql}
      SELECT count(*)::int AS interviews,
             count(*) FILTER (WHERE stays.application_id IS NULL OR stays.kind NOT IN ('technical_interview', 'onsite'))::int AS not_in_a_stay,
             count(*) FILTER (WHERE i.starts_at < stays.entered_at OR i.ends_at > stays.left_at OR i.created_at < stays.entered_at OR i.created_at > i.starts_at)::int AS outside_the_stay,
             count(*) FILTER (WHERE i.status = 'scheduled' AND NOT (i.starts_at > $1 AND a.status = 'active' AND a.stage_id = i.stage_id))::int AS wrongly_scheduled,
             count(*) FILTER (WHERE i.status <> 'scheduled' AND i.ends_at > $1)::int AS past_status_in_the_future,
             count(*) FILTER (WHERE i.created_at > $1 OR i.updated_at > $1 OR i.updated_at < i.created_at)::int AS wrong_stamps,
             count(*) FILTER (WHERE i.organization_id <> a.organization_id)::int AS cross_tenant,
             count(*) FILTER (WHERE i.sequence <> CASE i.status WHEN 'cancelled' THEN 1 ELSE 0 END OR (i.status = 'cancelled') <> (i.cancel_reason IS NOT NULL))::int AS wrong_sequence,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM job_recruiters r WHERE r.job_id = a.job_id AND r.user_id = i.created_by_user_id))::int AS not_by_a_recruiter,
             count(*) FILTER (WHERE i.timezone IS NULL OR i.title NOT LIKE '% with %' OR (i.location IS NULL) = (i.meeting_url IS NULL))::int AS incomplete
        FROM interviews i JOIN applications a ON a.id = i.application_id
        LEFT JOIN stays ON stays.application_id = i.application_id AND stays.stage_id = i.stage_id`,
      [NOW],
    );
    expect(row).toEqual({
      interviews: perStay.stays,
      not_in_a_stay: 0,
      outside_the_stay: 0,
      wrongly_scheduled: 0,
      past_status_in_the_future: 0,
      wrong_stamps: 0,
      cross_tenant: 0,
      wrong_sequence: 0,
      not_by_a_recruiter: 0,
      incomplete: 0,
    });
    const statuses = await sql<{ status: string; count: number }>(
      `SELECT status, count(*)::int AS count FROM interviews GROUP BY status ORDER BY status`,
    );
    const byStatus = Object.fromEntries(statuses.map(({ status, count }) => [status, count]));
    expect(Object.keys(byStatus)).toEqual(['cancelled', 'completed', 'no_show', 'scheduled']);
    expect(byStatus.completed).toBeGreaterThan(row.interviews * 0.75);
  });

  it('seats one to three interviewers or hiring managers of the organisation on each panel, one to two on each challenge', async () => {
    const [row] = await sql(`
      SELECT (SELECT count(*) FROM interviews i WHERE (SELECT count(*) FROM interview_interviewers p WHERE p.interview_id = i.id) NOT BETWEEN 1 AND 3)::int AS wrong_panel_size,
             (SELECT count(*) FROM interview_interviewers p JOIN interviews i ON i.id = p.interview_id JOIN users u ON u.id = p.user_id
               WHERE u.organization_id <> i.organization_id OR p.organization_id <> i.organization_id
                  OR u.role NOT IN ('interviewer', 'hiring_manager') OR p.created_at <> i.created_at)::int AS wrong_member,
             (SELECT count(*) FROM coding_challenges c WHERE (SELECT count(*) FROM challenge_reviewers r WHERE r.challenge_id = c.id) NOT BETWEEN 1 AND 2)::int AS wrong_reviewer_count,
             (SELECT count(*) FROM challenge_reviewers r JOIN coding_challenges c ON c.id = r.challenge_id JOIN users u ON u.id = r.user_id
               WHERE u.organization_id <> c.organization_id OR r.organization_id <> c.organization_id
                  OR u.role NOT IN ('interviewer', 'hiring_manager') OR r.created_at <> c.created_at)::int AS wrong_reviewer,
             (SELECT count(*) FROM (SELECT 1 FROM interview_interviewers GROUP BY interview_id HAVING count(*) > 1) several)::int AS panels_of_several`);
    expect(row).toMatchObject({ wrong_panel_size: 0, wrong_member: 0, wrong_reviewer_count: 0, wrong_reviewer: 0 });
    expect(row.panels_of_several).toBeGreaterThan(0);
  });

  it('gives each stay in a coding-challenge stage one challenge, sent in the stay and submitted before it ended, the due time and --now, or not at all', async () => {
    const [row] = await sql(
      `${staysSql}
      SELECT count(*)::int AS challenges,
             (SELECT count(*) FROM stays WHERE stays.kind = 'coding_challenge')::int AS stays,
             count(*) FILTER (WHERE stays.application_id IS NULL OR stays.kind <> 'coding_challenge')::int AS not_in_a_stay,
             count(*) FILTER (WHERE c.created_at < stays.entered_at OR c.created_at > stays.left_at OR c.created_at > $1 OR c.due_at <= c.created_at
                                 OR c.submitted_at < c.created_at OR c.submitted_at > least(c.due_at, stays.left_at, $1))::int AS wrong_times,
             count(*) FILTER (WHERE (c.submitted_at IS NULL) <> (c.repository_url IS NULL) OR c.updated_at <> coalesce(c.submitted_at, c.created_at))::int AS inconsistent,
             count(*) FILTER (WHERE c.organization_id <> a.organization_id)::int AS cross_tenant,
             count(*) FILTER (WHERE c.submitted_at IS NOT NULL)::int AS submitted,
             count(*) FILTER (WHERE c.submitted_at IS NULL AND c.due_at <= $1)::int AS expired
        FROM coding_challenges c JOIN applications a ON a.id = c.application_id
        LEFT JOIN stays ON stays.application_id = c.application_id AND stays.stage_id = c.stage_id`,
      [NOW],
    );
    expect(row.challenges).toBeGreaterThan(20);
    expect(row).toMatchObject({ stays: row.challenges, not_in_a_stay: 0, wrong_times: 0, inconsistent: 0, cross_tenant: 0 });
    expect(row.submitted).toBeGreaterThan(0);
    expect(row.expired).toBeGreaterThan(0);
  });

  it('scores only completed interviews (by their panel) and submitted challenges (by their reviewers), once each, in the product shape', async () => {
    const [row] = await sql(
      `SELECT count(*)::int AS scorecards,
              count(*) FILTER (WHERE s.interview_id IS NOT NULL AND i.status <> 'completed')::int AS interview_not_completed,
              count(*) FILTER (WHERE s.interview_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM interview_interviewers p WHERE p.interview_id = s.interview_id AND p.user_id = s.author_user_id))::int AS not_on_panel,
              count(*) FILTER (WHERE s.challenge_id IS NOT NULL AND c.submitted_at IS NULL)::int AS challenge_not_submitted,
              count(*) FILTER (WHERE s.challenge_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM challenge_reviewers r WHERE r.challenge_id = s.challenge_id AND r.user_id = s.author_user_id))::int AS not_a_reviewer,
              count(*) FILTER (WHERE s.application_id <> coalesce(i.application_id, c.application_id)
                                  OR s.organization_id <> coalesce(i.organization_id, c.organization_id))::int AS wrong_application,
              count(*) FILTER (WHERE s.submitted_at <= coalesce(i.ends_at, c.submitted_at) OR s.submitted_at > $1
                                  OR s.created_at <> s.submitted_at OR s.updated_at <> s.submitted_at)::int AS wrong_time,
              count(*) FILTER (WHERE s.challenge_id IS NOT NULL)::int AS of_challenges
         FROM scorecards s LEFT JOIN interviews i ON i.id = s.interview_id LEFT JOIN coding_challenges c ON c.id = s.challenge_id`,
      [NOW],
    );
    expect(row).toMatchObject({
      interview_not_completed: 0,
      not_on_panel: 0,
      challenge_not_submitted: 0,
      not_a_reviewer: 0,
      wrong_application: 0,
      wrong_time: 0,
    });
    expect(row.of_challenges).toBeGreaterThan(0);
    const [duplicates] = await sql(`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM scorecards WHERE interview_id IS NOT NULL GROUP BY interview_id, author_user_id HAVING count(*) > 1) d)::int AS interview,
             (SELECT count(*) FROM (SELECT 1 FROM scorecards WHERE challenge_id IS NOT NULL GROUP BY challenge_id, author_user_id HAVING count(*) > 1) d)::int AS challenge`);
    expect(duplicates).toEqual({ interview: 0, challenge: 0 });

    // What the interviewer report tells apart: on time (within 24 hours of the end), late, missing.
    const [followThrough] = await sql(`
      SELECT count(*) FILTER (WHERE s.submitted_at <= i.ends_at + interval '24 hours')::int AS on_time,
             count(*) FILTER (WHERE s.submitted_at > i.ends_at + interval '24 hours')::int AS late,
             count(*) FILTER (WHERE s.id IS NULL)::int AS missing
        FROM interviews i JOIN interview_interviewers p ON p.interview_id = i.id
        LEFT JOIN scorecards s ON s.interview_id = i.id AND s.author_user_id = p.user_id
       WHERE i.status = 'completed'`);
    const seats = followThrough.on_time + followThrough.late + followThrough.missing;
    expect(followThrough.late).toBeGreaterThan(0);
    expect(followThrough.missing).toBeGreaterThan(0);
    expect(followThrough.on_time).toBeGreaterThan(2 * followThrough.late);
    expect(followThrough.on_time + followThrough.late).toBeGreaterThan(seats * 0.75);

    // Ratings as the product stores them: [{attribute, rating}], each attribute of the stage at most once.
    const cards = await sql<{ ratings: { attribute: string; rating: string }[]; recommendation: string; attributes: string[] }>(`
      SELECT s.ratings, s.recommendation, st.scorecard_attributes AS attributes
        FROM scorecards s LEFT JOIN interviews i ON i.id = s.interview_id LEFT JOIN coding_challenges c ON c.id = s.challenge_id
        JOIN stages st ON st.id = coalesce(i.stage_id, c.stage_id)`);
    expect(cards).toHaveLength(row.scorecards);
    const wrong = cards.filter(
      ({ ratings, recommendation, attributes }) =>
        !(recommendations as readonly string[]).includes(recommendation) ||
        !Array.isArray(ratings) ||
        new Set(ratings.map((rating) => rating.attribute)).size !== ratings.length ||
        ratings.some(
          (rating) =>
            Object.keys(rating).sort().join() !== 'attribute,rating' ||
            !attributes.includes(rating.attribute) ||
            !(ratingValues as readonly string[]).includes(rating.rating),
        ),
    );
    expect(wrong).toEqual([]);
    expect(cards.filter((card) => card.ratings.length > 0).length).toBeGreaterThan(cards.length / 2);
  });

  it('leaves no dangling reference in the tables loaded without foreign-key triggers', async () => {
    const keys = await sql<{ name: string; child: string; parent: string; child_columns: string[]; parent_columns: string[] }>(
      `SELECT con.conname AS name, con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
              array(SELECT attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY n)::text[] AS child_columns,
              array(SELECT attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY n)::text[] AS parent_columns
         FROM pg_constraint con WHERE con.contype = 'f' AND con.conrelid = ANY ($1::regclass[]) ORDER BY con.conname`,
      [checkedTables],
    );
    expect(new Set(keys.map((key) => key.child))).toEqual(new Set(checkedTables));
    const orphans = await sql<{ name: string; orphans: number }>(
      keys
        .map(
          (key) =>
            `SELECT ${pg.escapeLiteral(key.name)} AS name, count(*)::int AS orphans FROM ${key.child} c
              WHERE ${key.child_columns.map((column) => `c.${column} IS NOT NULL`).join(' AND ')}
                AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${key.child_columns.map((column, i) => `p.${key.parent_columns[i]} = c.${column}`).join(' AND ')})`,
        )
        .join(' UNION ALL '),
    );
    expect(orphans.filter((key) => key.orphans > 0)).toEqual([]);
    expect(orphans).toHaveLength(keys.length);
  });

  it('leaves a database the product can use: the same migrations and indexes as the test template, users who can sign in', async () => {
    const names = `SELECT name FROM migrations ORDER BY id`;
    const [mine, template] = await Promise.all([sql(names), query(withName(generated.url, inject('templateDatabase')), names)]);
    expect(mine).toEqual(template);
    expect(mine.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
    const indexes = `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`;
    expect(await sql(indexes)).toEqual(await query(withName(generated.url, inject('templateDatabase')), indexes));
    const [user] = await sql(`SELECT password_hash FROM users WHERE email = 'admin1@bench-northwind.example'`);
    expect(await argon2.verify(user.password_hash, 'benchmark password 2026')).toBe(true);
  });
});
