import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The only reminder the benchmark's organisation plans: one, an hour before each interview
 * (every other kind off), as `PATCH /organization/settings` would store it.
 */
export const BENCH_REMINDER_POLICY = {
  interviewUpcoming: { enabled: true, offsetsMinutes: [60] },
  scorecardDue: { enabled: false },
  stageStale: { enabled: false },
  challengeDue: { enabled: false },
  candidateNotifications: { applicationReceived: false },
};

export interface BenchOrganization {
  organizationId: string;
  jobId: string;
  stageId: string;
  applicationIds: number;
}

/**
 * Candidates (each with its application) inserted per transaction by the arrangement. The reports'
 * summary triggers (ADR 0018) bump one counter row per job, stage and month for every application,
 * and PostgreSQL walks that row's chain of versions written earlier in the same transaction on each
 * bump: 100,000 applications of one job in one transaction took 113.7 s, in transactions of 1,000
 * 15.6–16.7 s.
 */
const CANDIDATES_PER_TRANSACTION = 1_000;

/**
 * The mail the organisation sent before the benchmark (dedupe keys start with this). A production
 * database has sent mail before, and its planner statistics say so; an empty, freshly analysed
 * `mail_deliveries` makes each backend cache a sequential scan for the foreign-key check of
 * `reminders.mail_delivery_id` (planned while the table is a page or two), which then reads the
 * whole growing table once per fired reminder until the first autoanalyze replaces the plan
 * (auto_explain: 4 ms per check at 20,000 rows; lateness p99 10.6 s over 100,000 reminders).
 */
export const EARLIER_MAIL_PREFIX = 'earlier:';
const EARLIER_MAILS = 10_000;

/**
 * One organisation, an admin, an open job with two stages, `count` candidates and one active
 * application each, and the emails it sent before, in bulk (server-side `INSERT … SELECT
 * generate_series`): this is arrangement, not what is measured.
 */
export async function seedOrganization(client: pg.ClientBase, count: number): Promise<BenchOrganization> {
  const tag = randomBytes(4).toString('hex');
  const { organizationId, jobId, stageId } = await inTransaction(client, async () => {
    const {
      rows: [organization],
    } = await client.query<{ id: string }>(
      `INSERT INTO organizations (name, slug, timezone, reminder_policy) VALUES ($1, $2, 'Europe/Paris', $3) RETURNING id`,
      [`Queue benchmark ${tag}`, `queue-bench-${tag}`, BENCH_REMINDER_POLICY],
    );
    const {
      rows: [admin],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (organization_id, email, name, role) VALUES ($1, $2, 'Bench Admin', 'admin') RETURNING id`,
      [organization!.id, `admin-${tag}@example.com`],
    );
    const {
      rows: [job],
    } = await client.query<{ id: string }>(
      `INSERT INTO jobs (organization_id, title, status, hiring_manager_id, opened_at) VALUES ($1, 'Queue benchmark job', 'open', $2, now())
       RETURNING id`,
      [organization!.id, admin!.id],
    );
    const { rows: stages } = await client.query<{ id: string }>(
      `INSERT INTO stages (organization_id, job_id, name, kind, position)
       VALUES ($1, $2, 'Applied', 'applied', 0), ($1, $2, 'Technical interview', 'technical_interview', 1)
       RETURNING id`,
      [organization!.id, job!.id],
    );
    await client.query(
      `INSERT INTO mail_deliveries (organization_id, dedupe_key, recipient, template, data, status, attempts, sent_at, next_attempt_at, created_at, updated_at)
       SELECT $1, $2 || g, 'earlier-' || g || '@example.com', 'reminder', '{}'::jsonb, 'sent', 1, at, at, at, at
         FROM generate_series(1, $3::int) AS g, LATERAL (SELECT now() - make_interval(mins => g)) AS t(at)`,
      [organization!.id, `${EARLIER_MAIL_PREFIX}${tag}:`, EARLIER_MAILS],
    );
    return { organizationId: organization!.id, jobId: job!.id, stageId: stages[1]!.id };
  });
  let applications = 0;
  for (let first = 1; first <= count; first += CANDIDATES_PER_TRANSACTION) {
    // One statement, one transaction (autocommit).
    const inserted = await client.query(
      `WITH candidate AS (
         INSERT INTO candidates (organization_id, first_name, last_name, email, email_normalized, source)
         SELECT $1, 'Bench', 'Candidate ' || g, 'bench-' || g || '-' || $4 || '@example.com', 'bench-' || g || '-' || $4 || '@example.com', 'sourced'
           FROM generate_series($5::int, $6::int) AS g
         RETURNING id
       )
       INSERT INTO applications (organization_id, candidate_id, job_id, stage_id, status, source)
       SELECT $1, candidate.id, $2, $3, 'active', 'sourced' FROM candidate`,
      [organizationId, jobId, stageId, tag, first, Math.min(count, first + CANDIDATES_PER_TRANSACTION - 1)],
    );
    applications += inserted.rowCount ?? 0;
  }
  return { organizationId, jobId, stageId, applicationIds: applications };
}

async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Schedules one interview per application, starting an hour after its reminder's due time, the
 * due times spread evenly over [firstDueAt, firstDueAt + spreadMs], each with its
 * `interview.changed` (`scheduled`) outbox event, in one transaction: the rows
 * `InterviewsService.schedule` writes, minus the panel (an interview without interviewers has one
 * upcoming reminder, the candidate's) and the calendar emails. From the commit on, everything is
 * the product's: relay → queue → ReminderPlanner → reminders → delayed queue jobs → sender → mail.
 * Returns the commit time.
 */
export async function scheduleInterviews(
  client: pg.ClientBase,
  organization: BenchOrganization,
  firstDueAt: Date,
  spreadMs: number,
): Promise<{ interviews: number; committedAt: number }> {
  const inserted = await inTransaction(client, () =>
    client.query(
      `WITH numbered AS (
         SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n, count(*) OVER () AS total
           FROM applications a WHERE a.organization_id = $1
       ), interview AS (
         INSERT INTO interviews (organization_id, application_id, stage_id, title, starts_at, ends_at, timezone, status, sequence)
         SELECT $1, id, $2, 'Benchmark interview',
                $3::timestamptz + interval '60 minutes' + make_interval(secs => CASE WHEN total > 1 THEN n * $4::float8 / (total - 1) ELSE 0 END / 1000),
                $3::timestamptz + interval '90 minutes' + make_interval(secs => CASE WHEN total > 1 THEN n * $4::float8 / (total - 1) ELSE 0 END / 1000),
                'Europe/Paris', 'scheduled', 0
           FROM numbered
         RETURNING id, application_id, starts_at
       )
       INSERT INTO outbox_events (organization_id, queue, job_name, payload)
       SELECT $1, 'domain-events', 'interview.changed',
              jsonb_build_object('interviewId', id, 'applicationId', application_id, 'type', 'scheduled', 'sequence', 0,
                                 'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
         FROM interview ORDER BY starts_at`,
      [organization.organizationId, organization.stageId, firstDueAt, spreadMs],
    ),
  );
  return { interviews: inserted.rowCount ?? 0, committedAt: Date.now() };
}
