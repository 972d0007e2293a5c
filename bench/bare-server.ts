/**
 * The bare limit for the HTTP benchmark (not part of the product): Fastify and a pg Pool only, no
 * framework, no authentication, no validation, no logging, no metrics. It answers the four read
 * routes of scenarios 1–4 under the same paths as the API by running the same SQL the product runs
 * (`bench/http/product-sql.ts`, captured from the API) with the same parameters, and returns the
 * rows as JSON. `bench/run.ts` starts it beside the API and loads both with the same autocannon
 * settings.
 *
 *   PORT=3100 DATABASE_URL=postgres://… BARE_ORGANIZATION_ID=<uuid> BARE_ACTOR_ID=<uuid> node dist/bench/bare-server.js
 *
 * BARE_ORGANIZATION_ID and BARE_ACTOR_ID stand for what the API reads from the access token (the
 * organisation that scopes every query, and the caller for blind scoring). The pool has 10
 * connections, as the API's default `DATABASE_POOL_SIZE`.
 */
import Fastify from 'fastify';
import pg from 'pg';
import {
  APPLICATION_DETAIL,
  APPLICATION_HISTORY,
  APPLICATION_NOTES,
  APPLICATION_SCORECARD_SUMMARY,
  APPLICATIONS_AFTER_CURSOR,
  APPLICATIONS_FIRST_PAGE,
  BOARD_CARDS,
  BOARD_COUNTS,
  BOARD_JOB,
  BOARD_SCORES,
  BOARD_STAGES,
  SEARCH_BEGIN,
  SEARCH_END,
  SEARCH_ONE_WORD,
  SEARCH_THRESHOLD,
  SEARCH_TWO_WORDS,
} from './http/product-sql.js';

/** The rating scale the product passes to its scorecard statements (captured with them). */
const RATING_SCALE = JSON.stringify({ strong_no: 1, no: 2, yes: 3, strong_yes: 4 });
const BOARD_CARDS_PER_STAGE = 25;
const PAGE_SIZE = 50;

/**
 * The search statement for `count` trigram words. The product writes one `$n <% name` term per
 * word, ANDed (candidateListQuery); the one-word statement is generalised the same way, and the
 * result for two words must equal the captured two-word statement.
 */
function searchSql(count: number): string {
  const terms = [
    `(pool.first_name || ' ' || pool.last_name || ' ' || coalesce(pool.email, ''))`,
    `("c"."first_name" || ' ' || "c"."last_name" || ' ' || coalesce("c"."email", ''))`,
  ];
  let text = SEARCH_ONE_WORD;
  for (const term of terms) {
    text = text.replace(`$3 <% ${term}`, Array.from({ length: count }, (_, index) => `$${3 + index} <% ${term}`).join(' AND '));
  }
  return text;
}
if (searchSql(1) !== SEARCH_ONE_WORD || searchSql(2) !== SEARCH_TWO_WORDS)
  throw new Error('searchSql no longer matches the captured statements');

/** The product's trigramWords (libs/candidates/src/candidate-search.ts). */
function trigramWords(search: string): string[] {
  return search
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 2)
    .slice(0, 6);
}

export async function startBareServer(options: { port: number; databaseUrl: string; organizationId: string; actorId: string }) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const org = options.organizationId;
  const app = Fastify({ logger: false });

  app.get('/health', async () => {
    await pool.query('SELECT 1');
    return { status: 'ok' };
  });

  app.get<{ Params: { id: string } }>('/api/v1/applications/:id', async (request, reply) => {
    const id = request.params.id;
    // As ApplicationsService.get: the application first, then history, notes and scores together.
    const detail = await pool.query(APPLICATION_DETAIL, [org, id]);
    if (detail.rows.length === 0) return reply.code(404).send({ status: 404 });
    const [history, notes, scores] = await Promise.all([
      pool.query(APPLICATION_HISTORY, [org, id]),
      pool.query(APPLICATION_NOTES, [org, id]),
      pool.query(APPLICATION_SCORECARD_SUMMARY, [org, id, options.actorId, RATING_SCALE]),
    ]);
    return { ...detail.rows[0], history: history.rows, notes: notes.rows, scorecardSummary: scores.rows[0] ?? null };
  });

  app.get<{ Params: { id: string } }>('/api/v1/jobs/:id/pipeline', async (request, reply) => {
    const jobId = request.params.id;
    const job = await pool.query(BOARD_JOB, [org, jobId]);
    if (job.rows.length === 0) return reply.code(404).send({ status: 404 });
    // As PipelineBoardService.board: job, stages, then counts and cards together, then scores.
    const stages = await pool.query<{ stage_id: string }>(BOARD_STAGES, [org, jobId]);
    const stageIds = stages.rows.map((stage) => stage.stage_id);
    const [counts, cards] = await Promise.all([
      pool.query(BOARD_COUNTS, [org, jobId, stageIds]),
      pool.query<{ stage_id: string; application_id: string }>(BOARD_CARDS, [org, jobId, stageIds, null, BOARD_CARDS_PER_STAGE + 1]),
    ]);
    const scores = await pool.query(BOARD_SCORES, [org, cards.rows.map((card) => card.application_id), RATING_SCALE]);
    return { job: job.rows[0], stages: stages.rows, counts: counts.rows, cards: cards.rows, scores: scores.rows };
  });

  app.get<{ Querystring: { q?: string } }>('/api/v1/candidates', async (request, reply) => {
    const q = request.query.q ?? '';
    const words = trigramWords(q);
    if (words.length === 0) return reply.code(400).send({ status: 400 });
    const client = await pool.connect();
    try {
      await client.query(SEARCH_BEGIN);
      await client.query(SEARCH_THRESHOLD, ['0.3']);
      const { rows } = await client.query(searchSql(words.length), [q, org, ...words]);
      await client.query(SEARCH_END);
      return { data: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });

  app.get<{ Querystring: { jobId: string; stageId: string; cursor?: string } }>('/api/v1/applications', async (request) => {
    const { jobId, stageId, cursor } = request.query;
    const { rows } = cursor
      ? await pool.query<{ application_id: string }>(APPLICATIONS_AFTER_CURSOR, [
          org,
          jobId,
          stageId,
          (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[])[0],
        ])
      : await pool.query<{ application_id: string }>(APPLICATIONS_FIRST_PAGE, [org, jobId, stageId]);
    const page = rows.slice(0, PAGE_SIZE);
    const last = page.at(-1);
    return {
      data: page,
      nextCursor: rows.length > PAGE_SIZE && last ? Buffer.from(JSON.stringify([last.application_id])).toString('base64url') : null,
    };
  });

  await app.listen({ port: options.port, host: '127.0.0.1' });
  const close = async () => {
    await app.close();
    await pool.end();
  };
  return { app, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const required = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const server = await startBareServer({
    port: Number(required('PORT')),
    databaseUrl: required('DATABASE_URL'),
    organizationId: required('BARE_ORGANIZATION_ID'),
    actorId: required('BARE_ACTOR_ID'),
  });
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
