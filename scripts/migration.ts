/**
 * `npm run migration:generate -- <Name>` writes the SQL that brings the database to the entities
 * into libs/database/src/migrations (review it: it is the schema's source of truth);
 * `migration:run` applies pending migrations under the advisory lock; `migration:revert` undoes the last one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@hp/config';
import { ensureDatabaseExists, runMigrationsExclusively } from '@hp/database';
import { createDataSource } from './data-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const migrationsDir = join(root, 'libs/database/src/migrations');

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  if (config.NODE_ENV !== 'production') await ensureDatabaseExists(config.DATABASE_URL);
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  try {
    if (command === 'run') {
      const applied = await runMigrationsExclusively(dataSource);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'all' });
    } else if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
      await runMigrationsExclusively(dataSource);
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) return console.log('The schema already matches the entities; nothing generated.');
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      // Our keys are UUID v7 (see BaseEntity); TypeORM would write its v4 default.
      const quote = (query: string) =>
        '`' + query.replaceAll('`', '\\`').replace(/uuid_generate_v4\(\)|gen_random_uuid\(\)/g, 'uuid_generate_v7()') + '`';
      const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((query) => `    await queryRunner.query(${quote(query.query)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((query) => `    await queryRunner.query(${quote(query.query)});`)
  .join('\n')}
  }
}
`;
      writeFileSync(join(migrationsDir, `${timestamp}-${name}.ts`), file);
      const indexPath = join(migrationsDir, 'index.ts');
      const index = readFileSync(indexPath, 'utf8')
        .replace(/^(import .*\n)(?!import)/m, `$1import { ${className} } from './${timestamp}-${name}.js';\n`)
        .replace(/\];\s*$/, `, ${className}];\n`);
      writeFileSync(indexPath, index);
      console.log(`Wrote libs/database/src/migrations/${timestamp}-${name}.ts; review it before committing.`);
    } else {
      throw new Error('Usage: migration.js run | revert | generate <Name>');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
