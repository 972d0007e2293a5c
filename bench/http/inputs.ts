import type pg from 'pg';

export const BENCH_ORGANIZATION = 'bench-northwind';
export const BIG_BOARD_TITLE = 'Warehouse Associate (all shifts)';
export const RECRUITER_EMAIL = `recruiter1@${BENCH_ORGANIZATION}.example`;
export const BENCH_PASSWORD = 'benchmark password 2026';

export interface Inputs {
  organizationId: string;
  bigBoardJobId: string;
  bigBoardApplications: number;
  /** The big board's department (the time-to-hire report filters by department, not job). */
  bigBoardDepartment: string;
  /** Random application ids of the organisation (scenario 1). */
  applicationIds: string[];
  /** Search strings: real first names, last names, full names, and typo'd last names (scenario 3). */
  searches: string[];
  /** The big board's stage with the most applications (scenario 4). */
  pagingStageId: string;
  pagingStageApplications: number;
  /** Cursors of that list, walked once through the API (scenario 4); `null` is the first page. */
  cursors: (string | null)[];
  /** Active applications to move between two stages of their job (scenario 5). */
  moves: { id: string; stages: [string, string]; at: 0 | 1 }[];
  /** Every user's email, for the login scenario (one account at a time each, see run.ts). */
  loginEmails: string[];
}

/** Swaps two neighbouring letters in the middle of a word: "martinez" → "matrinez". */
export function typo(word: string): string {
  const letters = [...word];
  if (letters.length < 4) return `${word}${word.at(-1)}`;
  const i = Math.floor(letters.length / 2) - 1;
  [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
  return letters.join('');
}

export async function pickInputs(
  client: pg.Client,
  api: { url: string; token: string },
  options: { applicationIds: number; searches: number; maxPages: number; moves: number },
): Promise<Inputs> {
  const org = await client.query<{ id: string }>('SELECT id FROM organizations WHERE slug = $1', [BENCH_ORGANIZATION]);
  if (org.rows.length === 0) throw new Error(`No organisation ${BENCH_ORGANIZATION}: is this the benchmark data set?`);
  const organizationId = org.rows[0]!.id;

  const board = await client.query<{ id: string; department: string; applications: number }>(
    `SELECT j.id, j.department, (SELECT count(*) FROM applications a WHERE a.job_id = j.id)::int AS applications
       FROM jobs j WHERE j.organization_id = $1 AND j.title = $2`,
    [organizationId, BIG_BOARD_TITLE],
  );
  if (board.rows.length !== 1) throw new Error(`Expected one job "${BIG_BOARD_TITLE}" in ${BENCH_ORGANIZATION}`);
  const bigBoardJobId = board.rows[0]!.id;

  const ids = await client.query<{ id: string }>(
    'SELECT id FROM applications TABLESAMPLE SYSTEM (5) REPEATABLE (1) WHERE organization_id = $1 LIMIT $2',
    [organizationId, options.applicationIds],
  );

  const people = await client.query<{ first_name: string; last_name: string }>(
    'SELECT first_name, last_name FROM candidates TABLESAMPLE SYSTEM (1) REPEATABLE (2) WHERE organization_id = $1 LIMIT $2',
    [organizationId, options.searches],
  );
  // A recruiter types a last name, a first name, a full name, or mistypes a last name.
  const searches = people.rows.map(
    (person, index) =>
      [person.last_name, person.first_name, `${person.first_name} ${person.last_name}`, typo(person.last_name)][index % 4]!,
  );

  const stage = await client.query<{ stage_id: string; applications: number }>(
    `SELECT stage_id, count(*)::int AS applications FROM applications WHERE job_id = $1
      GROUP BY stage_id ORDER BY count(*) DESC LIMIT 1`,
    [bigBoardJobId],
  );
  const pagingStageId = stage.rows[0]!.stage_id;
  const cursors: (string | null)[] = [null];
  for (let page = 1; page < options.maxPages; page++) {
    const cursor = cursors.at(-1);
    const query = new URLSearchParams({ jobId: bigBoardJobId, stageId: pagingStageId, ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${api.url}/api/v1/applications?${query}`, { headers: { authorization: `Bearer ${api.token}` } });
    if (!response.ok) throw new Error(`Walking the cursors: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) break;
    cursors.push(body.nextCursor);
  }

  // Moves go back and forth between screening and technical interview, on the big board first.
  const movable = (scope: string) =>
    client.query<{ id: string; stage_id: string; other: string }>(
      `SELECT a.id, a.stage_id, other.id AS other
         FROM applications a
         JOIN stages s ON s.id = a.stage_id AND s.kind IN ('screening', 'technical_interview')
         JOIN stages other ON other.job_id = a.job_id AND other.position IS NOT NULL
                          AND other.kind = CASE s.kind WHEN 'screening' THEN 'technical_interview' ELSE 'screening' END
        WHERE a.organization_id = $1 AND a.status = 'active' AND ${scope}
        ORDER BY a.id LIMIT $3`,
      [organizationId, bigBoardJobId, options.moves],
    );
  let pool = (await movable('a.job_id = $2')).rows;
  if (pool.length < 200) pool = (await movable('$2::uuid IS NOT NULL')).rows;
  const moves = pool.map((row) => ({ id: row.id, stages: [row.stage_id, row.other] as [string, string], at: 0 as const }));

  const users = await client.query<{ email: string }>("SELECT email FROM users WHERE status = 'active' ORDER BY email");

  return {
    organizationId,
    bigBoardJobId,
    bigBoardApplications: board.rows[0]!.applications,
    bigBoardDepartment: board.rows[0]!.department,
    applicationIds: ids.rows.map((row) => row.id),
    searches,
    pagingStageId,
    pagingStageApplications: stage.rows[0]!.applications,
    cursors,
    moves,
    loginEmails: users.rows.map((row) => row.email),
  };
}
