/**
 * The HTTP benchmark (`npm run bench`, see docs/benchmarks.md): one run on this machine against the
 * local PostgreSQL and Redis, with the production build of the API and a worker, and the bare
 * Fastify + pg server (`bench/bare-server.ts`) side by side for the read scenarios.
 *
 *   node dist/bench/run.js [--scenario <name>]… [--duration 20] [--connections 50] [--warmup 5]
 *                          [--report-connections 4] [--report-duration 10] [--skip-generate]
 *                          [--template hp_bench_generated] [--no-write] [--capture-sql <file>] [--cpu-prof]
 *
 * Steps: make sure the template database exists (generating it, timed, unless --skip-generate),
 * clone it into `hp_bench_run`, start the API (it migrates the clone: timed), a worker and the bare
 * server, sign in as a recruiter, pick inputs with SQL, run each scenario with autocannon (a
 * warm-up thrown away, then the measured run) while sampling both processes' RSS every 250 ms,
 * then the queue benchmark (`bench/queue.ts`) when it exists; write the results to
 * docs/benchmarks.md (## Results) and bench/results/<date>.json; stop everything and drop the clone.
 *
 * `--capture-sql <file>` instead runs the API with `bench/lib/capture-sql.ts` preloaded, sends one
 * request of each read scenario and writes the SQL each one ran: where the bare server's SQL comes from.
 * `--cpu-prof` runs the API with Node's `--cpu-prof`; the profile lands in the run's log directory.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { API_NODE_FLAGS } from '@hp/config';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import { BENCH_PASSWORD, type Inputs, pickInputs, RECRUITER_EMAIL } from './http/inputs.js';
import { cloneTemplate, databaseExists, databaseUrl, dropDatabase, renameUnlessExists, serverVersion, withClient } from './lib/db.js';
import { describeMachine, LoadAverageSampler } from './lib/machine.js';
import { cycle, type LoadFigures, type LoadRequest, measure, random } from './lib/load.js';
import { type Child, freePort, RssSampler, startNode, stopChild, waitForHttp } from './lib/processes.js';
import { type BenchResults, renderMarkdown, type ScenarioResult, writeResults } from './lib/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const RUN_DATABASE = 'hp_bench_run';
const RATE_LIMIT = 1_000_000;
const TOKEN_TTL_SECONDS = 86_400;

export const scenarioNames = [
  'application',
  'pipeline',
  'candidate-search',
  'applications-paging',
  'move',
  'reports',
  'login',
  'queue',
] as const;
type ScenarioName = (typeof scenarioNames)[number];

interface Options {
  scenarios: ScenarioName[];
  duration: number;
  connections: number;
  warmup: number;
  reportConnections: number;
  reportDuration: number;
  skipGenerate: boolean;
  template: string;
  serverUrl: string;
  redisUrl: string;
  write: boolean;
  captureSql?: string;
  cpuProf: boolean;
  /** Re-render docs/benchmarks.md from this results file (with the current measured causes) instead of running. */
  render?: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', multiple: true },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '5' },
      'report-connections': { type: 'string', default: '4' },
      'report-duration': { type: 'string', default: '10' },
      'skip-generate': { type: 'boolean', default: false },
      template: { type: 'string', default: 'hp_bench_generated' },
      'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
      'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      'no-write': { type: 'boolean', default: false },
      'capture-sql': { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      render: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`usage: node dist/bench/run.js [--scenario ${scenarioNames.join('|')}]… [--duration 20] [--connections 50] [--warmup 5]
       [--report-connections 4] [--report-duration 10] [--skip-generate] [--template hp_bench_generated]
       [--postgres-url postgres://postgres@127.0.0.1:5432/postgres] [--redis-url redis://127.0.0.1:6379] [--no-write] [--capture-sql <file>] [--cpu-prof] [--render <results.json>]`);
    process.exit(0);
  }
  const positive = (name: string, value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number`);
    return number;
  };
  const scenarios = (values.scenario ?? [...scenarioNames]) as ScenarioName[];
  for (const name of scenarios)
    if (!scenarioNames.includes(name)) throw new Error(`Unknown scenario ${name}; one of ${scenarioNames.join(', ')}`);
  return {
    scenarios,
    duration: positive('duration', values.duration),
    connections: positive('connections', values.connections),
    warmup: positive('warmup', values.warmup),
    reportConnections: positive('report-connections', values['report-connections']),
    reportDuration: positive('report-duration', values['report-duration']),
    skipGenerate: values['skip-generate'],
    template: values.template,
    serverUrl: values['postgres-url'],
    redisUrl: values['redis-url'],
    write: !values['no-write'],
    captureSql: values['capture-sql'],
    cpuProf: values['cpu-prof'],
    render: values.render,
  };
}

/** Generates the template under a temporary name and renames it, so nobody ever clones half a data set. */
async function ensureTemplate(options: Options, workDir: string): Promise<number | undefined> {
  if (await databaseExists(options.serverUrl, options.template)) return undefined;
  if (options.skipGenerate) throw new Error(`The template ${options.template} does not exist; run without --skip-generate to generate it`);
  const temporary = `${options.template}_tmp_${process.pid}`;
  console.log(`Template ${options.template} missing: generating it (scale 1) into ${temporary}…`);
  const started = performance.now();
  const child = startNode(
    'generator',
    [join(dist, 'bench/generate.js'), '--database-url', databaseUrl(options.serverUrl, temporary), '--replace', '--template'],
    process.env,
    join(workDir, 'generate.log'),
  );
  const code = await new Promise<number | null>((done) => child.process.once('exit', done));
  if (code !== 0) throw new Error(`The generator failed (exit ${code}); see ${child.logFile}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(readFileSync(child.logFile, 'utf8').split('\n').slice(-12).join('\n'));
  if (!(await renameUnlessExists(options.serverUrl, temporary, options.template))) {
    console.log(`${options.template} appeared meanwhile; using it and dropping ${temporary}`);
  }
  return seconds;
}

/** Accepts and discards mail, so the worker delivers as in production without a real mail server. */
async function startSmtpSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

async function login(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Login as ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function migrationCount(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM migrations');
    return rows[0]!.count;
  });
}

async function redisVersion(url: string): Promise<string> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    return /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}

/** Deletes the run's keys (queues, rate-limit counters) from Redis. */
async function clearRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const pathOf = (path: string, query?: Record<string, string | undefined>) => {
  const entries = Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length ? `${path}?${new URLSearchParams(entries)}` : path;
};

interface ReadScenario {
  name: ScenarioName;
  title: string;
  next: () => () => LoadRequest;
}

function readScenarios(inputs: Inputs): ReadScenario[] {
  return [
    {
      name: 'application',
      title: '1. GET /applications/:id (random ids)',
      next: () => {
        const id = random(inputs.applicationIds);
        return () => ({ path: `/api/v1/applications/${id()}` });
      },
    },
    {
      name: 'pipeline',
      title: `2. GET /jobs/:id/pipeline (${inputs.bigBoardApplications.toLocaleString('en')} applications)`,
      next: () => () => ({ path: `/api/v1/jobs/${inputs.bigBoardJobId}/pipeline` }),
    },
    {
      name: 'candidate-search',
      title: '3. GET /candidates?q= (names, one in four typo\u2019d)',
      next: () => {
        const q = cycle(inputs.searches);
        return () => ({ path: pathOf('/api/v1/candidates', { q: q() }) });
      },
    },
    {
      name: 'applications-paging',
      title: `4. GET /applications?jobId=&stageId= (random cursor of ${inputs.cursors.length} pages)`,
      next: () => {
        const cursor = random(inputs.cursors);
        return () => ({
          path: pathOf('/api/v1/applications', {
            jobId: inputs.bigBoardJobId,
            stageId: inputs.pagingStageId,
            cursor: cursor() ?? undefined,
          }),
        });
      },
    },
  ];
}

const reportNames = ['funnel', 'time-in-stage', 'time-to-hire', 'sources', 'interviewers'] as const;

function scenarioFailure(figures: LoadFigures): string | undefined {
  if (figures.non2xx > 0 || figures.errors > 0 || figures.timeouts > 0) {
    return `${figures.non2xx} non-2xx, ${figures.errors} errors, ${figures.timeouts} timeouts`;
  }
  if (figures.requests === 0) return 'no request completed';
  return undefined;
}

async function captureSql(file: string, apiUrl: string, token: string, inputs: Inputs, sqlLog: string): Promise<void> {
  const sections: string[] = [];
  // Several requests per scenario so that each shape of statement shows (one-word and two-word
  // searches, the first page and a later one); each distinct statement text is written once.
  const samples: Record<string, Inputs> = {
    application: inputs,
    pipeline: inputs,
    'candidate-search': { ...inputs, searches: inputs.searches.slice(0, 4) },
    'applications-paging': { ...inputs, cursors: inputs.cursors.slice(0, 2) },
  };
  for (const scenario of readScenarios(inputs)) {
    const sample = readScenarios(samples[scenario.name]!).find((each) => each.name === scenario.name)!;
    const next = sample.next();
    const seen = new Set<string>();
    const lines: string[] = [];
    for (let i = 0; i < 4; i++) {
      writeFileSync(sqlLog, '');
      const request = next();
      const response = await fetch(`${apiUrl}${request.path}`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      await new Promise((done) => setTimeout(done, 200));
      lines.push(`### ${request.path} → ${response.status}`, '');
      for (const line of readFileSync(sqlLog, 'utf8').trim().split('\n').filter(Boolean)) {
        const { text, values } = JSON.parse(line) as { text: string; values?: unknown[] };
        lines.push(
          seen.has(text)
            ? `    (same text as above) values ${JSON.stringify(values)}`
            : `    ${JSON.stringify(text)}\n    values ${JSON.stringify(values)}`,
        );
        seen.add(text);
      }
      lines.push('');
    }
    sections.push(`## ${scenario.title}\n\n${lines.join('\n')}`);
  }
  writeFileSync(file, `${sections.join('\n')}`);
  console.log(`SQL of each read scenario written to ${file}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.render) {
    const results = JSON.parse(readFileSync(options.render, 'utf8')) as BenchResults;
    writeResults(root, results, options.render);
    console.log(renderMarkdown(results));
    return;
  }
  const machine = describeMachine();
  const load = new LoadAverageSampler();
  load.start();
  const workDir = await mkdtemp(join(tmpdir(), 'hp-bench-'));
  const startedAt = new Date();
  const runStarted = performance.now();
  const children: Child[] = [];
  const prefix = `hpbench${process.pid}`;
  const smtp = await startSmtpSink();
  const notes: string[] = [];
  let cloned = false;
  // Ctrl-C or SIGTERM: stop the children and drop the clone (the finally below) before exiting.
  let interrupted = false;
  const interrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error('Interrupted: stopping the processes and dropping the clone…');
    void Promise.all(children.map((child) => stopChild(child, 5_000)))
      .then(() => (cloned ? dropDatabase(options.serverUrl, RUN_DATABASE) : undefined))
      .then(() => clearRedisPrefix(options.redisUrl, prefix))
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const generateSeconds = await ensureTemplate(options, workDir);
    console.log(`Cloning ${options.template} into ${RUN_DATABASE}…`);
    const cloneSeconds = await cloneTemplate(options.serverUrl, options.template, RUN_DATABASE);
    cloned = true;
    const runUrl = databaseUrl(options.serverUrl, RUN_DATABASE);
    const migrationsBefore = await migrationCount(runUrl);

    const [apiPort, workerPort, barePort] = [await freePort(), await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(apiPort),
      WORKER_PORT: String(workerPort),
      DATABASE_URL: runUrl,
      REDIS_URL: options.redisUrl,
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
      JWT_REFRESH_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      PUBLIC_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      ACCESS_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS),
      LOG_LEVEL: 'info',
      STORAGE_DIR: join(workDir, 'files'),
    };
    const sqlLog = join(workDir, 'sql.jsonl');
    const apiArgs = [
      ...(options.captureSql ? ['--import', pathToFileURL(join(dist, 'bench/lib/capture-sql.js')).href] : []),
      ...(options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', join(workDir, 'profiles')] : []),
      ...API_NODE_FLAGS,
      join(dist, 'apps/api/src/main.js'),
    ];
    console.log(`Starting the API on ${apiUrl} (it migrates ${RUN_DATABASE}), logs in ${workDir}…`);
    const api = startNode('api', apiArgs, { ...env, HP_BENCH_SQL_LOG: options.captureSql ? sqlLog : undefined }, join(workDir, 'api.log'));
    children.push(api);
    const apiReadySeconds = await waitForHttp(api, `${apiUrl}/health/ready`);
    const migrationsApplied = (await migrationCount(runUrl)) - migrationsBefore;
    const worker = startNode('worker', [join(dist, 'apps/worker/src/main.js')], env, join(workDir, 'worker.log'));
    children.push(worker);
    await waitForHttp(worker, `http://127.0.0.1:${workerPort}/health/ready`);

    const token = await login(apiUrl, RECRUITER_EMAIL);
    console.log('Picking inputs…');
    const inputs = await withClient(runUrl, (client) =>
      pickInputs(client, { url: apiUrl, token }, { applicationIds: 10_000, searches: 400, maxPages: 400, moves: 4_000 }),
    );
    console.log(
      `Inputs: ${inputs.applicationIds.length} application ids, ${inputs.searches.length} searches, ${inputs.cursors.length} cursors over ${inputs.pagingStageApplications} applications, ${inputs.moves.length} movable applications, ${inputs.loginEmails.length} accounts`,
    );
    if (options.captureSql) {
      await captureSql(options.captureSql, apiUrl, token, inputs, sqlLog);
      return;
    }

    const bare = startNode(
      'bare',
      [join(dist, 'bench/bare-server.js')],
      {
        PATH: process.env.PATH,
        PORT: String(barePort),
        DATABASE_URL: runUrl,
        BARE_ORGANIZATION_ID: inputs.organizationId,
        BARE_ACTOR_ID: await userId(runUrl),
      },
      join(workDir, 'bare.log'),
    );
    children.push(bare);
    await waitForHttp(bare, `${bareUrl}/health`);

    const rss = new RssSampler({ api: api.process.pid!, worker: worker.process.pid!, bare: bare.process.pid! });
    rss.start();
    const auth = { authorization: `Bearer ${token}` };
    const scenarios: ScenarioResult[] = [];
    const loadSettings = { connections: options.connections, duration: options.duration, warmup: options.warmup };
    // The API's peak RSS and memory of the period since the last mark: call right after the API's turn.
    const apiPeriod = async () => ({ peakRssApiBytes: rss.mark().api, apiMemory: await apiMemory(apiUrl) });
    const record = async (result: Omit<ScenarioResult, 'peakRssApiBytes'>, period?: Awaited<ReturnType<typeof apiPeriod>>) => {
      const row = { ...result, ...(period ?? (await apiPeriod())) };
      scenarios.push(row);
      const figures = row.ours;
      console.log(
        `${row.title}: ${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms${row.bare ? `; bare ${row.bare.requestsPerSecond.toFixed(0)} req/s, p99 ${row.bare.p99Ms} ms` : ''}${row.failure ? ` FAILED: ${row.failure}` : ''}`,
      );
    };

    for (const scenario of readScenarios(inputs)) {
      if (!options.scenarios.includes(scenario.name)) continue;
      console.log(`Running ${scenario.title}…`);
      await waitForQuietDatabase(runUrl, 60_000, notes);
      const ours = await measure({ url: apiUrl, headers: auth, next: scenario.next(), ...loadSettings });
      const period = await apiPeriod();
      await waitForQuietDatabase(runUrl, 60_000, notes);
      const bareFigures = await measure({ url: bareUrl, next: scenario.next(), ...loadSettings });
      const failure = scenarioFailure(ours) ?? (scenarioFailure(bareFigures) && `bare server: ${scenarioFailure(bareFigures)}`);
      await record(
        { name: scenario.name, title: scenario.title, budget: { p99Ms: 50, bareRatio: 0.6 }, ours, bare: bareFigures, failure },
        period,
      );
    }

    if (options.scenarios.includes('move')) {
      const title = '5. POST /applications/:id/move (screening ⇄ technical interview)';
      console.log(`Running ${title}…`);
      await waitForQuietDatabase(runUrl, 60_000, notes);
      const nextMove = cycle(inputs.moves);
      const next = (): LoadRequest => {
        const move = nextMove();
        move.at = move.at === 0 ? 1 : 0;
        return { method: 'POST', path: `/api/v1/applications/${move.id}/move`, body: JSON.stringify({ toStageId: move.stages[move.at] }) };
      };
      const ours = await measure({ url: apiUrl, headers: auth, next, ...loadSettings });
      await record({ name: 'move', title, budget: { p99Ms: 100 }, ours, failure: scenarioFailure(ours) });
    }

    if (options.scenarios.includes('reports')) {
      const reportSettings = {
        connections: options.reportConnections,
        duration: options.reportDuration,
        warmup: Math.min(options.warmup, 2),
        timeoutSeconds: 60,
      };
      for (const report of reportNames) {
        for (const scope of ['job', 'organisation'] as const) {
          if (report === 'interviewers' && scope === 'job') continue; // the interviewers report has no job filter
          // time-to-hire filters by department, not job: "one job" is the big board's department there.
          const narrow = report === 'time-to-hire' ? { department: inputs.bigBoardDepartment } : { jobId: inputs.bigBoardJobId };
          const scopeText =
            scope === 'job'
              ? report === 'time-to-hire'
                ? `big board's department "${inputs.bigBoardDepartment}"`
                : 'big board'
              : 'whole organisation';
          const title = `6. GET /reports/${report} (${scopeText})`;
          const budget = { p99Ms: scope === 'job' ? 300 : 1000 };
          const path = pathOf(`/api/v1/reports/${report}`, scope === 'job' ? narrow : {});
          console.log(`Running ${title}…`);
          await waitForQuietDatabase(runUrl, 60_000, notes);
          // One request alone first: a report that takes seconds alone is reported as such, not loaded.
          const single = await timedRequest(`${apiUrl}${path}`, auth, 60_000);
          if (!single.ok || single.ms > SLOW_REPORT_MS) {
            const figures = singleFigures(single.ms);
            const failure = single.ok ? undefined : `status ${single.status} (${single.ms.toFixed(0)} ms)`;
            await record({
              name: `reports/${report}/${scope}`,
              title: `${title}, one request alone`,
              budget,
              ours: figures,
              failure,
              note: single.ok ? `one request alone took ${(single.ms / 1000).toFixed(1)} s, so it was not loaded` : undefined,
            });
            await waitForQuietDatabase(runUrl, 60_000, notes);
            continue;
          }
          const ours = await measure({ url: apiUrl, headers: auth, next: () => ({ path }), ...reportSettings });
          await record({ name: `reports/${report}/${scope}`, title, budget, ours, failure: scenarioFailure(ours) });
          await waitForQuietDatabase(runUrl, 60_000, notes);
        }
      }
    }

    if (options.scenarios.includes('login')) {
      const title = `7. POST /auth/login (argon2id, ${inputs.loginEmails.length} accounts in turn)`;
      console.log(`Running ${title}…`);
      await waitForQuietDatabase(runUrl, 60_000, notes);
      const email = cycle(inputs.loginEmails);
      const next = (): LoadRequest => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: JSON.stringify({ email: email(), password: BENCH_PASSWORD }),
      });
      const ours = await measure({ url: apiUrl, next, ...loadSettings, timeoutSeconds: 60 });
      await record({ name: 'login', title, ours, failure: scenarioFailure(ours) });
    }
    rss.stop();
    const peakRss = { api: rss.peak('api'), worker: rss.peak('worker'), bare: rss.peak('bare'), samples: rss.samples };

    const results: BenchResults = {
      date: startedAt.toISOString(),
      command: `node dist/bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
      machine,
      versions: {
        node: process.version,
        postgres: await serverVersion(options.serverUrl),
        redis: await redisVersion(options.redisUrl),
        autocannon: autocannonVersion(),
      },
      loadAverage: load.stop(),
      runSeconds: (performance.now() - runStarted) / 1000,
      settings: {
        connections: options.connections,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        reportConnections: options.reportConnections,
        reportDurationSeconds: options.reportDuration,
        rateLimitPerMinute: RATE_LIMIT,
        publicRateLimitPerMinute: RATE_LIMIT,
        accessTokenTtlSeconds: TOKEN_TTL_SECONDS,
        databasePoolSize: 10,
      },
      apiNodeFlags: [...API_NODE_FLAGS],
      dataSet: {
        template: options.template,
        generateSeconds,
        cloneSeconds,
        apiReadySeconds,
        migrationsApplied,
        bigBoardApplications: inputs.bigBoardApplications,
        pagingStageApplications: inputs.pagingStageApplications,
        cursors: inputs.cursors.length,
      },
      scenarios,
      peakRss,
      notes,
    };
    const write = () => {
      if (!options.write) return console.log(`\n${renderMarkdown(results)}`);
      const { json } = writeResults(root, results);
      console.log(`\n${renderMarkdown(results)}\nWrote docs/benchmarks.md and ${json}`);
    };
    // Written before the queue benchmark too, so that its failure or length loses nothing measured.
    write();

    if (options.scenarios.includes('queue')) {
      for (const child of children.splice(0).reverse()) await stopChild(child);
      const queueStarted = performance.now();
      results.queue = await runQueue(runUrl, options.redisUrl, notes).catch((error: unknown) => {
        notes.push(`Queue benchmark failed: ${(error as Error).message}`);
        return undefined;
      });
      notes.push(
        `Queue benchmark (bench/queue.ts, its default settings) took ${((performance.now() - queueStarted) / 1000).toFixed(0)} s.`,
      );
      results.runSeconds = (performance.now() - runStarted) / 1000;
      write();
    }
    if (scenarios.some((scenario) => scenario.failure)) process.exitCode = 1;
  } finally {
    load.stop();
    for (const child of children.reverse()) await stopChild(child);
    await smtp.close();
    if (cloned)
      await dropDatabase(options.serverUrl, RUN_DATABASE).catch((error: unknown) => console.error(`Dropping ${RUN_DATABASE}:`, error));
    await clearRedisPrefix(options.redisUrl, prefix).catch(() => undefined);
    console.log(`Logs of the API, worker and bare server: ${workDir}`);
  }
}

/** A report slower than this alone is measured by that one request instead of under load. */
const SLOW_REPORT_MS = 5_000;

async function timedRequest(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ ok: boolean; status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { ok: response.ok, status: response.status, ms: performance.now() - started };
  } catch {
    return { ok: false, status: 0, ms: performance.now() - started };
  }
}

function singleFigures(ms: number): LoadFigures {
  const rounded = Math.round(ms);
  return {
    requestsPerSecond: 1000 / ms,
    p50Ms: rounded,
    p99Ms: rounded,
    meanMs: rounded,
    maxMs: rounded,
    requests: 1,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    connections: 1,
    durationSeconds: ms / 1000,
    warmupSeconds: 0,
  };
}

/**
 * Waits until no query runs in the run's database (autocannon drops connections at the end of a
 * scenario, but PostgreSQL finishes what they started, which would load the next scenario); after
 * `maxMs`, cancels what is left and says so in the notes.
 */
async function waitForQuietDatabase(url: string, maxMs: number, notes: string[]): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await withClient(databaseUrl(url, 'postgres'), async (client) => {
    const deadline = Date.now() + maxMs;
    let quietPolls = 0;
    while (quietPolls < 2) {
      const { rows } = await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = $1 AND state = 'active' AND backend_type = 'client backend' AND now() - query_start > interval '200 milliseconds'`,
        [database],
      );
      quietPolls = rows[0]!.count === 0 ? quietPolls + 1 : 0;
      if (Date.now() > deadline) {
        const cancelled = await client.query(
          `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND backend_type = 'client backend'`,
          [database],
        );
        notes.push(`Cancelled ${cancelled.rowCount} queries still running ${maxMs / 1000} s after a scenario ended.`);
        return;
      }
      await new Promise((done) => setTimeout(done, 250));
    }
  });
}

/** The API's own view of its memory at the end of a scenario (prom-client's process metrics on /metrics). */
async function apiMemory(apiUrl: string): Promise<Record<string, number> | undefined> {
  try {
    const text = await (await fetch(`${apiUrl}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const read = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
    return {
      rssBytes: read('process_resident_memory_bytes'),
      heapTotalBytes: read('nodejs_heap_size_total_bytes'),
      heapUsedBytes: read('nodejs_heap_size_used_bytes'),
      externalBytes: read('nodejs_external_memory_bytes'),
    };
  } catch {
    return undefined;
  }
}

async function userId(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = $1', [RECRUITER_EMAIL]);
    return rows[0]!.id;
  });
}

function autocannonVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/autocannon/package.json'), 'utf8')) as { version: string }).version;
}

/** The queue benchmark of bench/queue.ts, when that file exists (imported at run time). */
async function runQueue(databaseUrl: string, redisUrl: string, notes: string[]): Promise<Record<string, number | string> | undefined> {
  const file = join(dist, 'bench/queue.js');
  if (!existsSync(file)) {
    notes.push('Queue benchmark: bench/queue.ts not present in this build; not run.');
    return undefined;
  }
  console.log('Running the queue benchmark (bench/queue.ts)…');
  const module = (await import(pathToFileURL(file).href)) as {
    runQueueBenchmark?: (options: {
      databaseUrl: string;
      redisUrl: string;
      reminders?: number;
    }) => Promise<Record<string, number | string>>;
  };
  if (typeof module.runQueueBenchmark !== 'function') {
    notes.push('Queue benchmark: bench/queue.js exports no runQueueBenchmark; not run.');
    return undefined;
  }
  return module.runQueueBenchmark({ databaseUrl, redisUrl });
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
