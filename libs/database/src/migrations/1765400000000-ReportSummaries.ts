import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Summaries the hiring reports read instead of the whole history (ADR 0018, docs/reports.md),
 * kept by triggers in the transaction of every change to an application or its history, so they
 * agree with the rows they summarise whoever writes them (the API, the worker, a migration, SQL).
 *
 * - `application_stage_visits`: one row per stage an application was ever in, with the time spent
 *   there while active (closed intervals added up in `seconds`, the running one from `open_since`)
 *   and the application's job and `applied_at`, for time in stage.
 * - `application_report_state`: one row per application, what the funnel and sources group by:
 *   job, UTC month applied, source, status, current stage and the stages it was ever in.
 * - `application_report_counts`: those rows counted per (job, month, source, status, stage,
 *   stages visited), so a report over whole months reads counters, not applications. The furthest
 *   stage is not stored: it is the highest position among the visited stages as positions are now,
 *   computed when the report runs, so reordering a pipeline needs no rewrite.
 *
 * `application_events_moved_idx` is dropped: the funnel and sources no longer read the history.
 */
export class ReportSummaries1765400000000 implements MigrationInterface {
  name = 'ReportSummaries1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application_stage_visits (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        stage_id uuid NOT NULL,
        job_id uuid NOT NULL,
        applied_at timestamptz NOT NULL,
        timed boolean NOT NULL,
        seconds numeric,
        open_since timestamptz,
        CONSTRAINT application_stage_visits_pkey PRIMARY KEY (application_id, stage_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE application_report_state (
        application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        job_id uuid NOT NULL,
        applied_at timestamptz NOT NULL,
        applied_month date NOT NULL,
        source text NOT NULL,
        status text NOT NULL,
        stage_id uuid NOT NULL,
        visited uuid[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE application_report_counts (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        job_id uuid NOT NULL,
        applied_month date NOT NULL,
        source text NOT NULL,
        status text NOT NULL,
        stage_id uuid NOT NULL,
        visited uuid[] NOT NULL,
        applications integer NOT NULL,
        CONSTRAINT application_report_counts_pkey PRIMARY KEY (organization_id, job_id, applied_month, source, status, stage_id, visited)
      )`);

    // The one definition of each summary from the rows it summarises: the backfill reads all of
    // it, the triggers one application's (the planner pushes `application_id = …` inside).
    await queryRunner.query(`
      CREATE VIEW application_stage_visits_source AS
      SELECT event.organization_id, event.application_id, event.to_stage_id AS stage_id, application.job_id, application.applied_at,
             bool_or(event.timed) AS timed,
             sum(extract(epoch FROM event.ended_at - event.started_at)) FILTER (WHERE event.timed AND event.ended_at IS NOT NULL) AS seconds,
             max(event.started_at) FILTER (WHERE event.timed AND event.ended_at IS NULL) AS open_since
        FROM (SELECT history.organization_id, history.application_id, history.to_stage_id, history.occurred_at AS started_at,
                     -- Time counts while active: what applying, moving and reopening start, until the next event.
                     history.type IN ('applied', 'moved', 'reopened') AS timed,
                     lead(history.occurred_at) OVER (PARTITION BY history.application_id ORDER BY history.occurred_at, history.id) AS ended_at
                FROM application_events history) event
        JOIN applications application ON application.id = event.application_id
       WHERE event.to_stage_id IS NOT NULL
       GROUP BY event.organization_id, event.application_id, event.to_stage_id, application.job_id, application.applied_at`);
    await queryRunner.query(`
      CREATE VIEW application_report_state_source AS
      SELECT application.id AS application_id, application.organization_id, application.job_id, application.applied_at,
             CAST(date_trunc('month', application.applied_at AT TIME ZONE 'UTC') AS date) AS applied_month,
             application.source, application.status, application.stage_id,
             ARRAY(SELECT DISTINCT stage FROM unnest(visits.stage_ids || application.stage_id) stage ORDER BY stage) AS visited
        FROM applications application
        LEFT JOIN (SELECT visit.application_id, array_agg(visit.stage_id) AS stage_ids
                     FROM application_stage_visits visit GROUP BY visit.application_id) visits
          ON visits.application_id = application.id`);

    await backfillReportSummaries((sql) => queryRunner.query(sql));
    // Covering: one job's visits are read from the index alone once the table is vacuumed.
    await queryRunner.query(
      `CREATE INDEX application_stage_visits_job_idx ON application_stage_visits (job_id, applied_at) INCLUDE (organization_id, stage_id, timed, seconds, open_since)`,
    );
    await queryRunner.query(`CREATE INDEX application_report_state_applied_idx ON application_report_state (organization_id, applied_at)`);
    // Statistics now: the first reports after an upgrade would otherwise be planned blind.
    await queryRunner.query(`ANALYZE application_stage_visits, application_report_state, application_report_counts`);

    await queryRunner.query(`
      CREATE FUNCTION application_reports_refresh(target uuid, with_visits boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF with_visits THEN
          DELETE FROM application_stage_visits WHERE application_id = target;
          INSERT INTO application_stage_visits (organization_id, application_id, stage_id, job_id, applied_at, timed, seconds, open_since)
          SELECT organization_id, application_id, stage_id, job_id, applied_at, timed, seconds, open_since
            FROM application_stage_visits_source WHERE application_id = target;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM applications WHERE id = target) THEN
          DELETE FROM application_report_state WHERE application_id = target;
          RETURN;
        END IF;
        INSERT INTO application_report_state AS state
               (application_id, organization_id, job_id, applied_at, applied_month, source, status, stage_id, visited)
        SELECT application_id, organization_id, job_id, applied_at, applied_month, source, status, stage_id, visited
          FROM application_report_state_source WHERE application_id = target
        ON CONFLICT (application_id) DO UPDATE
           SET job_id = EXCLUDED.job_id, applied_at = EXCLUDED.applied_at, applied_month = EXCLUDED.applied_month,
               source = EXCLUDED.source, status = EXCLUDED.status, stage_id = EXCLUDED.stage_id, visited = EXCLUDED.visited
         WHERE (state.job_id, state.applied_at, state.source, state.status, state.stage_id, state.visited)
               IS DISTINCT FROM (EXCLUDED.job_id, EXCLUDED.applied_at, EXCLUDED.source, EXCLUDED.status, EXCLUDED.stage_id, EXCLUDED.visited);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION application_events_refresh_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM application_reports_refresh(OLD.application_id, true); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.application_id <> OLD.application_id) THEN
          PERFORM application_reports_refresh(NEW.application_id, true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER application_events_refresh_reports AFTER INSERT OR DELETE OR UPDATE OF application_id, type, to_stage_id, occurred_at
        ON application_events FOR EACH ROW EXECUTE FUNCTION application_events_refresh_reports()`);
    await queryRunner.query(`
      CREATE FUNCTION applications_refresh_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Visits carry the job and applied_at; the stage, status and source only the state.
        PERFORM application_reports_refresh(NEW.id,
          TG_OP = 'INSERT' OR NEW.job_id IS DISTINCT FROM OLD.job_id OR NEW.applied_at IS DISTINCT FROM OLD.applied_at);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER applications_refresh_reports AFTER INSERT OR UPDATE OF job_id, stage_id, status, source, applied_at
        ON applications FOR EACH ROW EXECUTE FUNCTION applications_refresh_reports()`);
    // Counters follow the state rows, the old key down and the new one up, in key order so that two
    // moves in opposite directions wait for each other rather than deadlock.
    await queryRunner.query(`
      CREATE FUNCTION application_report_state_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO application_report_counts AS counts
               (organization_id, job_id, applied_month, source, status, stage_id, visited, applications)
        SELECT * FROM (
          SELECT OLD.organization_id, OLD.job_id, OLD.applied_month, OLD.source, OLD.status, OLD.stage_id, OLD.visited, -1
           WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT NEW.organization_id, NEW.job_id, NEW.applied_month, NEW.source, NEW.status, NEW.stage_id, NEW.visited, 1
           WHERE TG_OP <> 'DELETE'
        ) delta (organization_id, job_id, applied_month, source, status, stage_id, visited, applications)
        ORDER BY organization_id, job_id, applied_month, source, status, stage_id, visited
        ON CONFLICT (organization_id, job_id, applied_month, source, status, stage_id, visited)
        DO UPDATE SET applications = counts.applications + EXCLUDED.applications;
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM application_report_counts
           WHERE (organization_id, job_id, applied_month, source, status, stage_id, visited)
                 = (OLD.organization_id, OLD.job_id, OLD.applied_month, OLD.source, OLD.status, OLD.stage_id, OLD.visited)
             AND applications = 0;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER application_report_state_count_changes AFTER UPDATE ON application_report_state FOR EACH ROW
        WHEN ((OLD.organization_id, OLD.job_id, OLD.applied_month, OLD.source, OLD.status, OLD.stage_id, OLD.visited)
              IS DISTINCT FROM (NEW.organization_id, NEW.job_id, NEW.applied_month, NEW.source, NEW.status, NEW.stage_id, NEW.visited))
        EXECUTE FUNCTION application_report_state_count()`);
    await queryRunner.query(`
      CREATE TRIGGER application_report_state_count AFTER INSERT OR DELETE ON application_report_state
        FOR EACH ROW EXECUTE FUNCTION application_report_state_count()`);

    await queryRunner.query(`DROP INDEX application_events_moved_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX application_events_moved_idx ON application_events (organization_id, application_id, from_stage_id) WHERE type = 'moved'`,
    );
    await queryRunner.query(`DROP TRIGGER applications_refresh_reports ON applications`);
    await queryRunner.query(`DROP TRIGGER application_events_refresh_reports ON application_events`);
    await queryRunner.query(`DROP VIEW application_report_state_source, application_stage_visits_source`);
    await queryRunner.query(`DROP TABLE application_report_counts, application_report_state, application_stage_visits`);
    await queryRunner.query(
      `DROP FUNCTION applications_refresh_reports(), application_events_refresh_reports(), application_report_state_count()`,
    );
    await queryRunner.query(`DROP FUNCTION application_reports_refresh(uuid, boolean)`);
  }
}

/**
 * Fills the three summaries from the applications and their history, in bulk: the migration runs
 * it before it creates the triggers, the benchmark generator after a load that bypassed them
 * (`session_replication_role = replica`), on empty summary tables.
 */
export async function backfillReportSummaries(query: (sql: string) => Promise<unknown>): Promise<void> {
  await query(`
    INSERT INTO application_stage_visits (organization_id, application_id, stage_id, job_id, applied_at, timed, seconds, open_since)
    SELECT organization_id, application_id, stage_id, job_id, applied_at, timed, seconds, open_since FROM application_stage_visits_source`);
  await query(`
    INSERT INTO application_report_state (application_id, organization_id, job_id, applied_at, applied_month, source, status, stage_id, visited)
    SELECT application_id, organization_id, job_id, applied_at, applied_month, source, status, stage_id, visited
      FROM application_report_state_source`);
  await query(`
    INSERT INTO application_report_counts (organization_id, job_id, applied_month, source, status, stage_id, visited, applications)
    SELECT organization_id, job_id, applied_month, source, status, stage_id, visited, count(*)
      FROM application_report_state
     GROUP BY organization_id, job_id, applied_month, source, status, stage_id, visited`);
}
