import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scorecards1765000000000 implements MigrationInterface {
  name = 'Scorecards1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scorecards (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        interview_id uuid REFERENCES interviews (id) ON DELETE CASCADE,
        challenge_id uuid REFERENCES coding_challenges (id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL REFERENCES users (id),
        -- [{attribute, rating, note?}]; rating on the scale of libs/scorecards/src/scale.ts.
        ratings jsonb NOT NULL,
        recommendation text NOT NULL,
        notes text,
        submitted_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT scorecards_recommendation_check CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        CONSTRAINT scorecards_subject_check CHECK ((interview_id IS NULL) <> (challenge_id IS NULL)),
        CONSTRAINT scorecards_interview_author_unique UNIQUE (interview_id, author_user_id),
        CONSTRAINT scorecards_challenge_author_unique UNIQUE (challenge_id, author_user_id)
      )`);
    await queryRunner.query(`CREATE INDEX scorecards_application_id_idx ON scorecards (application_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE scorecards`);
  }
}
