import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From the benchmark (docs/benchmarks.md): the board's per-stage count visited every active row's
 * heap to check `organization_id`, which the board index lacked; and a list of one stage's
 * applications in id order read every row after the cursor, as no index gave that order.
 */
export class BoardIndexes1765300000000 implements MigrationInterface {
  name = 'BoardIndexes1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX applications_board_idx`);
    await queryRunner.query(`CREATE INDEX applications_board_idx ON applications (job_id, stage_id, status, id, organization_id)`);
    await queryRunner.query(`CREATE INDEX applications_job_stage_idx ON applications (job_id, stage_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX applications_job_stage_idx`);
    await queryRunner.query(`DROP INDEX applications_board_idx`);
    await queryRunner.query(`CREATE INDEX applications_board_idx ON applications (job_id, stage_id, status, id)`);
  }
}
