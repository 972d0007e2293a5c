import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadFigures } from './load.js';
import type { Machine } from './machine.js';
import { measuredCauses } from '../http/causes.js';

export interface ScenarioResult {
  name: string;
  title: string;
  /** p99 ceiling, and for the read scenarios the least share of the bare server's requests/s. */
  budget?: { p99Ms: number; bareRatio?: number };
  ours: LoadFigures;
  bare?: LoadFigures;
  /** Why the scenario failed (non-2xx answers, errors), if it did. */
  failure?: string;
  /** Peak RSS of the API during this scenario. */
  peakRssApiBytes?: number;
  /** The API's heap and external memory at the end of the scenario, from its /metrics. */
  apiMemory?: Record<string, number>;
  /** The measured cause of a budget line not met (from bench/http/causes.ts when rendered). */
  cause?: string;
  /** How the figure was taken, when not as the others. */
  note?: string;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  versions: Record<string, string>;
  loadAverage: { min: number; max: number; mean: number };
  /** Seconds from the start of `run.js` to the results (the build before it not included). */
  runSeconds?: number;
  settings: Record<string, number>;
  /** The API's Node flags (`API_NODE_FLAGS`, as in production); absent in results written before they existed. */
  apiNodeFlags?: string[];
  dataSet: {
    template: string;
    generateSeconds?: number;
    cloneSeconds: number;
    apiReadySeconds: number;
    migrationsApplied: number;
    bigBoardApplications: number;
    pagingStageApplications: number;
    cursors: number;
  };
  scenarios: ScenarioResult[];
  peakRss: { api?: number; worker?: number; bare?: number; samples: number };
  queue?: Record<string, number | string>;
  notes: string[];
}

export const API_RSS_BUDGET_BYTES = 300 * 2 ** 20;

const mib = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const int = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number) => `${value.toLocaleString('en')} ms`;

export function ratio(scenario: ScenarioResult): number | undefined {
  if (!scenario.bare || scenario.bare.requestsPerSecond === 0) return undefined;
  return scenario.ours.requestsPerSecond / scenario.bare.requestsPerSecond;
}

/** Whether the scenario met its budget; undefined when it has none. */
export function met(scenario: ScenarioResult): boolean | undefined {
  if (scenario.failure) return false;
  if (!scenario.budget) return undefined;
  const share = ratio(scenario);
  return (
    scenario.ours.p99Ms < scenario.budget.p99Ms && (scenario.budget.bareRatio === undefined || (share ?? 0) >= scenario.budget.bareRatio)
  );
}

function budgetText(scenario: ScenarioResult): string {
  if (!scenario.budget) return 'none (bounded by argon2 by design)';
  const p99 = `p99 < ${ms(scenario.budget.p99Ms)}`;
  return scenario.budget.bareRatio === undefined ? p99 : `${p99}, ≥ ${scenario.budget.bareRatio} × bare`;
}

function verdict(scenario: ScenarioResult): string {
  const ok = met(scenario);
  if (ok === undefined) return '–';
  if (ok) return 'yes';
  if (scenario.failure) return `**no**: ${scenario.failure}`;
  return `**no**: ${measuredCauses[scenario.name]?.short ?? scenario.cause ?? 'cause not yet measured'}`;
}

function memoryText(memory: Record<string, number> | undefined): string {
  if (!memory || !Number.isFinite(memory.heapUsedBytes)) return '';
  return ` (${mib(memory.heapUsedBytes)} / ${mib(memory.heapTotalBytes)}, ${mib(memory.externalBytes)})`;
}

/** Reminders: at least 500 deliveries/s to the local sink, with lateness p99 under 2 s. */
const REMINDER_BUDGET = { deliveriesPerSecond: 500, latenessP99Seconds: 2 };

/** Which halves of the reminder budget a queue run met; undefined when it produced no figures. */
function queueVerdict(queue: Record<string, number | string>): { rate: boolean; lateness: boolean } | undefined {
  const rate = Number(queue.deliveryRatePerSecond);
  const p99 = Number(queue.latenessP99Seconds);
  if (!Number.isFinite(rate) || !Number.isFinite(p99)) return undefined;
  return { rate: rate >= REMINDER_BUDGET.deliveriesPerSecond, lateness: p99 < REMINDER_BUDGET.latenessP99Seconds };
}

function queueLine(queue: Record<string, number | string>): string {
  const verdict = queueVerdict(queue);
  if (!verdict) return '| reminders (queue path) | no figures (see the queue table below) |';
  const missed = [verdict.rate ? '' : 'rate', verdict.lateness ? '' : 'lateness'].filter(Boolean);
  return (
    `| reminders (queue path, \`bench/queue.ts\`) | ${int(Number(queue.delivered))} of ${int(Number(queue.reminders))} delivered by ${queue.workers} workers at ${queue.offeredRatePerSecond}/s offered: ` +
    `${int(Number(queue.deliveryRatePerSecond))}/s, lateness p50 ${queue.latenessP50Seconds} s, p99 ${queue.latenessP99Seconds} s (budget ≥ ${REMINDER_BUDGET.deliveriesPerSecond}/s and p99 < ${REMINDER_BUDGET.latenessP99Seconds} s: ${missed.length ? `**not met** (${missed.join(', ')})` : 'met'}); ` +
    `planning ${int(Number(queue.planningRatePerSecond))}/s; workers' peak RSS ${queue.peakRssWorkerMiB ?? '–'} MiB |`
  );
}

export function renderMarkdown(results: BenchResults): string {
  const { machine, versions, settings, dataSet } = results;
  const lines: string[] = [];
  lines.push('## Results', '');
  lines.push(
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)} (started ${results.date}); command \`${results.command}\`${results.runSeconds === undefined ? '' : `, ${(results.runSeconds / 60).toFixed(1)} minutes after the build`}. Written by \`bench/run.ts\`; the same figures are in \`bench/results/\`.`,
    '',
  );
  lines.push('| | |', '|---|---|');
  lines.push(`| machine | ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.kernel} |`);
  lines.push(
    `| versions | Node ${versions.node}, PostgreSQL ${versions.postgres}, Redis ${versions.redis}, autocannon ${versions.autocannon} |`,
  );
  lines.push(
    `| load average (1 min) during the run | ${results.loadAverage.min}–${results.loadAverage.max}, mean ${results.loadAverage.mean} |`,
  );
  lines.push(
    `| load | autocannon, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up not counted, ${settings.durationSeconds} s measured per scenario; reports ${settings.reportConnections} connections, ${Math.min(settings.warmupSeconds!, 2)} s warm-up, ${settings.reportDurationSeconds} s |`,
  );
  lines.push(
    `| product settings changed for the run | \`RATE_LIMIT_PER_MINUTE\` and \`PUBLIC_RATE_LIMIT_PER_MINUTE\` ${int(settings.rateLimitPerMinute!)} (defaults 600 and 60), \`ACCESS_TOKEN_TTL_SECONDS\` ${int(settings.accessTokenTtlSeconds!)} (default 900) so one sign-in lasts the run; everything else as in production (\`NODE_ENV=production\`, \`LOG_LEVEL=info\` to a file, metrics on, pool of ${settings.databasePoolSize} connections${results.apiNodeFlags?.length ? `, the API started with \`${results.apiNodeFlags.join(' ')}\`` : ''}) |`,
  );
  lines.push(
    `| data set | template \`${dataSet.template}\`${dataSet.generateSeconds === undefined ? ' (existing, not generated this run)' : `, generated this run in ${dataSet.generateSeconds.toFixed(1)} s`}; cloned in ${dataSet.cloneSeconds.toFixed(1)} s; the API was ready ${dataSet.apiReadySeconds.toFixed(1)} s after start, migrations applied at start: ${dataSet.migrationsApplied} |`,
  );
  lines.push(
    `| peak RSS under load | API ${mib(results.peakRss.api)} (budget < 300 MiB: ${results.peakRss.api === undefined ? '–' : results.peakRss.api < API_RSS_BUDGET_BYTES ? 'met' : '**not met**'}), worker ${mib(results.peakRss.worker)}, bare server ${mib(results.peakRss.bare)} (VmRSS every 250 ms, ${int(results.peakRss.samples)} samples) |`,
  );
  if (results.queue) lines.push(queueLine(results.queue));
  lines.push('');
  lines.push(
    '| scenario | req/s | p50 | p99 | budget | met? | bare req/s | bare p50 / p99 | ours / bare | API peak RSS (heap used / total, external at the end) |',
  );
  lines.push('|---|---:|---:|---:|---|---|---:|---:|---:|---:|');
  for (const scenario of results.scenarios) {
    const { ours, bare } = scenario;
    const share = ratio(scenario);
    lines.push(
      `| ${scenario.title}${scenario.note ? ` (${scenario.note})` : ''} | ${int(ours.requestsPerSecond)} | ${ms(ours.p50Ms)} | ${ms(ours.p99Ms)} | ${budgetText(scenario)} | ${verdict(scenario)} | ${bare ? int(bare.requestsPerSecond) : '–'} | ${bare ? `${ms(bare.p50Ms)} / ${ms(bare.p99Ms)}` : '–'} | ${share === undefined ? '–' : share.toFixed(2)} | ${mib(scenario.peakRssApiBytes)}${memoryText(scenario.apiMemory)} |`,
    );
  }
  lines.push('');
  lines.push(
    `Inputs: the big board has ${int(dataSet.bigBoardApplications)} applications; scenario 4 pages its stage with the most applications (${int(dataSet.pagingStageApplications)}) through ${int(dataSet.cursors)} cursors, walked once through the API before the run.`,
  );
  const explained = results.scenarios.filter((scenario) => met(scenario) === false && measuredCauses[scenario.name]);
  const reminders = results.queue ? queueVerdict(results.queue) : undefined;
  const queueMissed = results.queue !== undefined && !(reminders?.rate && reminders.lateness);
  if (explained.length || (results.peakRss.api ?? 0) >= API_RSS_BUDGET_BYTES || queueMissed) {
    lines.push('', '### Lines not met: what was measured', '');
    for (const name of new Set(explained.map((scenario) => scenario.name))) {
      const cause = measuredCauses[name]!;
      lines.push(
        `- **${results.scenarios.find((scenario) => scenario.name === name)!.title}** (measured ${cause.measured}): ${cause.detail}`,
      );
    }
    if ((results.peakRss.api ?? 0) >= API_RSS_BUDGET_BYTES && measuredCauses.rss) {
      lines.push(`- **API peak RSS** (measured ${measuredCauses.rss.measured}): ${measuredCauses.rss.detail}`);
    }
    if (queueMissed) {
      const cause = measuredCauses.queue;
      lines.push(`- **Reminders (queue path)**: ${cause ? `(measured ${cause.measured}) ${cause.detail}` : 'cause not yet measured'}`);
    }
  }
  if (results.queue) {
    lines.push('', '### Queue path (`bench/queue.ts`)', '', '| figure | value |', '|---|---:|');
    for (const [key, value] of Object.entries(results.queue))
      lines.push(`| ${key} | ${typeof value === 'number' ? value.toLocaleString('en') : value} |`);
  }
  if (results.notes.length) lines.push('', ...results.notes.map((note) => `- ${note}`));
  lines.push('');
  return lines.join('\n');
}

/** Replaces the `## Results` section of docs/benchmarks.md and writes bench/results/<date>.json. */
export function writeResults(root: string, results: BenchResults, jsonPath?: string): { json: string } {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = jsonPath ?? join(dir, `${results.date.replaceAll(':', '-')}.json`);
  for (const scenario of results.scenarios) {
    if (met(scenario) === false && !scenario.failure) scenario.cause = measuredCauses[scenario.name]?.short ?? 'cause not yet measured';
  }
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const docPath = join(root, 'docs/benchmarks.md');
  const doc = readFileSync(docPath, 'utf8');
  const start = doc.search(/^## Results\s*$/m);
  const section = renderMarkdown(results);
  if (start === -1) {
    writeFileSync(docPath, `${doc.trimEnd()}\n\n${section}`);
  } else {
    const rest = doc.slice(start + '## Results'.length);
    const nextHeading = rest.search(/^## /m);
    writeFileSync(docPath, `${doc.slice(0, start)}${section}${nextHeading === -1 ? '' : `\n${rest.slice(nextHeading)}`}`);
  }
  return { json };
}
