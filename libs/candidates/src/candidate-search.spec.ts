import { accountsEntities } from '@hp/accounts';
import { RequestContext } from '@hp/auth';
import { dataSourceOptions } from '@hp/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase, type TestDatabase } from '../../../test/utils/index.js';
import { Candidate } from './candidate.entity.js';
import { candidateListQuery, trigramWords, useSearchSettings } from './candidate-search.js';
import { listCandidatesQuerySchema } from './dto/candidates.schemas.js';

describe('trigramWords', () => {
  it('splits on anything but letters and digits, keeps words of two characters or more, at most six', () => {
    expect(trigramWords('  Jonh   Smtih ')).toEqual(['Jonh', 'Smtih']);
    expect(trigramWords('a b c# de')).toEqual(['de']);
    expect(trigramWords('wei.zhang@example.com')).toEqual(['wei', 'zhang', 'example', 'com']);
    expect(trigramWords("O'Brien-Smith")).toEqual(['Brien', 'Smith']);
    expect(trigramWords('one two three four five six seven')).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    expect(trigramWords('Zoë 李明')).toEqual(['Zoë', '李明']);
  });
});

/**
 * The search query against a few thousand generated candidates: it finds what it should, and its
 * plan reads the GIN indexes rather than the table (the plan is quoted in candidate-search.ts).
 */
describe('the candidate search query on generated data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let context: RequestContext;
  let johnSmithId: string;

  const firstNames = [
    'Alice',
    'Bruno',
    'Chloe',
    'Dmitri',
    'Elena',
    'Farid',
    'Greta',
    'Hiro',
    'Ines',
    'Jakob',
    'Kemal',
    'Lena',
    'Marta',
    'Nils',
    'Olga',
    'Pavel',
    'Quinn',
    'Rosa',
    'Sven',
    'Tariq',
  ];
  const lastNames = [
    'Andersen',
    'Brown',
    'Costa',
    'Dubois',
    'Eriksen',
    'Fischer',
    'Garcia',
    'Horvat',
    'Ivanov',
    'Jensen',
    'Kowalski',
    'Lopez',
    'Moreau',
    'Novak',
    'Olsen',
    'Petrov',
    'Quist',
    'Rossi',
    'Schmidt',
    'Tanaka',
  ];
  const skills = ['kubernetes', 'accounting', 'react', 'postgresql', 'marketing', 'rust', 'nursing', 'logistics', 'design', 'sales'];

  /**
   * `count` candidates spread round-robin over `organizationIds` (so ids interleave, as in a shared
   * install), named from the lists above, each with two tags (its organisation's slug and a skill)
   * and a line of résumé.
   */
  async function seed(organizationIds: string[], slugs: string[], count: number): Promise<void> {
    await dataSource.query(
      `INSERT INTO candidates (organization_id, first_name, last_name, email, email_normalized, tags, resume_text)
       SELECT o.id, f.name, l.name, e.email, e.email, ARRAY[o.slug, s.skill], 'Ten years of ' || s.skill || ' work, managed teams and shipped projects in ' || s.skill || '.'
         FROM generate_series(1, $1::int) AS i
         JOIN LATERAL (SELECT ($2::uuid[])[1 + i % cardinality($2::uuid[])] AS id, ($3::text[])[1 + i % cardinality($2::uuid[])] AS slug) o ON true
         JOIN LATERAL (SELECT ($4::text[])[1 + i % 20] AS name) f ON true
         JOIN LATERAL (SELECT ($4::text[])[21 + (i / 20) % 20] AS name) l ON true
         JOIN LATERAL (SELECT ($5::text[])[1 + (i / 7) % 10] AS skill) s ON true
         JOIN LATERAL (SELECT lower(f.name || '.' || l.name || i || '@' || o.slug || '.example.com') AS email) e ON true`,
      [count, organizationIds, slugs, [...firstNames, ...lastNames], skills],
    );
  }

  const list = (query: Record<string, string>) =>
    context.transaction(async (tx) => {
      await useSearchSettings(tx);
      return candidateListQuery(tx, listCandidatesQuerySchema.parse(query)).builder.getMany();
    });

  /** EXPLAIN (FORMAT JSON) of the exact query the service runs, in the same transaction settings. */
  const plan = (query: Record<string, string>) =>
    context.transaction(async (tx) => {
      await useSearchSettings(tx);
      const [sql, parameters] = candidateListQuery(tx, listCandidatesQuerySchema.parse(query)).builder.getQueryAndParameters();
      const [row] = await tx.manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      return row['QUERY PLAN'][0].Plan as PlanNode;
    });

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    dataSource = await new DataSource(
      dataSourceOptions({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 2 }, [...accountsEntities, Candidate]),
    ).initialize();
    const slugs = ['mine', 'org-b', 'org-c', 'org-d'];
    const organizations: { id: string }[] = await dataSource.query(
      `INSERT INTO organizations (name, slug) SELECT slug, slug FROM unnest($1::text[]) WITH ORDINALITY AS s(slug, position) ORDER BY position RETURNING id`,
      [slugs],
    );
    // 12,000 candidates, 3,000 per organisation.
    await seed(
      organizations.map((organization) => organization.id),
      slugs,
      12_000,
    );
    const mine = organizations[0]!;
    [{ id: johnSmithId }] = await dataSource.query(
      `INSERT INTO candidates (organization_id, first_name, last_name, email, email_normalized, tags) VALUES ($1, 'John', 'Smith', 'john.smith@example.com', 'john.smith@example.com', '{mine}') RETURNING id`,
      [mine.id],
    );
    // As autovacuum would: moves the GIN indexes' pending entries into the index proper (until
    // then every search also reads the pending list, and the planner rightly prefers the table).
    await dataSource.query(`VACUUM ANALYZE candidates`);
    context = new RequestContext(
      {
        userId: '00000000-0000-7000-8000-000000000001',
        organizationId: mine.id,
        sessionId: 'test',
        role: 'admin',
        name: 'Searcher',
        email: 'searcher@example.com',
        timezone: 'UTC',
      },
      dataSource.manager,
      { ip: null, userAgent: null },
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('finds John Smith from "Jonh Smtih", and only candidates of its own organisation', async () => {
    const found = await list({ q: 'Jonh Smtih', limit: '50' });
    expect(found[0]!.id).toBe(johnSmithId);
    expect(found.every((candidate) => candidate.organizationId === context.organizationId)).toBe(true);
  });

  it('finds résumé words through the English stemmer ("managing" matches "managed")', async () => {
    const found = await list({ q: 'kubernetes managing', limit: '200' });
    expect(found.length).toBeGreaterThanOrEqual(200);
    expect(found.every((candidate) => candidate.tags.includes('kubernetes'))).toBe(true);
  });

  it('combines the two GIN indexes with a BitmapOr for a search, never scanning the table', async () => {
    const root = await plan({ q: 'Jonh Smtih' });
    const nodes = flatten(root);
    const indexes = nodes.filter((node) => node['Node Type'] === 'Bitmap Index Scan').map((node) => node['Index Name']);
    expect(indexes).toEqual(expect.arrayContaining(['candidates_search_document_idx', 'candidates_name_trgm_idx']));
    expect(nodes.some((node) => node['Node Type'] === 'BitmapOr')).toBe(true);
    expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it('uses the full-text index for a search of résumé words', async () => {
    const nodes = flatten(await plan({ q: 'logistics' }));
    expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toContain('candidates_search_document_idx');
    expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it('reads the newest page backwards through an index, without sorting', async () => {
    const nodes = flatten(await plan({ limit: '50' }));
    expect(nodes.some((node) => node['Node Type'] === 'Index Scan' && node['Scan Direction'] === 'Backward')).toBe(true);
    expect(nodes.filter((node) => node['Node Type'] === 'Sort' || node['Node Type'] === 'Seq Scan')).toEqual([]);
  });
});

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
