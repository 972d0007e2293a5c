/**
 * Preload (`node --import ./dist/bench/lib/capture-sql.js dist/apps/api/src/main.js`) that appends
 * every SQL statement the process sends through `pg` to the file named by HP_BENCH_SQL_LOG, one JSON
 * line `{ text, values }` each. Used once to read what the product runs for each benchmark
 * scenario, so that the bare server (`bench/bare-server.ts`) can run the same statements; never
 * loaded during a measured run.
 */
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.HP_BENCH_SQL_LOG;
if (file) {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    const values = Array.isArray(second) ? second : (first as { values?: unknown[] } | undefined)?.values;
    if (text) appendFileSync(file, `${JSON.stringify({ text, values })}\n`);
    return original.apply(this, args);
  };
}
