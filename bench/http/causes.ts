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
    measured: '2026-12-01',
    short:
      'p99: with 50 requests in flight a 50 ms p99 needs over 1,000 req/s (Little’s law); the bare server, running the same four statements, makes about 500 and misses it too',
    detail:
      'On the quiet machine (nothing but the benchmark running) the bare server made 474–531 req/s with the same four statements, p99 118–144 ms: about 4 ms of CPU per request on 2 cores, PostgreSQL’s and a minimal server’s together. ' +
      'EXPLAIN (ANALYZE, SUMMARY), warm: the four statements execute in 0.38 ms together, and planning them takes 2.0 ms (0.55, 0.29, 0.09 and 1.05 ms): TypeORM and pg send unnamed statements, so each request plans each statement again. ' +
      'The API adds its own CPU (Nest’s pipeline, JWT verification, zod, TypeORM building and hydrating the application with its candidate, job, stage and reason, pino, metrics, and the garbage collection of a heap capped at 200 MiB: 9 % of requests/s in paired runs). ' +
      'It would take about half the CPU per request on both sides to reach 1,000 req/s on 2 cores: named (prepared) statements for the hot reads, which would save most of the 2 ms of planning, and fewer statements per view; or more cores.',
  },
  pipeline: {
    measured: '2026-12-01',
    short: 'p99: as for scenario 1 (Little’s law); the bare server, with the same five statements, misses it too',
    detail:
      'The bare server made 317–403 req/s with p99 153–301 ms in the runs of 1 December, so the SQL of the board (the job, its stages, an index-only count per stage over the 5,057 active applications, the first 26 cards of each stage, their score summaries) costs about 5 ms of CPU per request on this machine. ' +
      'The heap cap costs the API about 19 % of its requests/s here (302 against 244 in paired 10 s runs), the board making more garbage per request than the other reads. ' +
      'It would take less CPU per request on both sides (prepared statements, as for scenario 1; per-stage counts kept by the moves instead of counted), or more cores.',
  },
  'candidate-search': {
    measured: '2026-12-01',
    short:
      'the search SQL alone takes about 70 ms of CPU for a common name (EXPLAIN), so 2 cores make about 30 searches/s; the bare server is no faster',
    detail:
      'EXPLAIN ANALYZE with a common last name ("Williams"), warm, on the quiet machine: 68 ms of execution and 5.7 ms of planning. The BitmapOr of the full-text GIN index (16,750 matches) and the trigram GIN index (26,179 matches, 10 ms) is cheap; ' +
      'the time goes into reading and rechecking 1,405 heap rows to fill the pool of 1,000 (37 ms, word similarity computed per row), then re-checking and ranking those 1,000 (16 ms). ' +
      'The bare server, with the same statements, made 34 req/s. It would take a smaller or cheaper pool (fewer rows ranked, the outer re-check dropped), trigrams only when the full-text arm finds too few, or a search index outside PostgreSQL.',
  },
  'applications-paging': {
    measured: '2026-12-01',
    short:
      'each page is 143 KB of JSON: 51 rows with their candidate, job, stage and reason in full; the bare server’s Node process is the limit, not the SQL',
    detail:
      'EXPLAIN ANALYZE of a page in the middle of the 15,454 applications of the stage: 0.24 ms of execution, 0.46 ms of planning, warm: an Index Scan on `applications_job_stage_idx` that reads the 51 rows, then 51 candidate lookups. ' +
      'A page is 142,826 bytes (51 rows × about 70 columns, the job and the stage repeated on every row). Loading one cursor repeatedly, the bare server made 308 req/s with its Node process at 100 % of a core (pg parsing the rows, JSON serialisation); ' +
      'with the benchmark’s random cursors both servers made 106–128 req/s (the reason for that difference was not measured further). It would take a slimmer list item (ids and names, the job and stage once per page instead of on every row).',
  },
  move: {
    measured: '2026-12-01',
    short:
      'a move is a write transaction and then the application’s full view (scenario 1’s four statements): it cannot run faster than scenario 1, and p99 < 100 ms at 50 connections needs about 500 req/s',
    detail:
      'Each move locks the application, checks the target stage under a share lock, updates the application, writes its history event (whose trigger keeps the report summaries: 2–3 ms more database time per move, measured on 30 November), its outbox event and its audit entry, commits, and then answers with the same view as `GET /applications/:id`. ' +
      'In the runs of 1 December moves made 198 req/s against 303 for scenario 1 on the same clone. It would take a lighter answer (the new version and stage), and the CPU savings of scenario 1.',
  },
  'reports/time-in-stage/organisation': {
    measured: '2026-12-01',
    short: 'exact percentiles over 2 million stage visits (EXPLAIN: 3.1 s alone, sorted on disk)',
    detail:
      'EXPLAIN ANALYZE of the statement with literal values, alone on the quiet machine: 3.1 s, of which the 2,039,675 visits of `bench-northwind` are read (0.3 s), sorted by kind on disk (64 MB with the default `work_mem` of 4 MB), and each kind’s median and 90th percentile sorted again. ' +
      'Through the API one request took 8.4–8.8 s (the difference from EXPLAIN was not measured further). Meeting 1 s would take a change of definition: percentiles from a histogram of durations kept by the summary triggers (bucketed, so approximate), or per-month figures.',
  },
  'reports/interviewers/organisation': {
    measured: '2026-12-01',
    short: '291,195 panel seats joined to their interviews and scorecards per request (EXPLAIN: 0.56–0.74 s alone, over 3 processes)',
    detail:
      'EXPLAIN ANALYZE on the quiet machine: a parallel plan (2 workers) scans `interview_interviewers`, `interviews` and `scorecards` of the organisation, joins 291,195 seats and sorts them by interviewer for the median hours to submit: 741 ms alone with `work_mem` 4 MB (sort on disk), 555 ms with 64 MB. ' +
      'Four such requests at once on 2 cores take 1.6 s each (p50). It would take per-interviewer summaries kept by triggers, as the funnel’s counters are, with an approximate median.',
  },
  rss: {
    measured: '2026-12-01',
    short: 'the login scenario: argon2’s working memory outside the V8 heap',
    detail:
      'With the heap capped (`API_NODE_FLAGS`, ADR 0025) the API stayed at 248–261 MiB through scenarios 1–6 and reached 308 MiB only in scenario 7, the login flood, with its V8 heap at 155 MiB as in the others: ' +
      'each argon2id hash works in 19 MiB allocated natively on one of libuv’s 4 threads, and glibc keeps such blocks in each thread’s arena after the hash (its mmap threshold rises to the block size after the first free). ' +
      'Measured with the login scenario alone: 302 MiB with at most 2 hashes at once (one per core, through p-limit; not kept), 291 MiB with `MALLOC_ARENA_MAX=2` (62 req/s), 254 MiB with `MALLOC_MMAP_THRESHOLD_=131072` (every block mapped and returned, but 48 req/s against 69). ' +
      'It would take one of those allocator settings in the API’s environment, paying up to 30 % of login throughput, or the login load served by fewer threads; the other budget lines do not need it.',
  },
  queue: {
    measured: '2026-12-01',
    short: 'see the queue table',
    detail:
      'Runs that missed the lateness line on the quiet machine (p99 7.1 and 10.6 s at 500/s) had two backlogs: 10 s after the workers’ idle lead time, and about 35 s in the first minute of delivery during which this database’s backends rose from 0.7 to 1.4 cores. ' +
      'auto_explain named the second: the foreign-key check of `reminders.mail_delivery_id`, planned by each backend while `mail_deliveries` was empty, ran as a sequential scan of the growing table (4 ms per fired reminder at 20,000 rows) until the first autoanalyze. ' +
      'The arrangement now starts from a mail table with history and statistics, as in production (docs/benchmarks.md, "Before and after").',
  },
};
