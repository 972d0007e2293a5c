import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1765100000000 implements MigrationInterface {
  name = 'Reminders1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        -- Only what the organisation changed; the code fills in the defaults when reading.
        ADD COLUMN reminder_policy jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN retention_months integer,
        ADD CONSTRAINT organizations_retention_months_check CHECK (retention_months IS NULL OR retention_months BETWEEN 1 AND 120)`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN notification_preferences jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        kind text NOT NULL,
        dedupe_key text NOT NULL,
        recipient_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        recipient_candidate_id uuid REFERENCES candidates (id) ON DELETE CASCADE,
        application_id uuid REFERENCES applications (id) ON DELETE CASCADE,
        interview_id uuid REFERENCES interviews (id) ON DELETE CASCADE,
        challenge_id uuid REFERENCES coding_challenges (id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled',
        status_reason text,
        details jsonb NOT NULL DEFAULT '{}',
        send_count integer NOT NULL DEFAULT 0,
        mail_delivery_id uuid REFERENCES mail_deliveries (id) ON DELETE SET NULL,
        enqueued_at timestamptz,
        processed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminders_kind_check CHECK (kind IN ('interview_upcoming', 'scorecard_due', 'scorecard_overdue', 'stage_stale_digest', 'challenge_due', 'challenge_expired', 'application_received', 'rejection_notice')),
        CONSTRAINT reminders_status_check CHECK (status IN ('scheduled', 'sent', 'skipped', 'cancelled', 'failed')),
        CONSTRAINT reminders_recipient_check CHECK (num_nonnulls(recipient_user_id, recipient_candidate_id) = 1),
        CONSTRAINT reminders_organization_dedupe_key_unique UNIQUE (organization_id, dedupe_key)
      )`);
    await queryRunner.query(`CREATE INDEX reminders_scheduled_due_at_idx ON reminders (due_at) WHERE status = 'scheduled'`);
    await queryRunner.query(`CREATE INDEX reminders_organization_id_idx ON reminders (organization_id, id)`);
    await queryRunner.query(`CREATE INDEX reminders_application_id_idx ON reminders (application_id)`);
    await queryRunner.query(`CREATE INDEX reminders_interview_id_idx ON reminders (interview_id)`);
    await queryRunner.query(`CREATE INDEX reminders_challenge_id_idx ON reminders (challenge_id)`);
    await queryRunner.query(`CREATE INDEX reminders_mail_delivery_id_idx ON reminders (mail_delivery_id)`);
    await queryRunner.query(`CREATE INDEX reminders_recipient_candidate_id_idx ON reminders (recipient_candidate_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminders`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN notification_preferences`);
    await queryRunner.query(
      `ALTER TABLE organizations DROP CONSTRAINT organizations_retention_months_check, DROP COLUMN retention_months, DROP COLUMN reminder_policy`,
    );
  }
}
