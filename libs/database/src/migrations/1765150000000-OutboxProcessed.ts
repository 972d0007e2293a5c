import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxProcessed1765150000000 implements MigrationInterface {
  name = 'OutboxProcessed1765150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_events ADD COLUMN processed_at timestamptz`);
    // Events already relayed before this column existed were processed long ago.
    await queryRunner.query(`UPDATE outbox_events SET processed_at = dispatched_at WHERE dispatched_at IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX outbox_events_unprocessed_idx ON outbox_events (dispatched_at)
        WHERE dispatched_at IS NOT NULL AND processed_at IS NULL AND queue_job_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_events_unprocessed_idx`);
    await queryRunner.query(`ALTER TABLE outbox_events DROP COLUMN processed_at`);
  }
}
