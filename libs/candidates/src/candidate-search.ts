import type { RequestContext } from '@hp/auth';
import { decodeCursor, PlatformError } from '@hp/common';
import { scopedQuery } from '@hp/database';
import type { SelectQueryBuilder } from 'typeorm';
import { Candidate } from './candidate.entity.js';
import { restrictToVisibleCandidates } from './candidate-visibility.js';
import type { ListCandidatesQuery } from './dto/candidates.schemas.js';

/**
 * The expression `candidates_name_trgm_idx` is built on, written exactly as in the migration so
 * the planner matches it to the index.
 */
const nameExpression = (alias: string) => `(${alias}.first_name || ' ' || ${alias}.last_name || ' ' || coalesce(${alias}.email, ''))`;

/**
 * Names and emails are in `search_document` (kept by a trigger) under the 'simple' configuration (no
 * stemming: "Smith" stays "smith"), tags too, and the résumé under 'english' (stemmed: "managed"
 * finds "managing"). A query is parsed both ways and either may match.
 */
// unaccent on both sides (the trigger indexes unaccented text), so "maria" finds "María".
const textQuery = `(websearch_to_tsquery('simple', unaccent(:searchText)) || websearch_to_tsquery('english', unaccent(:searchText)))`;

/**
 * How many matches a ranked search scores at most. A common word ("maria", "kubernetes") matches
 * tens of thousands of candidates in a large organisation, and scoring them all means reading each
 * row: seconds on a million candidates. The match set is cut here first (the bitmap scan stops
 * early), then ranked; a query whose matches fit under the cap is ranked exactly.
 */
export const RANKED_MATCH_POOL = 1_000;

/**
 * Per-word trigram threshold for typo tolerance: "jonh" shares 40 % of its trigrams with "john",
 * "smtih" 33 % with "smith". pg_trgm's default (0.6) would miss both; below 0.3 noise grows fast.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.3;
const MAX_TRIGRAM_WORDS = 6;

/**
 * The words of a search matched by trigrams against names and email, split as pg_trgm splits
 * (on anything but letters and digits, so "wei.zhang@example.com" is four words, all required):
 * at least two characters each (shorter ones match nearly everything), at most six.
 */
export function trigramWords(search: string): string[] {
  return search
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 2)
    .slice(0, MAX_TRIGRAM_WORDS);
}

/**
 * The SQL of `GET /candidates`, one page (`limit + 1` rows, see `toPage`).
 *
 * Without `q`: newest first, keyset on `id` (UUID v7, so time-ordered), an index on id read
 * backwards (`candidates_organization_id_idx`, or the primary key when one organisation holds a
 * large share of the rows).
 *
 * With `q`: a candidate matches when its search document matches the text query, OR every word
 * of the query is word-similar (`<%`) to its name-and-email expression. Each arm is an indexable
 * operator on its own GIN index (`search_document @@` on candidates_search_document_idx, `<%` on
 * candidates_name_trgm_idx), so PostgreSQL combines two bitmap index scans with a BitmapOr and never
 * reads the whole table. The rank adds the text rank (normalised to 0..1) and the word similarity
 * of the whole query to the name (0..1); rows come best first, ties by id, and the cursor is the
 * last row's (rank, id): the rank of a row depends only on the row and the query, so pages stay
 * stable while other rows are inserted.
 *
 * EXPLAIN (ANALYZE) on 12,000 generated candidates in four organisations (3,000 each), after
 * VACUUM ANALYZE, PostgreSQL 15 (`candidate-search.spec.ts` builds that data and keeps checking
 * the plan's shape). q = "Jonh Smtih", 0.4 ms:
 *
 *   Limit -> Sort (Sort Key: rank DESC, id DESC)
 *     -> Bitmap Heap Scan on candidates c
 *          Recheck Cond: (search_document @@ '''jonh'' & ''smtih'' | …'::tsquery)
 *                        OR ('Jonh' <% name AND 'Smtih' <% name)
 *          Filter: erased_at IS NULL AND organization_id = … AND (same condition)
 *          -> BitmapOr
 *               -> Bitmap Index Scan on candidates_search_document_idx   (rows=0)
 *               -> Bitmap Index Scan on candidates_name_trgm_idx          (rows=1)
 *                    Index Cond: (name %> 'Jonh') AND (name %> 'Smtih')
 *
 * q = "kubernetes managing" (343 matches in the organisation), 3.6 ms: the same BitmapOr, ANDed
 * with a Bitmap Index Scan on candidates_organization_id_idx, then a top-N heapsort on the rank.
 * Without q (limit 50), 0.13 ms: Index Scan Backward using candidates_pkey, filter on the
 * organisation, no sort (with many organisations the planner takes candidates_organization_id_idx).
 *
 * Right after a bulk insert, before (auto)vacuum has moved the GIN indexes' pending lists into
 * the indexes, the planner prices the GIN scans high and reads the table instead (a Seq Scan: 80 ms
 * on 7,000 rows, against 0.6 ms once vacuumed): see docs/decisions/0010-candidate-search.md.
 */
export function candidateListQuery(
  context: RequestContext,
  query: ListCandidatesQuery,
): { builder: SelectQueryBuilder<Candidate>; ranked: boolean } {
  const builder = restrictToVisibleCandidates(scopedQuery(context, Candidate, 'c'), context, 'c').limit(query.limit + 1);
  if (query.tag) builder.andWhere('c.tags @> ARRAY[:tag]::text[]', { tag: query.tag });
  if (query.source) builder.andWhere('c.source = :source', { source: query.source });
  if (query.jobId || query.stageId) {
    // Applications are read by SQL: @hp/applications imports this library, not the other way.
    const conditions = ['filter_application.candidate_id = c.id'];
    if (query.jobId) conditions.push('filter_application.job_id = :filterJobId');
    if (query.stageId) conditions.push('filter_application.stage_id = :filterStageId');
    builder.andWhere(`EXISTS (SELECT 1 FROM applications filter_application WHERE ${conditions.join(' AND ')})`, {
      filterJobId: query.jobId,
      filterStageId: query.stageId,
    });
  }

  if (!query.q) {
    builder.orderBy('c.id', 'DESC');
    if (query.cursor) builder.andWhere('c.id < CAST(:afterId AS uuid)', { afterId: cursorId(decodeCursor(query.cursor, 1)[0]) });
    return { builder, ranked: false };
  }

  const words = trigramWords(query.q);
  const name = nameExpression('c');
  const trigramMatch = words.length ? words.map((_word, index) => `:searchWord${index} <% ${name}`).join(' AND ') : 'false';
  const rank = `(ts_rank(c.search_document, ${textQuery}, 32)::float8 + word_similarity(:searchText, ${name})::float8)`;
  const poolName = nameExpression('pool');
  const poolTrigramMatch = words.length ? words.map((_word, index) => `:searchWord${index} <% ${poolName}`).join(' AND ') : 'false';
  builder
    .andWhere(
      `c.id IN (SELECT pool.id FROM candidates pool
                 WHERE pool.organization_id = :organizationId AND pool.erased_at IS NULL
                   AND (pool.search_document @@ ${textQuery} OR (${poolTrigramMatch}))
                 LIMIT ${RANKED_MATCH_POOL})`,
      {
        searchText: query.q,
        ...Object.fromEntries(words.map((word, index) => [`searchWord${index}`, word])),
      },
    )
    .andWhere(`(c.search_document @@ ${textQuery} OR (${trigramMatch}))`)
    .addSelect(rank, 'rank')
    .orderBy('rank', 'DESC')
    .addOrderBy('c.id', 'DESC');
  if (query.cursor) {
    const [afterRank, afterId] = decodeCursor(query.cursor, 2);
    if (typeof afterRank !== 'number' || !Number.isFinite(afterRank)) throw invalidCursor();
    builder.andWhere(`(${rank}, c.id) < (CAST(:afterRank AS float8), CAST(:afterId AS uuid))`, { afterRank, afterId: cursorId(afterId) });
  }
  return { builder, ranked: true };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const invalidCursor = () => PlatformError.validation([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
/** A cursor of ours holds an id; anything else is the client's 400, not PostgreSQL's cast error. */
function cursorId(value: string | number | undefined): string {
  if (typeof value !== 'string' || !uuidPattern.test(value)) throw invalidCursor();
  return value;
}

/** `SET LOCAL` for the trigram threshold: the `<%` operator reads it, and only the operator can use the index. */
export async function useSearchSettings(context: RequestContext): Promise<void> {
  await context.manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(WORD_SIMILARITY_THRESHOLD)]);
}
