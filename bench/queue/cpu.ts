import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used since it was made, by group: the whole machine (`machine`, from
 * /proc/stat), the workers, the PostgreSQL backends of the benchmark's database (`postgres`, told
 * by their process title; the server's own processes, e.g. the WAL writer, are not counted),
 * Redis, and this process (`bench`: the sink and the sampling). Per process it adds what each
 * used since the previous sample, so processes that come and go (pool connections) are counted
 * while they live. Read from /proc (Linux); zeros elsewhere.
 */
export class CpuMeter {
  private readonly last = new Map<number, number>();
  private readonly totals: Record<string, number> = { machine: 0, workers: 0, postgres: 0, redis: 0, bench: 0 };
  private machineStart: number | undefined;
  private readonly benchStart = process.cpuUsage();

  constructor(
    private readonly workerPids: readonly number[],
    private readonly databaseName: string,
  ) {
    this.sample();
  }

  sample(): Record<string, number> {
    const own = process.cpuUsage(this.benchStart);
    this.totals.bench = (own.user + own.system) / 1e6;
    let entries: string[];
    try {
      // First line of /proc/stat: cpu user nice system idle iowait irq softirq steal …; busy = all but idle and iowait.
      const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      const busy = ticks.reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0) / CLOCK_TICKS_PER_SECOND;
      this.machineStart ??= busy;
      this.totals.machine = busy - this.machineStart;
      entries = readdirSync('/proc');
    } catch {
      return { ...this.totals };
    }
    const first = this.last.size === 0;
    for (const entry of entries) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      const group = this.groupOf(pid);
      if (!group) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // pid (comm) state … utime(14) stime(15): split after the closing parenthesis of comm.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
      const before = this.last.get(pid);
      this.last.set(pid, seconds);
      // A process seen for the first time after the first sample started meanwhile: all of its time counts.
      if (!first) this.totals[group]! += seconds - (before ?? 0);
    }
    return { ...this.totals };
  }

  private groupOf(pid: number): string | undefined {
    if (this.workerPids.includes(pid)) return 'workers';
    let comm: string;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return undefined;
    }
    if (comm.startsWith('redis-server')) return 'redis';
    if (!comm.startsWith('postgres')) return undefined;
    try {
      // A backend's title names its database ("postgres: 15/main: user database host …").
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${this.databaseName} `) ? 'postgres' : undefined;
    } catch {
      return undefined;
    }
  }
}
