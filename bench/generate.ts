/**
 * Benchmark data set generator (`npm run bench:generate -- --database-url <url> …`, see
 * docs/benchmarks.md):
 *
 *   node dist/bench/generate.js --database-url <url> [--scale 1] [--seed 1] [--now <ISO date>]
 *                               [--replace] [--template] [--keep-indexes]
 *
 * Creates the database when missing and applies the product's migrations (prepareDatabase), then
 * loads with COPY only: 3 organisations, a few dozen users each, 500 jobs with their pipelines,
 * rejection reasons, 1,000,000 candidates, 2,000,000 applications with a consistent stage history
 * (application_events) and some notes, at `--scale 1`; an interview (with its panel and their
 * scorecards) for each stay in a technical-interview or onsite stage, and a coding challenge (with its
 * reviewers and their scorecards) for each stay in a coding-challenge stage. One job of the biggest
 * organisation is the "big board" (~20,000 applications at scale 1). Everything comes from seeded
 * PRNGs in one fixed order (the assessments from one of their own, so adding them changed no other
 * row), and every time is relative to `--now` (default: today, 00:00 UTC), so the same seed, scale
 * and `--now` give the same rows, ids included (UUID v7 from the `uuid` package, whose timestamp is
 * the row's creation time, as in production).
 *
 * How it loads, and why:
 * - The small tables (organisations … rejection reasons) go first, in foreign-key order, in one
 *   transaction on one connection.
 * - The nine big tables (candidates, applications, application_events, application_notes,
 *   interviews, interview_interviewers, coding_challenges, challenge_reviewers, scorecards) are
 *   generated in one pass, candidate by candidate, and streamed at the same time into nine COPY
 *   commands on nine connections, with backpressure: nothing but the jobs and users is held in
 *   memory. Each table is loaded in a transaction of its own that drops the table's secondary
 *   indexes (those not backing a constraint), COPYs, and recreates them from their own
 *   `pg_get_indexdef` before it commits: the same indexes, built in bulk (a GIN index built once is
 *   many times faster than one maintained row by row), and a failure anywhere rolls the drop back.
 * - Candidates are loaded with triggers on, so `candidates_search_document` computes every
 *   search_document exactly as for any insert. The other big tables are loaded with
 *   `SET LOCAL session_replication_role = replica`, which skips the foreign-key triggers: they
 *   reference rows that another connection is still loading (not yet visible), and checking
 *   ~20 million references one row at a time would dominate the load. Integrity is then checked
 *   once, in bulk, by `checkForeignKeys` (an anti-join per foreign key of those tables, read from
 *   pg_constraint), and the load fails if any reference is dangling. (Those tables have no other
 *   triggers that replica mode could skip.)
 * - Finally VACUUM (ANALYZE): statistics for the planner, plus hint bits and the visibility map,
 *   as autovacuum would leave a production database (index-only scans need the latter).
 *
 * `--keep-indexes` skips the drop and rebuild of secondary indexes (to measure what it saves).
 *
 * It refuses to write into a database whose tables hold rows unless `--replace` is given, which
 * truncates them first. `--template` marks the database as a template afterwards
 * (`ALTER DATABASE … IS_TEMPLATE true`), for `CREATE DATABASE … TEMPLATE …`.
 */
import { defaultRejectionReasons } from '@hp/applications';
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { defaultPipeline, StageKind } from '@hp/jobs';
import argon2 from 'argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { v7 as uuidv7 } from 'uuid';

/** Every generated user's password; the hash is computed once with the product's argon2id settings. */
export const BENCH_PASSWORD = 'benchmark password 2026';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Applications are spread over the last 18 months before `--now`. */
const WINDOW_DAYS = 548;

// ---------------------------------------------------------------------------------------------
// Sizes

/** At `--scale 1`. */
const FULL = { candidates: 1_000_000, applicationsPerCandidate: 2, jobs: 500, bigBoardApplications: 20_000 };

const userRoles = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
type UserRole = (typeof userRoles)[number];

interface OrganizationSpec {
  name: string;
  slug: string;
  timezone: string;
  /** Share of the jobs and candidates. */
  share: number;
  users: Record<UserRole, number>;
}

const organizationSpecs: readonly OrganizationSpec[] = [
  {
    name: 'Northwind Logistics',
    slug: 'bench-northwind',
    timezone: 'Europe/Berlin',
    share: 0.7,
    users: { admin: 3, recruiter: 12, hiring_manager: 18, interviewer: 30 },
  },
  {
    name: 'Globex Health',
    slug: 'bench-globex',
    timezone: 'America/New_York',
    share: 0.2,
    users: { admin: 2, recruiter: 6, hiring_manager: 8, interviewer: 14 },
  },
  {
    name: 'Initech Software',
    slug: 'bench-initech',
    timezone: 'Europe/London',
    share: 0.1,
    users: { admin: 2, recruiter: 3, hiring_manager: 5, interviewer: 8 },
  },
];

/** Jobs that stay open through the whole window, per organisation, besides the big board: so a candidate always finds three. */
const ALWAYS_OPEN_JOBS = 3;

export interface Sizes {
  candidatesPerOrganization: number[];
  jobsPerOrganization: number[];
  applications: number;
  bigBoardApplications: number;
}

/** Scale 1: 1,000,000 candidates, 2,000,000 applications, 500 jobs; fewer proportionally, with a floor that keeps every rule satisfiable. */
export function sizesFor(scale: number): Sizes {
  const candidates = Math.max(organizationSpecs.length, Math.round(FULL.candidates * scale));
  const candidatesPerOrganization = apportion(
    candidates,
    organizationSpecs.map((spec) => spec.share),
  );
  const jobsPerOrganization = organizationSpecs.map((spec, index) =>
    Math.max(ALWAYS_OPEN_JOBS + (index === 0 ? 1 : 0), Math.round(FULL.jobs * scale * spec.share)),
  );
  return {
    candidatesPerOrganization,
    jobsPerOrganization,
    applications: candidates * FULL.applicationsPerCandidate,
    bigBoardApplications: Math.max(1, Math.round(FULL.bigBoardApplications * scale)),
  };
}

/** Splits `total` by `shares` (largest remainder), at least one each. */
function apportion(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((share) => Math.max(1, total * share));
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (let missing = total - parts.reduce((a, b) => a + b, 0), i = 0; missing > 0; missing--, i++) parts[order[i % order.length]!.index]!++;
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and ids

/** sfc32, seeded through splitmix32: fast, small state, good enough for test data. */
class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Exponentially distributed, with this mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

/** A weighted choice among fixed options, by cumulative weights. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const weight of weights) this.cumulative.push((sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

const weighted = <T extends string>(table: Record<T, number>) => new Weighted(Object.keys(table) as T[], Object.values(table) as number[]);

/**
 * UUID v7 ids from the `uuid` package, time-ordered like the database's uuid_generate_v7(): the
 * timestamp is the row's creation time; the 32-bit counter in `seq` makes every id unique and
 * orders ids of the same millisecond by generation; the last 6 bytes come from the seeded PRNG.
 */
class Ids {
  private readonly random = new Uint8Array(16);
  private sequence = 0;

  constructor(private readonly rng: Random) {}

  at(milliseconds: number): string {
    const low = this.rng.uint32();
    const high = this.rng.uint32();
    const random = this.random;
    random[10] = low & 0xff;
    random[11] = (low >>> 8) & 0xff;
    random[12] = (low >>> 16) & 0xff;
    random[13] = low >>> 24;
    random[14] = high & 0xff;
    random[15] = (high >>> 8) & 0xff;
    this.sequence = (this.sequence + 1) >>> 0;
    return uuidv7({ msecs: Math.floor(milliseconds), seq: this.sequence, random });
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists. Nothing here may contain a tab, a newline or a backslash: rows are written in
// COPY's text format without escaping (checked once at start-up by `assertCopySafe`).

const firstNames = [
  'Aaliyah',
  'Aarav',
  'Abigail',
  'Adam',
  'Adriana',
  'Ahmed',
  'Aiko',
  'Aisha',
  'Alejandro',
  'Alexander',
  'Alice',
  'Amara',
  'Amelia',
  'Ana',
  'Andrea',
  'Andrés',
  'Anna',
  'Antoine',
  'Arjun',
  'Astrid',
  'Ayşe',
  'Beatriz',
  'Benjamin',
  'Björn',
  'Camille',
  'Carlos',
  'Carmen',
  'Charlotte',
  'Chen',
  'Chiara',
  'Chloé',
  'Daniel',
  'David',
  'Diego',
  'Dmitri',
  'Elena',
  'Elif',
  'Elijah',
  'Elizabeth',
  'Emil',
  'Emily',
  'Emma',
  'Ethan',
  'Fatima',
  'Felix',
  'Fernanda',
  'Finn',
  'François',
  'Gabriel',
  'Giulia',
  'Grace',
  'Hana',
  'Hannah',
  'Hassan',
  'Helena',
  'Hiroshi',
  'Ibrahim',
  'Ingrid',
  'Isabella',
  'Ivan',
  'Jakob',
  'James',
  'Javier',
  'Jia',
  'João',
  'Jonas',
  'José',
  'Julia',
  'Kai',
  'Karim',
  'Katarzyna',
  'Kenji',
  'Laila',
  'Lars',
  'Laura',
  'Leila',
  'Leon',
  'Liam',
  'Lina',
  'Lucas',
  'Lucía',
  'Luis',
  'Maja',
  'Malik',
  'Marco',
  'María',
  'Mateo',
  'Matteo',
  'Maya',
  'Mehmet',
  'Mia',
  'Miguel',
  'Mohammed',
  'Nadia',
  'Naomi',
  'Nikolai',
  'Noah',
  'Nora',
  'Olivia',
  'Omar',
  'Oscar',
  'Paula',
  'Pedro',
  'Priya',
  'Rafael',
  'Rahul',
  'Ravi',
  'Rosa',
  'Ruth',
  'Samuel',
  'Sara',
  'Sebastian',
  'Sofia',
  'Søren',
  'Sophie',
  'Tariq',
  'Theo',
  'Thomas',
  'Valentina',
  'Victor',
  'Wei',
  'William',
  'Yara',
  'Yusuf',
  'Zainab',
  'Zoë',
  'Zofia',
  'Łukasz',
];

const lastNames = [
  'Abe',
  'Adeyemi',
  'Ahmed',
  'Alvarez',
  'Andersen',
  'Bakker',
  'Banerjee',
  'Becker',
  'Bernard',
  'Bianchi',
  'Brown',
  'Castillo',
  'Chen',
  'Clarke',
  'Costa',
  'Cruz',
  'Das',
  'Dubois',
  'Eriksson',
  'Fernández',
  'Fischer',
  'Fontaine',
  'García',
  'Gómez',
  'González',
  'Gupta',
  'Hansen',
  'Hassan',
  'Hernández',
  'Hoffmann',
  'Huang',
  'Ibrahim',
  'Ivanova',
  'Jackson',
  'Jansen',
  'Johansson',
  'Jones',
  'Kaya',
  'Kim',
  'Kowalski',
  'Kozlov',
  'Kumar',
  'Larsen',
  'Laurent',
  'Lee',
  'Li',
  'Lindqvist',
  'Liu',
  'López',
  'Martin',
  'Martínez',
  'Meyer',
  'Moreau',
  'Müller',
  'Murphy',
  'Nakamura',
  'Naidoo',
  'Nguyen',
  'Nielsen',
  'Novak',
  'Nowak',
  'Okafor',
  "O'Brien",
  'Olsen',
  'Ortiz',
  'Park',
  'Patel',
  'Pereira',
  'Petrov',
  'Popescu',
  'Ramírez',
  'Rao',
  'Reyes',
  'Ricci',
  'Rodríguez',
  'Romano',
  'Rossi',
  'Russo',
  'Sánchez',
  'Santos',
  'Sato',
  'Schmidt',
  'Schneider',
  'Schulz',
  'Silva',
  'Singh',
  'Smith',
  'Sousa',
  'Suzuki',
  'Svensson',
  'Tanaka',
  'Taylor',
  'Thomas',
  'Torres',
  'Van Dijk',
  'Wagner',
  'Walker',
  'Wang',
  'Weber',
  'Williams',
  'Wilson',
  'Wójcik',
  'Wu',
  'Yamamoto',
  'Yang',
  'Yılmaz',
  'Zhang',
  'Zhou',
  'Zimmermann',
  'Øvergaard',
  'Çelik',
  'Šimić',
];

const cities = [
  'Berlin',
  'Munich',
  'Hamburg',
  'London',
  'Manchester',
  'Dublin',
  'Amsterdam',
  'Rotterdam',
  'Paris',
  'Lyon',
  'Madrid',
  'Barcelona',
  'Lisbon',
  'Milan',
  'Warsaw',
  'Kraków',
  'Prague',
  'Vienna',
  'Zurich',
  'Stockholm',
  'Copenhagen',
  'Oslo',
  'Helsinki',
  'New York',
  'Boston',
  'Chicago',
  'Austin',
  'Toronto',
  'São Paulo',
  'Bangalore',
];

const skills = [
  'typescript',
  'javascript',
  'node.js',
  'react',
  'go',
  'rust',
  'java',
  'kotlin',
  'python',
  'postgres',
  'kubernetes',
  'aws',
  'terraform',
  'machine learning',
  'data engineering',
  'security',
  'sql',
  'excel',
  'forklift',
  'logistics',
  'supply chain',
  'customer support',
  'sales',
  'nursing',
  'accounting',
  'figma',
  'product management',
  'leadership',
  'german',
  'spanish',
  'french',
  'project management',
];

const candidateTitles = [
  'Software engineer',
  'Backend developer',
  'Frontend developer',
  'Data analyst',
  'Warehouse associate',
  'Logistics coordinator',
  'Registered nurse',
  'Account executive',
  'Customer support specialist',
  'Product designer',
  'Project manager',
  'Accountant',
  'Operations manager',
  'Site reliability engineer',
  'QA engineer',
  'Recruiter',
];

const employers = [
  'a logistics start-up',
  'a large retailer',
  'a regional hospital',
  'a fintech scale-up',
  'a consultancy',
  'an e-commerce platform',
  'a public agency',
  'a manufacturing group',
  'a SaaS company',
  'a university',
];

const jobCatalogue: readonly { title: string; department: string }[] = [
  { title: 'Backend Engineer', department: 'Engineering' },
  { title: 'Frontend Engineer', department: 'Engineering' },
  { title: 'Site Reliability Engineer', department: 'Engineering' },
  { title: 'Data Engineer', department: 'Data' },
  { title: 'Data Analyst', department: 'Data' },
  { title: 'Product Manager', department: 'Product' },
  { title: 'Product Designer', department: 'Design' },
  { title: 'Account Executive', department: 'Sales' },
  { title: 'Customer Success Manager', department: 'Customer Success' },
  { title: 'Support Specialist', department: 'Customer Success' },
  { title: 'Logistics Coordinator', department: 'Operations' },
  { title: 'Warehouse Team Lead', department: 'Operations' },
  { title: 'Fleet Manager', department: 'Operations' },
  { title: 'Registered Nurse', department: 'Clinical' },
  { title: 'Accountant', department: 'Finance' },
  { title: 'Financial Controller', department: 'Finance' },
  { title: 'HR Business Partner', department: 'People' },
  { title: 'Talent Sourcer', department: 'People' },
  { title: 'QA Engineer', department: 'Engineering' },
  { title: 'Security Engineer', department: 'Security' },
];
const seniorities = ['', '', 'Senior ', 'Junior ', 'Lead ', 'Staff '];
const BIG_BOARD_TITLE = 'Warehouse Associate (all shifts)';
const jobLocations = [
  'Berlin',
  'Hamburg',
  'London',
  'Amsterdam',
  'Madrid',
  'Warsaw',
  'New York',
  'Remote (EU)',
  'Remote (US)',
  'Berlin or remote',
];

const customStages: readonly { name: string; scorecardAttributes: string[] }[] = [
  { name: 'Team interview', scorecardAttributes: ['Collaboration', 'Communication'] },
  { name: 'Reference check', scorecardAttributes: [] },
  { name: 'Case study', scorecardAttributes: ['Structure', 'Judgement'] },
  { name: 'Portfolio review', scorecardAttributes: ['Craft', 'Storytelling'] },
];

type WeRejected = (typeof defaultRejectionReasons.we_rejected)[number];
type TheyWithdrew = (typeof defaultRejectionReasons.they_withdrew)[number];

const earlyRejections = weighted<WeRejected>({ 'Not enough experience': 45, 'Skills mismatch': 40, Other: 15 } as Record<
  WeRejected,
  number
>);
const technicalRejections = weighted<WeRejected>({
  'Did not pass the technical assessment': 60,
  'Skills mismatch': 25,
  Other: 15,
} as Record<WeRejected, number>);
const lateRejections = weighted<WeRejected>({ 'Values or team fit': 50, 'Salary expectations': 35, Other: 15 } as Record<
  WeRejected,
  number
>);
const withdrawals = weighted<TheyWithdrew>({
  'Accepted another offer': 35,
  Compensation: 15,
  'Location or remote policy': 12,
  'Process took too long': 18,
  'Personal reasons': 12,
  Other: 8,
});

const rejectionNotes = [
  'Thanked them and kept the profile for future roles.',
  'Feedback shared by phone.',
  'Close call; revisit in six months.',
  'The panel agreed unanimously.',
];
const withdrawalNotes = [
  'Candidate emailed to withdraw.',
  'Withdrew after the salary discussion.',
  'Chose an offer closer to home.',
  'Asked us to keep them in mind for later.',
];
const noteBodies = [
  'Strong communication in the phone screen; follow up on notice period.',
  'Asked for two references.',
  'Salary expectations are within the band.',
  'Prefers a hybrid set-up, two days in the office.',
  'Great portfolio. Share with the hiring manager.',
  'Available to start in four weeks.',
  'Needs a visa sponsorship check.',
  'Interview panel booked for next week.',
  'Solid fundamentals, a bit light on system design.',
  'Referred by a former colleague on the team.',
];

/** Interview and coding-challenge word lists (see `Assessments`). */
const interviewTimezones = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'];
const interviewRooms = ['Room Atlas', 'Room Borealis', 'Room Cedar', 'Room Delta', 'Room Elbe', 'Room Fjord'];
const cancelReasons = {
  withdrawn: ['The candidate withdrew.', 'The candidate asked to stop the process.'],
  rejected: ['Rescheduling after the candidate asked to move it.', 'An interviewer fell ill.'],
  closed: ['Position filled.'],
  held: ['The job was put on hold.'],
};
const scorecardNotes = [
  'Clear reasoning, asked good clarifying questions.',
  'Needed hints on the second half.',
  'Strong on fundamentals, weaker on trade-offs.',
  'Communicated well under time pressure.',
  'Would like a second opinion on depth.',
  'Good code, thin tests.',
  'Not convinced about the seniority level.',
];
const challengeTitles = ['Build a rate limiter', 'Parse a shipment manifest', 'Design a URL shortener', 'Fix the failing test suite'];
const submissionNotes = [
  'Done in about three hours.',
  'Left notes on what I would do next in the README.',
  'Added tests for the edge cases.',
];
const interviewDurations = weighted({ 30: 15, 45: 30, 60: 45, 90: 10 });
const panelSizes = weighted({ 1: 30, 2: 45, 3: 25 });
/** Recommendations by how the stay in the stage ended. */
const recommendationsAfter = {
  advanced: weighted({ strong_yes: 30, yes: 55, no: 12, strong_no: 3 }),
  rejected: weighted({ strong_yes: 2, yes: 18, no: 55, strong_no: 25 }),
  other: weighted({ strong_yes: 12, yes: 45, no: 32, strong_no: 11 }),
};
const recommendationScale = ['strong_no', 'no', 'yes', 'strong_yes'] as const;

const candidateSources = weighted({ career_site: 45, job_board: 20, referral: 12, sourced: 12, agency: 6, other: 5 });
const employmentTypes = weighted({ full_time: 80, part_time: 8, contract: 7, temporary: 3, internship: 2 });
const emailDomains = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example'];

/** The chance of each outcome at the end of a stay in a stage, and the mean stay (days, before the job's pace). */
const stageOutcomes: Record<StageKind, { advance: number; withdraw: number; meanDays: number }> = {
  applied: { advance: 0.3, withdraw: 0.04, meanDays: 9 },
  screening: { advance: 0.45, withdraw: 0.08, meanDays: 7 },
  technical_interview: { advance: 0.5, withdraw: 0.07, meanDays: 8 },
  coding_challenge: { advance: 0.55, withdraw: 0.08, meanDays: 6 },
  onsite: { advance: 0.6, withdraw: 0.07, meanDays: 7 },
  custom: { advance: 0.7, withdraw: 0.06, meanDays: 5 },
  offer: { advance: 0.7, withdraw: 0.2, meanDays: 6 },
  hired: { advance: 0, withdraw: 0, meanDays: 1 },
};

function assertCopySafe(): void {
  const all = [
    firstNames,
    lastNames,
    cities,
    skills,
    candidateTitles,
    employers,
    jobLocations,
    noteBodies,
    rejectionNotes,
    withdrawalNotes,
    emailDomains,
    seniorities,
    interviewTimezones,
    interviewRooms,
    Object.values(cancelReasons).flat(),
    scorecardNotes,
    challengeTitles,
    submissionNotes,
  ].flat();
  all.push(...jobCatalogue.flatMap((job) => [job.title, job.department]), ...customStages.map((stage) => stage.name), BIG_BOARD_TITLE);
  for (const text of all)
    if (/[\t\n\r\\"]/.test(text)) throw new Error(`word list entry not safe for COPY text/array/JSON output: ${JSON.stringify(text)}`);
}

const asciiFolds: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', ı: 'i', đ: 'd' };
/** How a name appears in an email address: "Søren" → "soren", "O'Brien" → "obrien". */
const emailWord = (name: string) =>
  name
    .toLowerCase()
    .replace(/[øæßłıđ]/g, (letter) => asciiFolds[letter]!)
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');

// ---------------------------------------------------------------------------------------------
// COPY output

/** `\N`, COPY text format's NULL. */
const NULL = '\\N';
const timestamp = (milliseconds: number) => new Date(milliseconds).toISOString();
const orNull = (value: string | null) => value ?? NULL;
const textArray = (items: readonly string[]) => `{${items.map((item) => `"${item}"`).join(',')}}`;

/** One COPY … FROM STDIN, fed in chunks of ~256 KB; `blocked` is set while the socket is full. */
class CopyWriter {
  rows = 0;
  private chunk = '';
  private drained: Promise<unknown> | undefined;
  private failure: Error | undefined;

  constructor(
    readonly table: string,
    private readonly stream: Writable,
  ) {
    stream.on('error', (error: Error) => (this.failure ??= error));
  }

  add(line: string): void {
    this.chunk += line;
    this.rows++;
    if (this.chunk.length >= 262_144) this.flush();
  }

  /** Resolves once PostgreSQL has taken what was written (backpressure); throws if the COPY failed. */
  async ready(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.drained) {
      await this.drained;
      this.drained = undefined;
    }
  }

  get blocked(): boolean {
    return this.drained !== undefined || this.failure !== undefined;
  }

  async end(): Promise<void> {
    this.flush();
    await this.ready();
    this.stream.end();
    await finished(this.stream);
  }

  private flush(): void {
    if (!this.chunk) return;
    const ok = this.stream.write(this.chunk);
    this.chunk = '';
    if (!ok && !this.drained) this.drained = once(this.stream, 'drain');
  }
}

// ---------------------------------------------------------------------------------------------
// The model held in memory: organisations, users, jobs and their stages (a few thousand rows).

interface OrganizationModel {
  index: number;
  id: string;
  spec: OrganizationSpec;
  createdAt: number;
  users: Record<UserRole, string[]>;
  reasons: Record<string, string>;
  jobs: JobModel[];
  /** Jobs a candidate may apply to, by weight (all but the big board). */
  jobChoice: Weighted<JobModel>;
  /** Open through the whole window (not the big board): the fallback when sampling finds nothing open. */
  alwaysOpen: JobModel[];
  candidatesLeft: number;
  candidateNumber: number;
  /** Applications of the previous candidate when it opened a pair (see `applicationCount`). */
  pairOpenedWith: number | undefined;
}

interface StageModel {
  id: string;
  name: string;
  kind: StageKind;
  scorecardAttributes: readonly string[];
}

interface JobModel {
  id: string;
  organization: OrganizationModel;
  title: string;
  status: 'open' | 'on_hold' | 'closed';
  createdAt: number;
  openedAt: number;
  closedAt: number | null;
  /** When an on-hold job was paused: applications stop moving then. */
  heldAt: number | null;
  /** Applications arrive from openedAt until then. */
  acceptsUntil: number;
  /** Multiplies every stay in a stage: > 1 is a slow process. */
  pace: number;
  weight: number;
  hiringManagerId: string;
  recruiterIds: string[];
  stages: StageModel[];
  applications: number;
}

interface Counts {
  [table: string]: number;
}

const smallTables = ['organizations', 'users', 'jobs', 'job_recruiters', 'stages', 'rejection_reasons'] as const;
const bigTables = [
  'candidates',
  'applications',
  'application_events',
  'application_notes',
  'interviews',
  'interview_interviewers',
  'coding_challenges',
  'challenge_reviewers',
  'scorecards',
] as const;
type BigTable = (typeof bigTables)[number];

const copyColumns: Record<(typeof smallTables)[number] | BigTable, string> = {
  organizations: 'id, name, slug, timezone, created_at, updated_at',
  users: 'id, organization_id, email, name, role, status, password_hash, timezone, last_login_at, created_at, updated_at',
  jobs: 'id, organization_id, title, department, location, employment_type, description, status, hiring_manager_id, openings, opened_at, closed_at, created_at, updated_at',
  job_recruiters: 'job_id, user_id, organization_id, created_at, updated_at',
  stages: 'id, organization_id, job_id, name, kind, position, sla_days, scorecard_attributes, archived_at, created_at, updated_at',
  rejection_reasons: 'id, organization_id, type, name, created_at, updated_at',
  candidates:
    'id, organization_id, first_name, last_name, email, email_normalized, phone, location, links, source, tags, resume_text, consent_given_at, created_at, updated_at',
  applications:
    'id, organization_id, candidate_id, job_id, stage_id, status, source, version, stage_entered_at, applied_at, closed_at, hired_at, rejection_reason_id, submitted_form, created_at, updated_at',
  application_events:
    'id, organization_id, application_id, type, from_stage_id, to_stage_id, actor_user_id, rejection_reason_id, note, occurred_at, created_at, updated_at',
  application_notes: 'id, organization_id, application_id, author_user_id, body, created_at, updated_at',
  interviews:
    'id, organization_id, application_id, stage_id, title, starts_at, ends_at, timezone, location, meeting_url, status, sequence, cancel_reason, created_by_user_id, created_at, updated_at',
  interview_interviewers: 'interview_id, user_id, organization_id, created_at, updated_at',
  coding_challenges:
    'id, organization_id, application_id, stage_id, title, instructions, due_at, token_hash, submitted_at, repository_url, submission_notes, created_by_user_id, created_at, updated_at',
  challenge_reviewers: 'challenge_id, user_id, organization_id, created_at, updated_at',
  scorecards:
    'id, organization_id, application_id, interview_id, challenge_id, author_user_id, ratings, recommendation, notes, submitted_at, created_at, updated_at',
};

// ---------------------------------------------------------------------------------------------
// Interviews, coding challenges and scorecards

/** Stages whose stays get an interview (technical_interview, onsite) or a coding challenge. */
const assessedKinds: ReadonlySet<StageKind> = new Set(['technical_interview', 'onsite', 'coding_challenge']);

/**
 * How a stay in a stage ended: the application moved on, was rejected or withdrawn there, was turned
 * away when its job closed, or is still there (its job on hold, or `current`: still moving).
 */
type StayEnd = 'advanced' | 'rejected' | 'withdrawn' | 'closed' | 'held' | 'current';

interface Stay {
  stage: StageModel;
  enteredAt: number;
  /** The event that took the application out of the stage; null while it is still there. */
  leftAt: number | null;
  end: StayEnd;
}

interface AssessedApplication {
  id: string;
  organization: OrganizationModel;
  job: JobModel;
  candidateName: string;
}

const roundUp = (milliseconds: number, step: number) => Math.ceil(milliseconds / step) * step;

/**
 * The interview of each stay in a technical_interview or onsite stage, with its panel and the
 * panel's scorecards, and the coding challenge of each stay in a coding_challenge stage, with its
 * reviewers and theirs. Everything is drawn from a PRNG and an id sequence of its own, seeded from
 * `--seed`: the rows of the other tables are exactly those the generator made before these existed,
 * and the same seed still gives the same rows here.
 *
 * Times stay inside the application's stay in the stage (from the event that moved it in to the one
 * that took it out) and before `--now`; only an application still active in the stage may have an
 * interview coming up (status `scheduled`, in the next days) or a challenge still running.
 */
class Assessments {
  private readonly rng: Random;
  private readonly ids: Ids;
  /** Who may sit on a panel or review a challenge, per organisation: interviewers and hiring managers. */
  private readonly panelPools = new Map<OrganizationModel, string[]>();
  private readonly panel: string[] = [];

  constructor(
    seed: number,
    private readonly now: number,
  ) {
    this.rng = new Random(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ 0x7f4a7c15);
    this.ids = new Ids(this.rng);
  }

  add(writers: Record<BigTable, CopyWriter>, application: AssessedApplication, stay: Stay): void {
    if (stay.stage.kind === 'coding_challenge') this.challenge(writers, application, stay);
    else this.interview(writers, application, stay);
  }

  private interview(writers: Record<BigTable, CopyWriter>, application: AssessedApplication, stay: Stay): void {
    const { rng, ids, now } = this;
    const { organization, job } = application;
    const heldAt = job.heldAt;
    let duration = Number(interviewDurations.pick(rng)) * MINUTE;
    let startsAt: number;
    let createdAt: number;
    let status: 'scheduled' | 'completed' | 'cancelled' | 'no_show' = 'completed';
    let cancelledAt = 0;
    let cancelReason: string | null = null;
    if (stay.end === 'current' && (now - stay.enteredAt < 2 * DAY || rng.chance(0.45))) {
      // Booked, and coming up in the next days.
      startsAt = roundUp(now + HOUR + rng.next() * 6 * DAY, 15 * MINUTE);
      createdAt = stay.enteredAt + rng.next() * (now - stay.enteredAt);
      status = 'scheduled';
    } else if (stay.end === 'held' && heldAt! - stay.enteredAt < 2 * HOUR) {
      // Booked for after the job was put on hold (at least a day before --now), and cancelled then.
      startsAt = roundUp(heldAt! + HOUR + rng.next() * Math.min(3 * DAY, now - heldAt! - 3 * HOUR), 15 * MINUTE);
      createdAt = stay.enteredAt + rng.next() * (heldAt! - stay.enteredAt);
      [status, cancelledAt, cancelReason] = ['cancelled', heldAt!, rng.pick(cancelReasons.held)];
    } else {
      // Held during the stay: [entered + 5 min, left − 5 min], or until the job's hold, or until now.
      const from = stay.enteredAt + 5 * MINUTE;
      const to = (stay.leftAt ?? (stay.end === 'held' ? heldAt! : now)) - 5 * MINUTE;
      // Stays last an hour at least (two days for `current`, two hours for `held`): 30 minutes always fit.
      if (to - from < duration + 15 * MINUTE) duration = 30 * MINUTE;
      startsAt = from + rng.next() * (to - from - duration);
      const rounded = roundUp(startsAt, 15 * MINUTE);
      if (rounded + duration <= to) startsAt = rounded;
      createdAt = stay.enteredAt + rng.next() * 0.6 * (startsAt - stay.enteredAt);
      const roll = rng.next();
      switch (stay.end) {
        case 'rejected':
          if (roll < 0.06) status = 'no_show';
          else if (roll < 0.1) [status, cancelReason] = ['cancelled', rng.pick(cancelReasons.rejected)];
          break;
        case 'withdrawn':
          if (roll < 0.35) [status, cancelReason] = ['cancelled', rng.pick(cancelReasons.withdrawn)];
          else if (roll < 0.43) status = 'no_show';
          break;
        case 'closed':
          if (startsAt >= job.closedAt!) {
            [status, cancelReason] = ['cancelled', rng.pick(cancelReasons.closed)];
            cancelledAt = Math.min(startsAt, Math.max(createdAt, job.closedAt!));
          }
          break;
        case 'current':
          if (roll < 0.05) status = 'no_show';
          break;
        default:
      }
      if (status === 'cancelled' && !cancelledAt) cancelledAt = createdAt + rng.next() * (startsAt - createdAt);
    }
    const endsAt = startsAt + duration;
    const updatedAt =
      status === 'cancelled' ? cancelledAt : status === 'scheduled' ? createdAt : Math.min(now, endsAt + rng.next() * 4 * HOUR);
    const id = ids.at(createdAt);
    const timezone = rng.chance(0.85) ? organization.spec.timezone : rng.pick(interviewTimezones);
    const video = rng.chance(0.75);
    const location = video ? NULL : `${rng.pick(interviewRooms)}, ${organization.spec.name}`;
    const meetingUrl = video ? `https://meet.example.com/${id.slice(-12)}` : NULL;
    const created = timestamp(createdAt);
    writers.interviews.add(
      `${id}\t${organization.id}\t${application.id}\t${stay.stage.id}\t${stay.stage.name} with ${application.candidateName}\t${timestamp(startsAt)}\t${timestamp(endsAt)}\t${timezone}\t${location}\t${meetingUrl}\t${status}\t${status === 'cancelled' ? 1 : 0}\t${orNull(cancelReason)}\t${rng.pick(job.recruiterIds)}\t${created}\t${timestamp(updatedAt)}\n`,
    );
    const panel = this.choosePanel(organization, job, Number(panelSizes.pick(rng)));
    for (const userId of panel) writers.interview_interviewers.add(`${id}\t${userId}\t${organization.id}\t${created}\t${created}\n`);
    if (status !== 'completed') return;
    for (const author of panel) {
      if (!rng.chance(0.85)) continue;
      // Most within a day of the end (what the interviewer report counts as on time), some late.
      const delay = rng.chance(0.8)
        ? Math.min(23.5 * HOUR, 10 * MINUTE + rng.exponential(4 * HOUR))
        : 24 * HOUR + 10 * MINUTE + rng.exponential(2.5 * DAY);
      this.scorecard(writers, application, stay, 'interview', id, author, endsAt + delay);
    }
  }

  private challenge(writers: Record<BigTable, CopyWriter>, application: AssessedApplication, stay: Stay): void {
    const { rng, ids, now } = this;
    const { organization, job } = application;
    const until = stay.leftAt ?? (stay.end === 'held' ? job.heldAt! : now);
    const createdAt = stay.enteredAt + rng.next() * Math.min((until - stay.enteredAt) / 4, DAY);
    const dueAt = createdAt + (3 + rng.int(5)) * DAY;
    const submitChance = { advanced: 1, rejected: 0.7, withdrawn: 0.25, closed: 0.5, held: 0.6, current: 0.6 }[stay.end];
    // Nothing after the due time, after the application left the stage, or after --now.
    const latest = Math.min(dueAt, until);
    const submittedAt = rng.chance(submitChance) ? createdAt + (0.2 + 0.8 * rng.next()) * (latest - createdAt) : null;
    const id = ids.at(createdAt);
    const title = rng.pick(challengeTitles);
    const instructions = `${title}: the brief and a starter repository are attached. Send us the link to your repository before the due date.`;
    const tokenHash = createHash('sha256').update(`bench challenge ${id}`).digest('hex');
    const repository = submittedAt === null ? NULL : `https://git.example.com/candidate-${id.slice(-12)}/challenge`;
    const notes = submittedAt !== null && rng.chance(0.4) ? rng.pick(submissionNotes) : NULL;
    const created = timestamp(createdAt);
    writers.coding_challenges.add(
      `${id}\t${organization.id}\t${application.id}\t${stay.stage.id}\t${title}\t${instructions}\t${timestamp(dueAt)}\t${tokenHash}\t${submittedAt === null ? NULL : timestamp(submittedAt)}\t${repository}\t${notes}\t${rng.pick(job.recruiterIds)}\t${created}\t${timestamp(submittedAt ?? createdAt)}\n`,
    );
    const reviewers = this.choosePanel(organization, job, rng.chance(0.5) ? 1 : 2);
    for (const userId of reviewers) writers.challenge_reviewers.add(`${id}\t${userId}\t${organization.id}\t${created}\t${created}\n`);
    if (submittedAt === null) return;
    for (const author of reviewers)
      if (rng.chance(0.85))
        this.scorecard(writers, application, stay, 'challenge', id, author, submittedAt + 30 * MINUTE + rng.exponential(1.5 * DAY));
  }

  /** One scorecard in the product's shape ([{attribute, rating}] over the stage's attributes); none if not submitted by --now. */
  private scorecard(
    writers: Record<BigTable, CopyWriter>,
    application: AssessedApplication,
    stay: Stay,
    subject: 'interview' | 'challenge',
    subjectId: string,
    author: string,
    submittedAt: number,
  ): void {
    const { rng } = this;
    if (submittedAt > this.now) return;
    const recommendation = recommendationsAfter[stay.end === 'advanced' || stay.end === 'rejected' ? stay.end : 'other'].pick(rng);
    const level = recommendationScale.indexOf(recommendation);
    const ratings = stay.stage.scorecardAttributes.map((attribute) => {
      if (rng.chance(0.05)) return { attribute, rating: 'no_decision' };
      const shifted = rng.chance(0.6) ? level : level + (rng.chance(0.5) ? 1 : -1);
      return { attribute, rating: recommendationScale[Math.min(3, Math.max(0, shifted))]! };
    });
    const notes = rng.chance(0.35) ? rng.pick(scorecardNotes) : NULL;
    const stamp = timestamp(submittedAt);
    const [interviewId, challengeId] = subject === 'interview' ? [subjectId, NULL] : [NULL, subjectId];
    writers.scorecards.add(
      `${this.ids.at(submittedAt)}\t${application.organization.id}\t${application.id}\t${interviewId}\t${challengeId}\t${author}\t${JSON.stringify(ratings)}\t${recommendation}\t${notes}\t${stamp}\t${stamp}\t${stamp}\n`,
    );
  }

  /** `size` different interviewers or hiring managers of the organisation; the job's hiring manager sits on many panels. */
  private choosePanel(organization: OrganizationModel, job: JobModel, size: number): readonly string[] {
    const { rng, panel } = this;
    let pool = this.panelPools.get(organization);
    if (!pool) this.panelPools.set(organization, (pool = [...organization.users.interviewer, ...organization.users.hiring_manager]));
    panel.length = 0;
    if (rng.chance(0.4)) panel.push(job.hiringManagerId);
    while (panel.length < size) {
      const member = rng.pick(pool);
      if (!panel.includes(member)) panel.push(member);
    }
    return panel;
  }
}

class Generator {
  readonly rng: Random;
  readonly ids: Ids;
  readonly start: number;
  /** Interviews, coding challenges and scorecards, from a PRNG of their own (see `Assessments`). */
  readonly assessments: Assessments;
  /** The stays of the current application in assessed stages, reused from one application to the next. */
  private readonly stays: Stay[] = [];
  readonly organizations: OrganizationModel[] = [];
  bigBoard!: JobModel;

  constructor(
    readonly sizes: Sizes,
    seed: number,
    readonly now: number,
    private readonly passwordHash: string,
    private readonly pipeline: typeof defaultPipeline,
  ) {
    this.rng = new Random(seed);
    this.ids = new Ids(this.rng);
    this.start = now - WINDOW_DAYS * DAY;
    this.assessments = new Assessments(seed, now);
  }

  /** Organisations, users, reasons, jobs, recruiters and stages, as COPY text per table. */
  buildSmallTables(): Record<(typeof smallTables)[number], string[]> {
    const rows: Record<(typeof smallTables)[number], string[]> = {
      organizations: [],
      users: [],
      jobs: [],
      job_recruiters: [],
      stages: [],
      rejection_reasons: [],
    };
    const { rng, ids } = this;
    organizationSpecs.forEach((spec, index) => {
      const createdAt = this.start - (240 - index * 30) * DAY + rng.int(DAY);
      const organization: OrganizationModel = {
        index,
        id: ids.at(createdAt),
        spec,
        createdAt,
        users: { admin: [], recruiter: [], hiring_manager: [], interviewer: [] },
        reasons: {},
        jobs: [],
        jobChoice: undefined as never,
        alwaysOpen: [],
        candidatesLeft: this.sizes.candidatesPerOrganization[index]!,
        candidateNumber: 0,
        pairOpenedWith: undefined,
      };
      this.organizations.push(organization);
      const at = timestamp(createdAt);
      rows.organizations.push(`${organization.id}\t${spec.name}\t${spec.slug}\t${spec.timezone}\t${at}\t${at}\n`);

      for (const role of userRoles) {
        for (let number = 1; number <= spec.users[role]; number++) {
          const userCreatedAt = role === 'admin' && number === 1 ? createdAt : createdAt + rng.int(60) * DAY + rng.int(DAY);
          const id = ids.at(userCreatedAt);
          organization.users[role].push(id);
          const email = `${role.replace('_', '-')}${number}@${spec.slug}.example`;
          const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
          const lastLogin = rng.chance(0.8) ? timestamp(this.now - rng.int(14 * DAY)) : NULL;
          const userAt = timestamp(userCreatedAt);
          rows.users.push(
            `${id}\t${organization.id}\t${email}\t${name}\t${role}\tactive\t${this.passwordHash}\t${NULL}\t${lastLogin}\t${userAt}\t${userAt}\n`,
          );
        }
      }

      for (const [type, names] of Object.entries(defaultRejectionReasons)) {
        for (const name of names) {
          const id = ids.at(createdAt);
          organization.reasons[`${type}:${name}`] = id;
          rows.rejection_reasons.push(`${id}\t${organization.id}\t${type}\t${name}\t${at}\t${at}\n`);
        }
      }

      for (let number = 0; number < this.sizes.jobsPerOrganization[index]!; number++) {
        const job = this.buildJob(organization, number, rows);
        organization.jobs.push(job);
        if (job === this.bigBoard) continue;
        if (organization.alwaysOpen.length < ALWAYS_OPEN_JOBS) organization.alwaysOpen.push(job);
      }
      const choices = organization.jobs.filter((job) => job !== this.bigBoard);
      organization.jobChoice = new Weighted(
        choices,
        choices.map((job) => job.weight),
      );
    });
    return rows;
  }

  private buildJob(organization: OrganizationModel, number: number, rows: Record<(typeof smallTables)[number], string[]>): JobModel {
    const { rng, ids, now, start } = this;
    const big = organization.index === 0 && number === 0;
    const alwaysOpen = big || number < ALWAYS_OPEN_JOBS + (organization.index === 0 ? 1 : 0);
    let status: JobModel['status'] = 'open';
    let openedAt: number;
    let closedAt: number | null = null;
    let heldAt: number | null = null;
    if (alwaysOpen || rng.chance(0.45)) {
      // Evergreen roles, open since before the window; the others open during it.
      openedAt = start - (1 + rng.int(90)) * DAY - rng.int(DAY);
    } else {
      openedAt = start + rng.next() * (WINDOW_DAYS - 14) * DAY;
    }
    if (!alwaysOpen) {
      const roll = rng.next();
      if (roll < 0.15) {
        const candidate = openedAt + (30 + rng.int(200)) * DAY + rng.int(DAY);
        if (candidate < now - DAY) [status, closedAt] = ['closed', candidate];
      } else if (roll < 0.25) {
        const candidate = openedAt + (20 + rng.int(150)) * DAY + rng.int(DAY);
        if (candidate < now - DAY) [status, heldAt] = ['on_hold', candidate];
      }
    }
    const createdAt = openedAt - (1 + rng.int(14)) * DAY - rng.int(DAY);
    const { title: baseTitle, department } = big ? { title: BIG_BOARD_TITLE, department: 'Operations' } : rng.pick(jobCatalogue);
    const title = big ? baseTitle : `${rng.pick(seniorities)}${baseTitle}`;
    const location = big ? 'Hamburg' : rng.pick(jobLocations);
    const job: JobModel = {
      id: ids.at(createdAt),
      organization,
      title,
      status,
      createdAt,
      openedAt,
      closedAt,
      heldAt,
      acceptsUntil: closedAt ?? heldAt ?? now,
      // Mass hiring leaves a long queue in "Applied": the big board keeps thousands of active cards.
      pace: big ? 8 : Math.min(3, Math.max(0.4, Math.exp(0.35 * rng.gaussian()))),
      // Popularity; capped so that no other job comes near the big board.
      weight: Math.min(2.5, Math.max(0.25, Math.exp(0.5 * rng.gaussian()))),
      hiringManagerId: rng.pick(organization.users.hiring_manager),
      recruiterIds: [],
      stages: [],
      applications: 0,
    };
    if (big) this.bigBoard = job;
    const recruiters = organization.users.recruiter;
    job.recruiterIds.push(rng.pick(recruiters));
    if (rng.chance(0.4)) {
      const second = rng.pick(recruiters);
      if (second !== job.recruiterIds[0]) job.recruiterIds.push(second);
    }
    const created = timestamp(createdAt);
    const updated = timestamp(closedAt ?? heldAt ?? openedAt);
    const openings = big ? 25 : 1 + Math.floor(rng.next() ** 3 * 4);
    const description = `We are hiring a ${title} to join our ${department} team in ${location}.`;
    rows.jobs.push(
      `${job.id}\t${organization.id}\t${title}\t${department}\t${location}\t${big ? 'full_time' : employmentTypes.pick(rng)}\t${description}\t${status}\t${job.hiringManagerId}\t${openings}\t${timestamp(openedAt)}\t${closedAt === null ? NULL : timestamp(closedAt)}\t${created}\t${updated}\n`,
    );
    for (const userId of job.recruiterIds) rows.job_recruiters.push(`${job.id}\t${userId}\t${organization.id}\t${created}\t${created}\n`);

    const templates: { name: string; kind: StageKind; scorecardAttributes: readonly string[] }[] = this.pipeline.map((stage) => ({
      name: stage.name,
      kind: stage.kind,
      scorecardAttributes: stage.scorecardAttributes ?? [],
    }));
    // About one job in five has an extra stage of its own before the offer, as StagesService.add would insert it.
    if (!big && rng.chance(0.2)) templates.splice(templates.length - 2, 0, { ...rng.pick(customStages), kind: 'custom' });
    templates.forEach((template, position) => {
      const stage: StageModel = {
        id: ids.at(createdAt),
        name: template.name,
        kind: template.kind,
        scorecardAttributes: template.scorecardAttributes,
      };
      job.stages.push(stage);
      rows.stages.push(
        `${stage.id}\t${organization.id}\t${job.id}\t${template.name}\t${template.kind}\t${position}\t${NULL}\t${JSON.stringify(template.scorecardAttributes)}\t${NULL}\t${created}\t${created}\n`,
      );
    });
    return job;
  }

  /**
   * The number of applications of the next candidate of an organisation: 1, 2 or 3, drawn for the
   * first of each pair of candidates, 4 minus that for the second, so every organisation has exactly
   * twice as many applications as candidates (an odd one out gets 2).
   */
  private applicationCount(organization: OrganizationModel): number {
    if (organization.pairOpenedWith !== undefined) {
      const count = 4 - organization.pairOpenedWith;
      organization.pairOpenedWith = undefined;
      return count;
    }
    if (organization.candidatesLeft === 0) return 2;
    const roll = this.rng.next();
    const count = roll < 0.3 ? 1 : roll < 0.7 ? 2 : 3;
    organization.pairOpenedWith = count;
    return count;
  }

  /** A job of the organisation that takes applications at `at`, not in `taken`. */
  private chooseJob(organization: OrganizationModel, at: number, taken: readonly JobModel[], mayBeBigBoard: boolean): JobModel {
    const { rng } = this;
    if (mayBeBigBoard && organization.index === 0 && at >= this.bigBoard.openedAt) {
      const share = this.sizes.bigBoardApplications / this.sizes.candidatesPerOrganization[0]!;
      if (rng.chance(share)) return this.bigBoard;
    }
    for (let attempt = 0; attempt < 40; attempt++) {
      const job = organization.jobChoice.pick(rng);
      if (job.openedAt <= at && at <= job.acceptsUntil && !taken.includes(job)) return job;
    }
    const open = organization.alwaysOpen.filter((job) => !taken.includes(job));
    return rng.pick(open);
  }

  /** Streams every candidate with its applications, their history and notes into the four writers. */
  async streamCandidates(writers: Record<BigTable, CopyWriter>): Promise<void> {
    const { rng, ids, now, start } = this;
    const total = this.sizes.candidatesPerOrganization.reduce((a, b) => a + b, 0);
    const step = (now - start) / total;
    const firstWords = firstNames.map(emailWord);
    const lastWords = lastNames.map(emailWord);
    const all = Object.values(writers);
    const applicationTimes: number[] = [];
    const chosen: JobModel[] = [];
    let left = total;

    for (let index = 0; index < total; index++) {
      // An organisation in proportion to the candidates it still has to get: exact totals, mixed in time.
      let roll = rng.int(left);
      let organization = this.organizations[0]!;
      for (const other of this.organizations) {
        if (roll < other.candidatesLeft) {
          organization = other;
          break;
        }
        roll -= other.candidatesLeft;
      }
      organization.candidatesLeft--;
      left--;
      const number = ++organization.candidateNumber;

      // Candidates arrive in time order over the window, so their ids are in insertion order.
      const createdAt = start + (index + rng.next()) * step;
      const id = ids.at(createdAt);
      const firstIndex = rng.int(firstNames.length);
      const lastIndex = rng.int(lastNames.length);
      const firstName = firstNames[firstIndex]!;
      const lastName = lastNames[lastIndex]!;
      const local = `${firstWords[firstIndex]}.${lastWords[lastIndex]}.${number.toString(36)}`;
      const domain = rng.pick(emailDomains);
      const emailNormalized = `${local}@${domain}`;
      const email = rng.chance(0.1) ? `${capitalize(local)}@${domain}` : emailNormalized;
      const source = candidateSources.pick(rng);
      const phone = rng.chance(0.7)
        ? `+${rng.pick(['44', '49', '1', '31', '34'])} ${100 + rng.int(900)} ${1_000_000 + rng.int(9_000_000)}`
        : null;
      const location = rng.chance(0.85) ? rng.pick(cities) : null;
      const links: string[] = [];
      if (rng.chance(0.4))
        links.push(`https://www.linkedin.com/in/${firstWords[firstIndex]}-${lastWords[lastIndex]}-${number.toString(36)}`);
      if (rng.chance(0.1)) links.push(`https://github.com/${firstWords[firstIndex]}${lastWords[lastIndex]}${number.toString(36)}`);
      const tags: string[] = [];
      for (let count = rng.int(5); count > 0; count--) {
        const tag = rng.pick(skills);
        if (!tags.includes(tag)) tags.push(tag);
      }
      const years = 1 + rng.int(20);
      const skillA = rng.int(skills.length);
      const skillB = (skillA + 1 + rng.int(skills.length - 1)) % skills.length;
      let resume = `${rng.pick(candidateTitles)} with ${years} year${years === 1 ? '' : 's'} of experience in ${skills[skillA]} and ${skills[skillB]}.`;
      if (rng.chance(0.6)) resume += ` Previously at ${rng.pick(employers)} in ${rng.pick(cities)}.`;
      const consent = source === 'career_site' || rng.chance(0.4) ? timestamp(createdAt) : NULL;
      const created = timestamp(createdAt);
      writers.candidates.add(
        `${id}\t${organization.id}\t${firstName}\t${lastName}\t${email}\t${emailNormalized}\t${orNull(phone)}\t${orNull(location)}\t${JSON.stringify(links)}\t${source}\t${textArray(tags)}\t${resume}\t${consent}\t${created}\t${created}\n`,
      );

      // The first application when the candidate was created, the others later, each to another job.
      const count = this.applicationCount(organization);
      applicationTimes.length = 0;
      applicationTimes.push(Math.min(now, createdAt + rng.int(10 * MINUTE)));
      for (let extra = 1; extra < count; extra++)
        applicationTimes.push(Math.min(now - rng.int(HOUR), createdAt + rng.exponential(25 * DAY)));
      applicationTimes.sort((a, b) => a - b);
      chosen.length = 0;
      for (let n = 0; n < count; n++) {
        const appliedAt = Math.max(createdAt, applicationTimes[n]!);
        const job = this.chooseJob(organization, appliedAt, chosen, n === 0);
        chosen.push(job);
        this.application(writers, organization, id, job, appliedAt, source, { firstName, lastName, email });
      }

      if (all.some((writer) => writer.blocked)) for (const writer of all) await writer.ready();
    }
  }

  /** One application, its history (applied → moved … → where it is now, or closed) and maybe notes. */
  private application(
    writers: Record<BigTable, CopyWriter>,
    organization: OrganizationModel,
    candidateId: string,
    job: JobModel,
    appliedAt: number,
    source: string,
    form: { firstName: string; lastName: string; email: string },
  ): void {
    const { rng, ids, now, stays } = this;
    job.applications++;
    const id = ids.at(appliedAt);
    stays.length = 0;
    // Remembers a stay in a stage that is assessed (interviews, coding challenges); draws nothing from rng.
    const stay = (stage: StageModel, enteredAt: number, leftAt: number | null, end: StayEnd) => {
      if (assessedKinds.has(stage.kind)) stays.push({ stage, enteredAt, leftAt, end });
    };
    const organizationId = organization.id;
    const stages = job.stages;
    const recruiter = () => rng.pick(job.recruiterIds);
    const mover = () => (rng.chance(0.7) ? recruiter() : job.hiringManagerId);
    const event = (
      type: string,
      from: string | null,
      to: string | null,
      actor: string | null,
      reason: string | null,
      note: string | null,
      at: number,
    ) => {
      const stamp = timestamp(at);
      writers.application_events.add(
        `${ids.at(at)}\t${organizationId}\t${id}\t${type}\t${orNull(from)}\t${orNull(to)}\t${orNull(actor)}\t${orNull(reason)}\t${orNull(note)}\t${stamp}\t${stamp}\t${stamp}\n`,
      );
    };

    let stageIndex = 0;
    let at = appliedAt;
    let version = 1;
    let status = 'active';
    let stageEnteredAt = appliedAt;
    let closedAt: number | null = null;
    let hiredAt: number | null = null;
    let reasonId: string | null = null;
    event('applied', null, stages[0]!.id, source === 'career_site' ? null : recruiter(), null, null, at);

    // Nothing moves after the job closed or was put on hold.
    const stop = job.closedAt ?? job.heldAt ?? now;
    // Some applications are never looked at: they wait in "Applied" until the job closes.
    const forgotten = rng.chance(0.08);
    for (;;) {
      const stage = stages[stageIndex]!;
      const outcome = stageOutcomes[stage.kind];
      const next = at + Math.max(HOUR, rng.exponential(outcome.meanDays * DAY * job.pace));
      if (next > stop || forgotten) {
        if (job.closedAt !== null) {
          // Closing a job turns away whoever is still in its pipeline.
          at = Math.min(now, Math.max(at + MINUTE, job.closedAt + HOUR + rng.int(2 * DAY)));
          reasonId = organization.reasons['we_rejected:Position filled']!;
          event('rejected', stage.id, null, recruiter(), reasonId, null, at);
          [status, closedAt, version] = ['rejected', at, version + 1];
          stay(stage, stageEnteredAt, at, 'closed');
        } else {
          stay(stage, stageEnteredAt, null, job.heldAt !== null ? 'held' : 'current');
        }
        break;
      }
      at = next;
      const roll = rng.next();
      if (roll < outcome.advance) {
        let target = stageIndex + 1;
        if (stage.kind === 'technical_interview' && stages[target]!.kind === 'coding_challenge' && rng.chance(0.25)) target++;
        const to = stages[target]!;
        const hired = to.kind === 'hired';
        event(hired ? 'hired' : 'moved', stage.id, to.id, mover(), null, null, at);
        stay(stage, stageEnteredAt, at, 'advanced');
        [stageIndex, stageEnteredAt, version] = [target, at, version + 1];
        if (hired) {
          [status, hiredAt, closedAt] = ['hired', at, at];
          break;
        }
      } else if (roll < outcome.advance + outcome.withdraw) {
        reasonId = organization.reasons[`they_withdrew:${withdrawals.pick(rng)}`]!;
        event('withdrawn', stage.id, null, recruiter(), reasonId, rng.chance(0.3) ? rng.pick(withdrawalNotes) : null, at);
        stay(stage, stageEnteredAt, at, 'withdrawn');
        [status, closedAt, version] = ['withdrawn', at, version + 1];
        break;
      } else {
        const reasons =
          stage.kind === 'applied' || stage.kind === 'screening'
            ? earlyRejections
            : stage.kind === 'technical_interview' || stage.kind === 'coding_challenge'
              ? technicalRejections
              : lateRejections;
        reasonId = organization.reasons[`we_rejected:${reasons.pick(rng)}`]!;
        event('rejected', stage.id, null, recruiter(), reasonId, rng.chance(0.15) ? rng.pick(rejectionNotes) : null, at);
        stay(stage, stageEnteredAt, at, 'rejected');
        [status, closedAt, version] = ['rejected', at, version + 1];
        break;
      }
    }

    const submittedForm =
      source === 'career_site'
        ? JSON.stringify({ firstName: form.firstName, lastName: form.lastName, email: form.email, submittedAt: timestamp(appliedAt) })
        : NULL;
    const applied = timestamp(appliedAt);
    writers.applications.add(
      `${id}\t${organizationId}\t${candidateId}\t${job.id}\t${stages[stageIndex]!.id}\t${status}\t${source}\t${version}\t${timestamp(stageEnteredAt)}\t${applied}\t${closedAt === null ? NULL : timestamp(closedAt)}\t${hiredAt === null ? NULL : timestamp(hiredAt)}\t${orNull(reasonId)}\t${submittedForm}\t${applied}\t${timestamp(at)}\n`,
    );

    if (rng.chance(0.2)) {
      const until = Math.min(now, closedAt ?? at + 7 * DAY);
      for (let count = 1 + rng.int(3); count > 0; count--) {
        const noteAt = appliedAt + rng.next() * (until - appliedAt);
        const author = rng.chance(0.5) ? recruiter() : rng.chance(0.5) ? job.hiringManagerId : rng.pick(organization.users.interviewer);
        const stamp = timestamp(noteAt);
        writers.application_notes.add(
          `${ids.at(noteAt)}\t${organizationId}\t${id}\t${author}\t${rng.pick(noteBodies)}\t${stamp}\t${stamp}\n`,
        );
      }
    }

    for (const assessed of stays)
      this.assessments.add(writers, { id, organization, job, candidateName: `${form.firstName} ${form.lastName}` }, assessed);
  }
}

/** "maria.garcia.4f" → "Maria.Garcia.4f" */
const capitalize = (local: string) =>
  local.replace(
    /^([a-z])([a-z]*\.)([a-z])/,
    (_match, first: string, rest: string, second: string) => first.toUpperCase() + rest + second.toUpperCase(),
  );

// ---------------------------------------------------------------------------------------------
// Database steps

interface Options {
  databaseUrl: string;
  scale: number;
  seed: number;
  now: number;
  replace: boolean;
  template: boolean;
  keepIndexes: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      now: { type: 'string' },
      replace: { type: 'boolean', default: false },
      template: { type: 'boolean', default: false },
      'keep-indexes': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const usage =
    'usage: node dist/bench/generate.js --database-url <url> [--scale 1] [--seed 1] [--now <ISO date>] [--replace] [--template] [--keep-indexes]';
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!values['database-url']) throw new UsageError(`--database-url is required\n${usage}`);
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20) throw new UsageError('--scale must be a number above 0 and at most 20');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
  const today = new Date();
  const now = values.now ? Date.parse(values.now) : Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (Number.isNaN(now)) throw new UsageError('--now must be a date, e.g. 2026-01-01T00:00:00Z');
  return {
    databaseUrl: values['database-url'],
    scale,
    seed,
    now,
    replace: values.replace,
    template: values.template,
    keepIndexes: values['keep-indexes'],
  };
}

class UsageError extends Error {}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'hiring-pipeline-bench-generate' });
  await client.connect();
  return client;
}

/** A connection to the database, or undefined when it does not exist yet. */
async function connectIfExists(url: string): Promise<pg.Client | undefined> {
  try {
    return await connect(url);
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return undefined;
    throw error;
  }
}

/** Every table of the product's schema but the migrations ledger. */
async function productTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND relname <> 'migrations' ORDER BY relname`,
  );
  return rows.map((row) => row.name);
}

/** Refuses to overwrite data unless told to; with `--replace`, empties every table but the migrations. */
async function ensureEmpty(client: pg.Client, replace: boolean): Promise<void> {
  const tables = await productTables(client);
  if (!tables.length) return;
  const { rows } = await client.query<{ name: string }>(
    tables
      .map((table) => `SELECT ${pg.escapeLiteral(table)} AS name WHERE EXISTS (SELECT 1 FROM ${pg.escapeIdentifier(table)})`)
      .join(' UNION ALL '),
  );
  if (!rows.length) return;
  const names = rows.map((row) => row.name).join(', ');
  if (!replace) throw new UsageError(`Refusing to load: these tables hold rows already: ${names}. Pass --replace to truncate them first.`);
  console.log(`--replace: truncating ${names}`);
  await client.query(`TRUNCATE ${tables.map((table) => pg.escapeIdentifier(table)).join(', ')}`);
}

/** The table's indexes that back no constraint, with the statement that recreates each exactly. */
async function secondaryIndexes(client: pg.Client, table: string): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT index_class.relname AS name, pg_get_indexdef(index.indexrelid) AS definition
       FROM pg_index index
       JOIN pg_class index_class ON index_class.oid = index.indexrelid
      WHERE index.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = index.indexrelid)
      ORDER BY index_class.relname`,
    [`public.${table}`],
  );
  return rows;
}

interface TableLoad {
  table: BigTable;
  client: pg.Client;
  writer: CopyWriter;
  indexes: { name: string; definition: string }[];
  copyStarted: number;
  copySeconds: number;
  indexSeconds: number;
}

/** Opens the table's transaction: replica mode where promised, secondary indexes dropped, COPY started. */
async function beginTableLoad(url: string, table: BigTable, keepIndexes: boolean): Promise<TableLoad> {
  const client = await connect(url);
  await client.query('BEGIN');
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  await client.query(`SET LOCAL synchronous_commit = off`);
  // See the header: foreign keys of these tables are checked in bulk by checkForeignKeys afterwards.
  if (table !== 'candidates') await client.query(`SET LOCAL session_replication_role = replica`);
  const indexes = keepIndexes ? [] : await secondaryIndexes(client, table);
  for (const index of indexes) await client.query(`DROP INDEX ${pg.escapeIdentifier(index.name)}`);
  const stream = client.query(copyFrom(`COPY ${table} (${copyColumns[table]}) FROM STDIN`));
  return { table, client, writer: new CopyWriter(table, stream), indexes, copyStarted: performance.now(), copySeconds: 0, indexSeconds: 0 };
}

async function finishTableLoad(load: TableLoad): Promise<void> {
  await load.writer.end();
  load.copySeconds = (performance.now() - load.copyStarted) / 1000;
  const started = performance.now();
  for (const index of load.indexes) await load.client.query(index.definition);
  await load.client.query('COMMIT');
  load.indexSeconds = (performance.now() - started) / 1000;
}

/**
 * One anti-join per foreign key of the tables loaded in replica mode: the number of rows whose
 * reference points nowhere. The load is only accepted when every count is zero.
 */
async function checkForeignKeys(client: pg.Client, tables: readonly string[]): Promise<void> {
  const { rows: keys } = await client.query<{
    name: string;
    child: string;
    parent: string;
    child_columns: string[];
    parent_columns: string[];
  }>(
    `SELECT con.conname AS name, con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
            array(SELECT attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY n)::text[] AS child_columns,
            array(SELECT attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY n)::text[] AS parent_columns
       FROM pg_constraint con
      WHERE con.contype = 'f' AND con.conrelid = ANY ($1::regclass[])
      ORDER BY con.conname`,
    [tables.map((table) => `public.${table}`)],
  );
  const checks = keys.map((key) => {
    const notNull = key.child_columns.map((column) => `c.${pg.escapeIdentifier(column)} IS NOT NULL`).join(' AND ');
    const matches = key.child_columns
      .map((column, i) => `p.${pg.escapeIdentifier(key.parent_columns[i]!)} = c.${pg.escapeIdentifier(column)}`)
      .join(' AND ');
    return `SELECT ${pg.escapeLiteral(key.name)} AS name, count(*)::int AS orphans FROM ${key.child} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${matches})`;
  });
  const { rows } = await client.query<{ name: string; orphans: number }>(checks.join(' UNION ALL '));
  const broken = rows.filter((row) => row.orphans > 0);
  if (broken.length)
    throw new Error(`Foreign keys violated after the load: ${broken.map((row) => `${row.name} (${row.orphans} rows)`).join(', ')}`);
  if (rows.length !== keys.length || !keys.length) throw new Error('The foreign-key check did not run');
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const pad = (value: string | number, width: number) => String(value).padStart(width);

export async function generate(options: Options): Promise<void> {
  assertCopySafe();
  const started = performance.now();
  const databaseName = decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1));
  // Refuse (or truncate) before anything else, so a refusal is quick and migrates nothing.
  const existing = await connectIfExists(options.databaseUrl);
  if (existing) {
    try {
      await ensureEmpty(existing, options.replace);
    } finally {
      await existing.end();
    }
  }
  // Loaded only now: these pull in TypeORM and Nest, a few seconds of start-up; the jobs library
  // loads while the migrations run.
  const jobsLibrary = import('@hp/jobs');
  jobsLibrary.catch(() => undefined);
  const { prepareDatabase } = await import('@hp/database');
  await prepareDatabase(
    { DATABASE_URL: options.databaseUrl, DATABASE_POOL_SIZE: 2, MIGRATIONS_RUN: true, NODE_ENV: 'development' },
    { log: (message) => console.log(message) },
  );
  const { defaultPipeline } = await jobsLibrary;

  const client = await connect(options.databaseUrl);
  try {
    // Tables a pending migration just created are empty; the others were checked above.
    await ensureEmpty(client, false);
    const sizes = sizesFor(options.scale);
    // One hash for every user, with the product's settings (libs/accounts/src/password-hasher.ts).
    const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const generator = new Generator(sizes, options.seed, options.now, passwordHash, defaultPipeline);
    const loadStarted = performance.now();

    const small = generator.buildSmallTables();
    await client.query('BEGIN');
    for (const table of smallTables) {
      const stream = client.query(copyFrom(`COPY ${table} (${copyColumns[table]}) FROM STDIN`));
      const writer = new CopyWriter(table, stream);
      for (const row of small[table]) writer.add(row);
      await writer.end();
    }
    await client.query('COMMIT');
    const smallSeconds = seconds(loadStarted);

    const loads = await Promise.all(bigTables.map((table) => beginTableLoad(options.databaseUrl, table, options.keepIndexes)));
    try {
      const writers = Object.fromEntries(loads.map((load) => [load.table, load.writer])) as Record<BigTable, CopyWriter>;
      await generator.streamCandidates(writers);
      await Promise.all(loads.map(finishTableLoad));
    } catch (error) {
      // Each big table's transaction rolls back (its indexes come back with it).
      await Promise.all(loads.map((load) => load.client.end().catch(() => undefined)));
      throw error;
    }
    await Promise.all(loads.map((load) => load.client.end()));
    const copiedAt = performance.now();

    await checkForeignKeys(
      client,
      bigTables.filter((table) => table !== 'candidates'),
    );
    const checkSeconds = seconds(copiedAt);
    // The reports' summaries are kept by triggers, which the replica-mode COPY skipped: fill them as
    // the migration that created them does, with the triggers still off (they would count twice).
    const summariesStarted = performance.now();
    const { backfillReportSummaries } = await import('@hp/database');
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await backfillReportSummaries((sql) => client.query(sql));
    await client.query('COMMIT');
    console.log(`Report summaries: ${seconds(summariesStarted).toFixed(1)} s`);
    const vacuumStarted = performance.now();
    await client.query('VACUUM (ANALYZE)');
    const vacuumSeconds = seconds(vacuumStarted);
    const loadSeconds = seconds(loadStarted);

    const tables = [...smallTables, ...bigTables];
    const { rows: countRows } = await client.query<Counts>(
      `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`,
    );
    const counts = countRows[0]!;
    const expected: Counts = {
      ...Object.fromEntries(smallTables.map((table) => [table, small[table].length])),
      ...Object.fromEntries(loads.map((load) => [load.table, load.writer.rows])),
    };
    for (const table of tables)
      if (counts[table] !== expected[table])
        throw new Error(`${table}: ${counts[table]} rows in the database, ${expected[table]} generated`);
    if (counts.applications !== sizes.applications)
      throw new Error(`generated ${counts.applications} applications instead of ${sizes.applications}`);

    if (options.template) await client.query(`ALTER DATABASE ${pg.escapeIdentifier(databaseName)} IS_TEMPLATE true`);
    const { rows: sizeRows } = await client.query<{ bytes: string; pretty: string }>(
      `SELECT pg_database_size(current_database())::text AS bytes, pg_size_pretty(pg_database_size(current_database())) AS pretty`,
    );

    const totalRows = tables.reduce((sum, table) => sum + counts[table]!, 0);
    const when = new Date(options.now).toISOString();
    console.log(`\nLoaded ${databaseName}: scale ${options.scale}, seed ${options.seed}, now ${when}`);
    console.log(`${'table'.padEnd(24)}${pad('rows', 10)}${pad('copy s', 9)}${pad('index s', 9)}${pad('rows/s', 10)}`);
    for (const table of smallTables) console.log(`${table.padEnd(24)}${pad(counts[table]!, 10)}`);
    console.log(`(small tables: ${smallSeconds.toFixed(1)} s together)`);
    for (const load of loads) {
      const rate = Math.round(counts[load.table]! / (load.copySeconds + load.indexSeconds));
      console.log(
        `${load.table.padEnd(24)}${pad(counts[load.table]!, 10)}${pad(load.copySeconds.toFixed(1), 9)}${pad(load.indexSeconds.toFixed(1), 9)}${pad(rate, 10)}`,
      );
    }
    console.log(`Foreign-key check: ${checkSeconds.toFixed(1)} s; VACUUM (ANALYZE): ${vacuumSeconds.toFixed(1)} s`);
    console.log(
      `Load time: ${loadSeconds.toFixed(1)} s for ${totalRows} rows (${Math.round(totalRows / loadSeconds)} rows/s); ${seconds(started).toFixed(1)} s with migrations`,
    );
    console.log(`Database size: ${sizeRows[0]!.pretty} (${sizeRows[0]!.bytes} bytes)${options.template ? '; marked IS_TEMPLATE' : ''}`);
    const big = generator.bigBoard;
    console.log(`Big board: job ${big.id} "${big.title}" in ${organizationSpecs[0]!.slug}, ${big.applications} applications`);
    const slugs = organizationSpecs.map((spec) => spec.slug).join(', ');
    console.log(
      `Users of ${slugs}: admin1@<slug>.example, recruiter1@…, hiring-manager1@…, interviewer1@… (see organizationSpecs); password "${BENCH_PASSWORD}"`,
    );
  } finally {
    await client.end();
  }
}

try {
  await generate(parseOptions(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
