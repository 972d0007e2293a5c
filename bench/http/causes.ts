/**
 * What was measured about budget lines not met, by scenario name (`ScenarioResult.name`): a short
 * text for the results table and the detail below it. Only what was measured (EXPLAIN ANALYZE on a
 * clone of the benchmark data, a CPU profile of the API), with the date; a line without an entry
 * reads "cause not yet measured". Remove an entry once the product changes what it describes.
 */
export interface MeasuredCause {
  measured: string;
  short: string;
  detail: string;
}

export const measuredCauses: Record<string, MeasuredCause> = {
  application: {
    measured: '2026-11-30',
    short:
      'p99: 50 connections need far more req/s than even the bare server makes here; ratio: API CPU, 14 % of it in jsonwebtoken (profile below)',
    detail:
      'EXPLAIN ANALYZE of its four statements on five applications: 0.4–1.2 ms of execution together once cached (planning 1–3 ms; 6–27 ms on the first, cold, call), so the SQL is not the limit. ' +
      'The bare server, running the same statements, also misses p99 < 50 ms: with 50 requests in flight that needs more than 1,000 req/s (Little’s law), on two cores shared with other test suites. ' +
      'A CPU profile of the API (`--cpu-prof`, a separate 10 s run of this scenario: 219 req/s against the bare server’s 457; the API’s main thread busy 99 % of the busiest 10 s) puts 35 % of its time in `writev` under pg’s query submission ' +
      '(socket writes to PostgreSQL, which the bare server makes as well), 16 % in passport-jwt/jsonwebtoken, of which 14 % in `createPublicKey`: jsonwebtoken first tries to read the HMAC secret as a public key on every verification and throws; ' +
      '5.5 % in garbage collection. Passing the secret as a KeyObject (`createSecretKey`) to the JWT strategy skips that attempt (jsonwebtoken/verify.js takes a KeyObject as it is); the rest is TypeORM building and hydrating four queries and Nest’s pipeline.',
  },
  pipeline: {
    measured: '2026-11-30',
    short: 'the per-stage count reads 5,057 heap rows per request (EXPLAIN), as in the bare server',
    detail:
      'EXPLAIN ANALYZE: the active-count statement takes 9–19 ms once cached (154 ms cold): an Index Scan on `applications_board_idx` (job_id, stage_id, status, id) that must visit the heap of all 5,057 active applications ' +
      '(5,260 buffers) to check `organization_id`, which the index does not hold; the cards (0.7 ms) and scores (0.7 ms) are cheap. The bare server, with the same SQL, is bounded the same way. ' +
      'It would take an index-only count (organization_id in, or INCLUDEd by, the board index, with the table vacuumed) or per-stage counts kept by the moves.',
  },
  'candidate-search': {
    measured: '2026-11-30',
    short: 'the search SQL takes 170–390 ms alone (EXPLAIN); the bare server is no faster',
    detail:
      'EXPLAIN ANALYZE with a common last name ("Williams"): 392 ms: a BitmapOr of the full-text GIN index (16,750 rows) and the trigram GIN index (26,179 rows, 92 ms) over the organisation’s candidates, the pool cut to 1,000, then ranked; ' +
      'a full name ("Priya Williams"): 170 ms, of which the two trigram index scans take 47 + 68 ms. The bare server running the same statements made the same requests/s (ratio ≈ 1). ' +
      'It would take a cheaper typo path (trigrams only when the full-text arm finds too few, or on a narrower name-only expression), or a smaller match pool.',
  },
  'applications-paging': {
    measured: '2026-11-30',
    short: 'no index serves job + stage ordered by id: each page reads every row of the stage after the cursor (EXPLAIN)',
    detail:
      'EXPLAIN ANALYZE of a page in the middle of the 15,454 applications of the stage: 1,123 ms cold. `applications_board_idx` (job_id, stage_id, status, id) gives no id order without a status filter, so the plan reads all 8,453 rows after the cursor, ' +
      'joins each to its candidate (8,453 index lookups, 18,482 buffers read), sorts them and keeps 51. The bare server, with the same SQL, made the same requests/s. ' +
      'It would take an index on (job_id, stage_id, id), so that a page reads 51 rows.',
  },
  rss: {
    measured: '2026-11-30',
    short: 'V8 heap growth under concurrent board requests',
    detail:
      'The API’s own /metrics at the end of the board scenario: heap 281 MiB used of 304 MiB, RSS 395 MiB; at the end of the next scenarios, heap used 73–99 MiB: the memory is garbage that V8 collects late, not retained data. ' +
      'It would take a capped heap (`--max-old-space-size`, `--max-semi-space-size`) measured for its cost in requests/s, or less garbage per board response.',
  },
};
