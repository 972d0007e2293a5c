import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764500000000 implements MigrationInterface {
  name = 'Foundation1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // UUID v7 (RFC 9562): 48-bit Unix milliseconds, then random bits. PostgreSQL 15 has no
    // built-in generator; gen_random_uuid() is built in since 13 and supplies the random part.
    await queryRunner.query(`
      CREATE FUNCTION uuid_generate_v7() RETURNS uuid LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      DECLARE
        bytes bytea := uuid_send(gen_random_uuid());
      BEGIN
        bytes := overlay(bytes PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6);
        bytes := set_byte(bytes, 6, (b'0111' || get_byte(bytes, 6)::bit(4))::bit(8)::int);
        RETURN encode(bytes, 'hex')::uuid;
      END $$`);

    await queryRunner.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        queue_job_id text,
        claimed_until timestamptz,
        relay_attempts integer NOT NULL DEFAULT 0,
        dispatched_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE dispatched_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX outbox_events_dispatched_at_idx ON outbox_events (dispatched_at) WHERE dispatched_at IS NOT NULL`,
    );
    // Wakes the relay on commit (NOTIFY is delivered only when the inserting transaction commits).
    await queryRunner.query(`
      CREATE FUNCTION notify_outbox_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_events', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events
      FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_events()`);

    await queryRunner.query(`
      CREATE TABLE mail_deliveries (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        organization_id uuid,
        dedupe_key text NOT NULL,
        recipient text NOT NULL,
        template text NOT NULL,
        data jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_expires_at timestamptz,
        last_error text,
        message_id text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mail_deliveries_dedupe_key_unique UNIQUE (dedupe_key),
        CONSTRAINT mail_deliveries_status_check CHECK (status IN ('pending', 'sending', 'sent', 'failed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX mail_deliveries_due_idx ON mail_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending')`,
    );

    await queryRunner.query(`
      CREATE TABLE periodic_task_runs (
        name text PRIMARY KEY,
        next_run_at timestamptz NOT NULL,
        last_run_at timestamptz NOT NULL,
        last_run_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE periodic_task_runs`);
    await queryRunner.query(`DROP TABLE mail_deliveries`);
    await queryRunner.query(`DROP TABLE outbox_events`);
    await queryRunner.query(`DROP FUNCTION notify_outbox_events()`);
    await queryRunner.query(`DROP FUNCTION uuid_generate_v7()`);
  }
}
