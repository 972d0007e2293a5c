/**
 * Queue path benchmark (issue #8): plans `--reminders` interview reminders due within a few
 * minutes and delivers them to a local SMTP sink with `--workers` worker processes, then reports
 * the planning rate, the delivery rate and the lateness (sink arrival − `reminders.due_at`).
 *
 *   node dist/bench/queue.js [--reminders 100000] [--workers 2] [--rate 500] [--lead-seconds <s>]
 *                            [--database-url <server url>] [--redis-url <url>] [--cpu-prof] [--keep]
 *
 * It makes everything it measures: a database of its own beside `--database-url` (a clone of the
 * tests' migrated template `hp_test_template` when there is one, else migrated with
 * `prepareDatabase`), a queue prefix of its own in `--redis-url`, the SMTP sink (in this process)
 * and the worker processes (`node dist/apps/worker/src/main.js`, as deployed). Database, queue keys
 * and processes are removed at the end unless `--keep`.
 *
 * The run:
 * 1. Arrangement (not measured): one organisation whose policy plans a single reminder an hour
 *    before each interview, an open job, `reminders` candidates with one application each.
 * 2. In one transaction, one interview per application (no panel: the candidate's reminder only)
 *    with its `interview.changed` outbox event, as `InterviewsService.schedule` writes them. Due
 *    times are spread evenly so that reminders fall due at `--rate` per second, starting
 *    `--lead-seconds` after the commit.
 * 3. From the commit on, the product does the rest: outbox relay → `domain-events` queue →
 *    ReminderPlanner → `reminders` rows and delayed `reminder.due` queue jobs → ReminderSender
 *    (batched firing; `mail_deliveries` rows created claimed, sent by the same queue job) → SMTP sink.
 * 4. Once a second it samples reminders and emails by status, the outbox backlog, the depth of
 *    each queue and the sink's count (timeline.jsonl in the log directory; a line every 5 s on
 *    stderr), until every reminder is settled and every email arrived, or `--timeout-seconds`
 *    past the last due time.
 *
 * Figures: planning rate = reminders rows / (last `reminders.created_at` − commit); queued rate
 * likewise with `enqueued_at`; headroom = first due time − last queued; delivery rate = emails
 * accepted by the sink / (last arrival − first due time), beside the offered rate; lateness
 * p50/p99/max over first copies; duplicates = extra copies of a Message-ID.
 */
import 'reflect-metadata';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { RssSampler } from './lib/processes.js';
import { CpuMeter } from './queue/cpu.js';
import { createBenchDatabase } from './queue/database.js';
import { startWorkerProcess, type WorkerProcess } from './queue/processes.js';
import { EARLIER_MAIL_PREFIX, scheduleInterviews, seedOrganization } from './queue/seed.js';
import { startBenchSmtpSink } from './queue/smtp-sink.js';

export interface QueueBenchmarkOptions {
  /** A PostgreSQL server URL; the benchmark creates (and drops) a database of its own on it. */
  databaseUrl: string;
  redisUrl: string;
  /** Reminders to plan and deliver (one per interview). Default 100,000. */
  reminders?: number;
  /** Worker processes. Default 2. */
  workers?: number;
  /** Reminders falling due per second (the offered load). Default 500, the budget. */
  rate?: number;
  /**
   * Seconds between the commit that schedules the interviews and the first due time. Default:
   * enough for planning at 500/s (the delivery budget: planning slower than that could not feed
   * it), at least 20.
   */
  leadSeconds?: number;
  /** How long past the last due time to wait for stragglers. Default 120. */
  timeoutSeconds?: number;
  /** Start the workers with `--cpu-prof` (profiles in the log directory). */
  cpuProfile?: boolean;
  /** Keep the database, the queue keys and the log directory. */
  keep?: boolean;
  /** Progress lines; default stderr. */
  log?: (line: string) => void;
}

const QUEUES = ['domain-events', 'reminders', 'mail'] as const;

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const round = (value: number, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : NaN);
const deliveryIdOf = (messageId: string) => /^<([^@>]+)@/.exec(messageId)?.[1];

export async function runQueueBenchmark(options: QueueBenchmarkOptions): Promise<Record<string, number | string>> {
  const count = options.reminders ?? 100_000;
  const workerCount = options.workers ?? 2;
  const rate = options.rate ?? 500;
  const leadSeconds = options.leadSeconds ?? Math.max(20, Math.ceil(count / 500));
  const timeoutSeconds = options.timeoutSeconds ?? 120;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const logDirectory = mkdtempSync(join(tmpdir(), 'hp-queue-bench-'));
  const queuePrefix = `qbench-${randomBytes(4).toString('hex')}`;
  const startedAt = Date.now();

  const database = await createBenchDatabase(options.databaseUrl);
  log(`queue bench: database ${database.name} (${database.origin}), queue prefix ${queuePrefix}, logs in ${logDirectory}`);
  const sink = await startBenchSmtpSink();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queues = QUEUES.map((name) => new Queue(name, { connection: redis, prefix: queuePrefix }));
  const workers: WorkerProcess[] = [];
  try {
    const seedStart = Date.now();
    const organization = await seedOrganization(client, count);
    await client.query('ANALYZE');
    log(`queue bench: arranged ${organization.applicationIds} applications in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const env: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.QUEUE_BENCH_WORKER_LOG_LEVEL ?? 'warn',
      DATABASE_URL: database.url,
      REDIS_URL: options.redisUrl,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
      MIGRATIONS_RUN: 'false',
      SHUTDOWN_TIMEOUT_MS: '5000',
    };
    for (let i = 0; i < workerCount; i++) {
      const name = `worker-${i + 1}`;
      const nodeArgs = options.cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', logDirectory, '--cpu-prof-name', `${name}.cpuprofile`] : [];
      workers.push(await startWorkerProcess(name, env, logDirectory, nodeArgs));
    }

    const statsBefore = await databaseActivity(client);
    // The commit that starts the product's path.
    const spreadMs = Math.max(0, Math.round(((count - 1) / rate) * 1000));
    const firstDueAt = new Date(Date.now() + leadSeconds * 1000);
    const scheduled = await scheduleInterviews(client, organization, firstDueAt, spreadMs);
    const committedAt = scheduled.committedAt;
    const firstDue = firstDueAt.getTime();
    const lastDue = firstDue + spreadMs;
    log(
      `queue bench: scheduled ${scheduled.interviews} interviews; reminders due from +${((firstDue - committedAt) / 1000).toFixed(1)} s ` +
        `over ${(spreadMs / 1000).toFixed(1)} s (${rate}/s)`,
    );

    const timelineFile = join(logDirectory, 'timeline.jsonl');
    const deadline = lastDue + timeoutSeconds * 1000;
    let lastPrinted = 0;
    const samples: { at: number; sample: Sample; cpu: Record<string, number> }[] = [];
    const cpuMeter = new CpuMeter(
      workers.map((worker) => worker.pid),
      database.name,
    );
    const rss = new RssSampler(Object.fromEntries(workers.map((worker) => [worker.name, worker.pid])));
    rss.start();
    for (;;) {
      const now = Date.now();
      const sample = await sampleState(client, queues, sink.arrivals.length);
      const cpu = cpuMeter.sample();
      samples.push({ at: now, sample, cpu });
      appendFileSync(timelineFile, `${JSON.stringify({ t: round((now - committedAt) / 1000, 1), ...sample, cpu })}\n`);
      if (now - lastPrinted >= 5_000) {
        lastPrinted = now;
        log(`queue bench: t=${((now - committedAt) / 1000).toFixed(0)}s ${describeSample(sample)}`);
      }
      const settled = sample.reminders.total >= count && sample.reminders.scheduled === 0;
      const mailDone = sample.mail.pending + sample.mail.sending === 0 && sink.arrivals.length >= sample.reminders.sent;
      if ((settled && mailDone) || now > deadline) break;
      await sleep(Math.max(0, 1_000 - (Date.now() - now)));
    }
    rss.stop();

    await sleep(1_500); // backends report their statistics within a second
    const statsAfter = await databaseActivity(client);
    const activity = Object.fromEntries(
      Object.keys(statsAfter).map((key) => [`perReminder_${key}`, round((statsAfter[key]! - (statsBefore[key] ?? 0)) / count, 2)]),
    );
    const [planning] = (
      await client.query<{ planned: number; last_created: Date | null; queued: number }>(
        `SELECT count(*)::int AS planned, max(created_at) AS last_created, count(enqueued_at)::int AS queued
           FROM reminders WHERE kind = 'interview_upcoming'`,
      )
    ).rows;
    const statuses = Object.fromEntries(
      (
        await client.query<{ status: string; count: number }>(
          `SELECT status, count(*)::int AS count FROM reminders WHERE kind = 'interview_upcoming' GROUP BY status`,
        )
      ).rows.map((row) => [row.status, row.count]),
    );
    const reminders = (
      await client.query<{ due_at: Date; mail_delivery_id: string | null }>(
        `SELECT due_at, mail_delivery_id FROM reminders WHERE kind = 'interview_upcoming'`,
      )
    ).rows;

    const firstArrival = new Map<string, number>();
    let duplicates = 0;
    for (const arrival of sink.arrivals) {
      const id = deliveryIdOf(arrival.messageId) ?? arrival.messageId;
      if (firstArrival.has(id)) duplicates++;
      else firstArrival.set(id, arrival.receivedAt);
    }
    const lateness: number[] = [];
    let undelivered = 0;
    for (const reminder of reminders) {
      const arrivedAt = reminder.mail_delivery_id ? firstArrival.get(reminder.mail_delivery_id) : undefined;
      if (arrivedAt === undefined) undelivered++;
      else lateness.push(arrivedAt - reminder.due_at.getTime());
    }
    lateness.sort((a, b) => a - b);
    const arrivalTimes = sink.arrivals.map((arrival) => arrival.receivedAt).sort((a, b) => a - b);
    const lastArrival = arrivalTimes.at(-1) ?? NaN;
    const perSecond = new Map<number, number>();
    for (const time of arrivalTimes) perSecond.set(Math.floor(time / 1000), (perSecond.get(Math.floor(time / 1000)) ?? 0) + 1);
    const planningSeconds = (planning!.last_created!.getTime() - committedAt) / 1000;
    const deliverySeconds = (lastArrival - firstDue) / 1000;
    // From the samples: enqueued_at is touched again by the reconciler's re-queues of overdue reminders.
    const allQueuedAt = samples.find((entry) => entry.sample.reminders.enqueued >= count)?.at ?? NaN;
    const queuedSeconds = (allQueuedAt - committedAt) / 1000;
    /** Average CPU use (in cores) of each group of processes between two instants, from the nearest samples. */
    const cores = (from: number, to: number) => {
      const first = samples.find((entry) => entry.at >= from) ?? samples[0]!;
      const last = [...samples].reverse().find((entry) => entry.at <= to) ?? samples.at(-1)!;
      const seconds = (last.at - first.at) / 1000;
      const used = Object.fromEntries(
        Object.keys(last.cpu).map((group) => [group, seconds > 0 ? round((last.cpu[group]! - first.cpu[group]!) / seconds) : NaN]),
      );
      // Everything else on the machine: the PostgreSQL server's own processes, and whatever else runs there.
      used.other = round(used.machine! - used.workers! - used.postgres! - used.redis! - used.bench!);
      return used;
    };
    const planningCores = cores(committedAt, committedAt + planningSeconds * 1000);
    const deliveryCores = cores(firstDue, lastArrival);
    /** CPU milliseconds per reminder of a group over a phase: cores × phase length / reminders handled in it. */
    const perReminderMs = (used: Record<string, number>, phaseSeconds: number, handled: number) =>
      Object.entries(used)
        .filter(([group]) => group !== 'machine' && group !== 'other')
        .map(([group, value]) => [group, round((value * phaseSeconds * 1000) / handled, 2)] as const);
    const cpuFigures = Object.fromEntries([
      ...perReminderMs(planningCores, planningSeconds, planning!.planned).map(([group, value]) => [
        `planningCpuMsPerReminder_${group}`,
        value,
      ]),
      ...perReminderMs(deliveryCores, deliverySeconds, firstArrival.size).map(([group, value]) => [
        `deliveryCpuMsPerReminder_${group}`,
        value,
      ]),
      ...Object.entries(planningCores).map(([group, value]) => [`planningCpuCores_${group}`, value]),
      ...Object.entries(deliveryCores).map(([group, value]) => [`deliveryCpuCores_${group}`, value]),
    ]) as Record<string, number>;

    const results: Record<string, number | string> = {
      reminders: count,
      workers: workerCount,
      planned: planning!.planned,
      planningSeconds: round(planningSeconds, 1),
      planningRatePerSecond: round(planning!.planned / planningSeconds, 0),
      queuedSeconds: round(queuedSeconds, 1),
      queuedRatePerSecond: round(planning!.queued / queuedSeconds, 0),
      headroomSeconds: round((firstDue - allQueuedAt) / 1000, 1),
      offeredRatePerSecond: rate,
      delivered: firstArrival.size,
      deliverySeconds: round(deliverySeconds, 1),
      deliveryRatePerSecond: round(firstArrival.size / deliverySeconds, 0),
      peakDeliveriesInOneSecond: Math.max(0, ...perSecond.values()),
      latenessP50Seconds: round(percentile(lateness, 50) / 1000),
      latenessP99Seconds: round(percentile(lateness, 99) / 1000),
      latenessMaxSeconds: round((lateness.at(-1) ?? NaN) / 1000),
      duplicates,
      undelivered,
      sent: statuses.sent ?? 0,
      skipped: statuses.skipped ?? 0,
      failed: statuses.failed ?? 0,
      stillScheduled: statuses.scheduled ?? 0,
      ...cpuFigures,
      ...activity,
      peakRssWorkerMiB: Math.round(Math.max(...workers.map((worker) => rss.peak(worker.name) ?? 0)) / 2 ** 20),
      loadAverage1m: round(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]), 2),
      wallSeconds: round((Date.now() - startedAt) / 1000, 0),
      logDirectory,
    };
    writeFileSync(join(logDirectory, 'results.json'), JSON.stringify(results, null, 2));
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await Promise.all(queues.map((queue) => queue.close()));
    if (!options.keep) await deleteKeys(redis, `${queuePrefix}:*`);
    redis.disconnect();
    await client.end();
    await sink.close();
    if (!options.keep) await database.drop();
  }
}

interface Sample {
  reminders: { total: number; scheduled: number; enqueued: number; sent: number; skipped: number; other: number };
  mail: { pending: number; sending: number; sent: number; failed: number };
  outboxUndispatched: number;
  queues: Record<string, { waiting: number; delayed: number; active: number; failed: number }>;
  sink: number;
}

async function sampleState(client: pg.Client, queues: Queue[], sink: number): Promise<Sample> {
  const {
    rows: [row],
  } = await client.query<Record<string, number>>(
    // One pass over each table (FILTER), so that sampling once a second costs little next to what it measures.
    `SELECT r.*, m.*, (SELECT count(*) FROM outbox_events WHERE dispatched_at IS NULL)::int AS outbox
       FROM (SELECT count(*)::int AS total,
                    count(*) FILTER (WHERE status = 'scheduled')::int AS scheduled,
                    count(enqueued_at)::int AS enqueued,
                    count(*) FILTER (WHERE status = 'sent')::int AS sent,
                    count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
                    count(*) FILTER (WHERE status IN ('cancelled', 'failed'))::int AS other
               FROM reminders) r,
            (SELECT count(*) FILTER (WHERE status = 'pending')::int AS mail_pending,
                    count(*) FILTER (WHERE status = 'sending')::int AS mail_sending,
                    count(*) FILTER (WHERE status = 'sent')::int AS mail_sent,
                    count(*) FILTER (WHERE status = 'failed')::int AS mail_failed
               FROM mail_deliveries WHERE dedupe_key NOT LIKE '${EARLIER_MAIL_PREFIX}%') m`,
  );
  const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'delayed', 'active', 'failed')));
  return {
    reminders: {
      total: row!.total!,
      scheduled: row!.scheduled!,
      enqueued: row!.enqueued!,
      sent: row!.sent!,
      skipped: row!.skipped!,
      other: row!.other!,
    },
    mail: { pending: row!.mail_pending!, sending: row!.mail_sending!, sent: row!.mail_sent!, failed: row!.mail_failed! },
    outboxUndispatched: row!.outbox!,
    queues: Object.fromEntries(
      queues.map((queue, index) => [
        queue.name,
        {
          waiting: counts[index]!.waiting ?? 0,
          delayed: counts[index]!.delayed ?? 0,
          active: counts[index]!.active ?? 0,
          failed: counts[index]!.failed ?? 0,
        },
      ]),
    ),
    sink,
  };
}

/**
 * Cumulative activity of the benchmark's database: transactions committed and rolled back, and
 * rows inserted and updated in the tables of the path (from pg_stat_database and
 * pg_stat_user_tables; the latter lag by up to a second, so sample after a pause).
 */
async function databaseActivity(client: pg.Client): Promise<Record<string, number>> {
  await client.query('SELECT pg_stat_clear_snapshot()');
  const {
    rows: [database],
  } = await client.query<{ commits: string; rollbacks: string }>(
    `SELECT xact_commit AS commits, xact_rollback AS rollbacks FROM pg_stat_database WHERE datname = current_database()`,
  );
  const { rows: tables } = await client.query<{ relname: string; ins: string; upd: string }>(
    `SELECT relname, n_tup_ins AS ins, n_tup_upd AS upd FROM pg_stat_user_tables
      WHERE relname IN ('reminders', 'mail_deliveries', 'outbox_events', 'periodic_task_runs')`,
  );
  const activity: Record<string, number> = { commits: Number(database!.commits), rollbacks: Number(database!.rollbacks) };
  for (const table of tables) {
    activity[`${table.relname}_inserted`] = Number(table.ins);
    activity[`${table.relname}_updated`] = Number(table.upd);
  }
  return activity;
}

const describeSample = (sample: Sample) =>
  `reminders=${sample.reminders.total} enqueued=${sample.reminders.enqueued} sent=${sample.reminders.sent} skipped=${sample.reminders.skipped} ` +
  `mail pending/sending/sent=${sample.mail.pending}/${sample.mail.sending}/${sample.mail.sent} outbox=${sample.outboxUndispatched} ` +
  Object.entries(sample.queues)
    .map(([name, q]) => `${name} w/d/a=${q.waiting}/${q.delayed}/${q.active}`)
    .join(' ') +
  ` sink=${sample.sink}`;

async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reminders: { type: 'string', default: '100000' },
      workers: { type: 'string', default: '2' },
      rate: { type: 'string', default: '500' },
      'lead-seconds': { type: 'string' },
      'timeout-seconds': { type: 'string', default: '120' },
      'database-url': { type: 'string', default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
      'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      'cpu-prof': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const results = await runQueueBenchmark({
    databaseUrl: values['database-url'],
    redisUrl: values['redis-url'],
    reminders: Number(values.reminders),
    workers: Number(values.workers),
    rate: Number(values.rate),
    leadSeconds: values['lead-seconds'] === undefined ? undefined : Number(values['lead-seconds']),
    timeoutSeconds: Number(values['timeout-seconds']),
    cpuProfile: values['cpu-prof'],
    keep: values.keep,
  });
  console.log(JSON.stringify(results, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
