import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accents no longer decide whether a candidate is found: the search document is built from
 * unaccented text (queries unaccent theirs too), so "maria" finds "María" and "joao" "João".
 */
export class CandidateSearchUnaccent1764800000000 implements MigrationInterface {
  name = 'CandidateSearchUnaccent1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION candidates_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document :=
          setweight(to_tsvector('simple', unaccent(coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' || coalesce(NEW.email, ''))), 'A') ||
          setweight(to_tsvector('simple', unaccent(array_to_string(NEW.tags, ' '))), 'B') ||
          setweight(to_tsvector('english', unaccent(left(coalesce(NEW.resume_text, ''), 200000))), 'C');
        RETURN NEW;
      END $$`);
    // Rebuilds every document through the trigger (it fires on these columns).
    await queryRunner.query(`UPDATE candidates SET first_name = first_name`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION candidates_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document :=
          setweight(to_tsvector('simple', coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' || coalesce(NEW.email, '')), 'A') ||
          setweight(to_tsvector('simple', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', left(coalesce(NEW.resume_text, ''), 200000)), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`UPDATE candidates SET first_name = first_name`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
