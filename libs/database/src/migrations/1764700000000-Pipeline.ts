import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Pipeline1764700000000 implements MigrationInterface {
  name = 'Pipeline1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await queryRunner.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        title text NOT NULL,
        department text,
        location text,
        employment_type text,
        description text,
        status text NOT NULL DEFAULT 'draft',
        hiring_manager_id uuid REFERENCES users (id) ON DELETE SET NULL,
        openings integer NOT NULL DEFAULT 1,
        opened_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT jobs_status_check CHECK (status IN ('draft', 'open', 'on_hold', 'closed')),
        CONSTRAINT jobs_employment_type_check CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship')),
        CONSTRAINT jobs_openings_check CHECK (openings >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX jobs_organization_id_idx ON jobs (organization_id, id)`);
    await queryRunner.query(`CREATE INDEX jobs_hiring_manager_id_idx ON jobs (hiring_manager_id)`);
    await queryRunner.query(`CREATE INDEX jobs_title_trgm_idx ON jobs USING gin (title gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE job_recruiters (
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (job_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX job_recruiters_user_id_idx ON job_recruiters (user_id)`);

    await queryRunner.query(`
      CREATE TABLE stages (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL,
        -- Null once archived: a deleted stage stays for the history and reports that mention it.
        position integer,
        sla_days integer,
        scorecard_attributes jsonb NOT NULL DEFAULT '[]',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stages_kind_check CHECK (kind IN ('applied', 'screening', 'technical_interview', 'coding_challenge', 'onsite', 'offer', 'hired', 'custom')),
        CONSTRAINT stages_sla_days_check CHECK (sla_days IS NULL OR sla_days BETWEEN 1 AND 365),
        CONSTRAINT stages_position_check CHECK ((archived_at IS NULL) = (position IS NOT NULL)),
        -- Deferred, so a reorder can swap positions inside one transaction.
        CONSTRAINT stages_job_position_unique UNIQUE (job_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await queryRunner.query(`
      CREATE TABLE rejection_reasons (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        type text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rejection_reasons_type_check CHECK (type IN ('we_rejected', 'they_withdrew'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX rejection_reasons_organization_name_unique ON rejection_reasons (organization_id, type, lower(name))`,
    );

    await queryRunner.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text,
        email_normalized text,
        phone text,
        location text,
        links jsonb NOT NULL DEFAULT '[]',
        source text NOT NULL DEFAULT 'other',
        tags text[] NOT NULL DEFAULT '{}',
        resume_text text,
        resume_file jsonb,
        consent_given_at timestamptz,
        erased_at timestamptz,
        search_document tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidates_source_check CHECK (source IN ('career_site', 'referral', 'job_board', 'agency', 'sourced', 'other'))
      )`);
    // Kept by a trigger rather than a generated column: it also runs for COPY, and TypeORM reads
    // the column as an ordinary one. Names and email weigh most, then tags, then the résumé.
    await queryRunner.query(`
      CREATE FUNCTION candidates_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document :=
          setweight(to_tsvector('simple', coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' || coalesce(NEW.email, '')), 'A') ||
          setweight(to_tsvector('simple', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', left(coalesce(NEW.resume_text, ''), 200000)), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER candidates_search_document BEFORE INSERT OR UPDATE OF first_name, last_name, email, tags, resume_text ON candidates
      FOR EACH ROW EXECUTE FUNCTION candidates_search_document()`);
    // Unique per organisation, ignoring case and surrounding spaces; erased candidates have no email.
    await queryRunner.query(
      `CREATE UNIQUE INDEX candidates_organization_email_unique ON candidates (organization_id, email_normalized) WHERE email_normalized IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX candidates_organization_id_idx ON candidates (organization_id, id)`);
    await queryRunner.query(`CREATE INDEX candidates_search_document_idx ON candidates USING gin (search_document)`);
    // Typo-tolerant matching on names and email.
    await queryRunner.query(
      `CREATE INDEX candidates_name_trgm_idx ON candidates USING gin ((first_name || ' ' || last_name || ' ' || coalesce(email, '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX candidates_tags_idx ON candidates USING gin (tags)`);

    await queryRunner.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES stages (id),
        status text NOT NULL DEFAULT 'active',
        source text NOT NULL DEFAULT 'other',
        version integer NOT NULL DEFAULT 1,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        hired_at timestamptz,
        rejection_reason_id uuid REFERENCES rejection_reasons (id),
        submitted_form jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_status_check CHECK (status IN ('active', 'rejected', 'withdrawn', 'hired')),
        CONSTRAINT applications_source_check CHECK (source IN ('career_site', 'referral', 'job_board', 'agency', 'sourced', 'other')),
        CONSTRAINT applications_job_candidate_unique UNIQUE (job_id, candidate_id)
      )`);
    // The board and filtered lists: one job's active cards per stage, in a stable order.
    await queryRunner.query(`CREATE INDEX applications_board_idx ON applications (job_id, stage_id, status, id)`);
    await queryRunner.query(`CREATE INDEX applications_organization_id_idx ON applications (organization_id, id)`);
    await queryRunner.query(`CREATE INDEX applications_candidate_id_idx ON applications (candidate_id)`);
    await queryRunner.query(`CREATE INDEX applications_stage_id_idx ON applications (stage_id) WHERE status = 'active'`);

    await queryRunner.query(`
      CREATE TABLE application_events (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        type text NOT NULL,
        from_stage_id uuid REFERENCES stages (id) ON DELETE SET NULL,
        to_stage_id uuid REFERENCES stages (id) ON DELETE SET NULL,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        rejection_reason_id uuid REFERENCES rejection_reasons (id),
        note text,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_events_type_check CHECK (type IN ('applied', 'moved', 'rejected', 'withdrawn', 'reopened', 'hired'))
      )`);
    await queryRunner.query(`CREATE INDEX application_events_application_id_idx ON application_events (application_id, occurred_at, id)`);

    await queryRunner.query(`
      CREATE TABLE application_notes (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX application_notes_application_id_idx ON application_notes (application_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'application_notes',
      'application_events',
      'applications',
      'candidates',
      'rejection_reasons',
      'stages',
      'job_recruiters',
      'jobs',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION candidates_search_document()`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
