import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1764900000000 implements MigrationInterface {
  name = 'Interviews1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE interviews (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES stages (id),
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        timezone text NOT NULL,
        location text,
        meeting_url text,
        status text NOT NULL DEFAULT 'scheduled',
        -- iCalendar SEQUENCE: bumped by every change the attendees' calendars must apply.
        sequence integer NOT NULL DEFAULT 0,
        cancel_reason text,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interviews_status_check CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_show')),
        CONSTRAINT interviews_time_check CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX interviews_application_id_idx ON interviews (application_id)`);
    await queryRunner.query(`CREATE INDEX interviews_organization_starts_at_idx ON interviews (organization_id, starts_at, id)`);

    await queryRunner.query(`
      CREATE TABLE interview_interviewers (
        interview_id uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (interview_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX interview_interviewers_user_id_idx ON interview_interviewers (user_id)`);

    await queryRunner.query(`
      CREATE TABLE coding_challenges (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES stages (id),
        title text NOT NULL,
        instructions text NOT NULL,
        due_at timestamptz NOT NULL,
        token_hash text NOT NULL,
        submitted_at timestamptz,
        repository_url text,
        submission_notes text,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coding_challenges_token_hash_unique UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX coding_challenges_application_id_idx ON coding_challenges (application_id)`);

    await queryRunner.query(`
      CREATE TABLE challenge_reviewers (
        challenge_id uuid NOT NULL REFERENCES coding_challenges (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX challenge_reviewers_user_id_idx ON challenge_reviewers (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['challenge_reviewers', 'coding_challenges', 'interview_interviewers', 'interviews']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
