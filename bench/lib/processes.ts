import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  name: string;
  process: ChildProcess;
  logFile: string;
  startedAt: number;
}

/** Starts `node <args>` with stdout and stderr to `logFile` (the process logs as in production). */
export function startNode(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Child {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log] });
  return { name, process: child, logFile, startedAt: performance.now() };
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Waits until `url` answers 200; fails at once if the process exits. Returns the seconds since start. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 600_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(
        `${child.name} exited (${child.process.exitCode ?? child.process.signalCode}) before it was ready:\n${tail(child.logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return (performance.now() - child.startedAt) / 1000;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`${child.name} was not ready at ${url} within ${timeoutMs / 1000} s:\n${tail(child.logFile)}`);
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(child: Child, graceMs = 15_000): Promise<void> {
  const { process: proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (VmRSS); undefined once it is gone. */
export async function rssBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples the RSS of some processes every `intervalMs` and keeps the peak of each, overall and
 * since the last `mark()` (a scenario's own peak).
 */
export class RssSampler {
  private readonly peaks = new Map<string, number>();
  private readonly sincePeaks = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  samples = 0;

  constructor(
    private readonly pids: Record<string, number>,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    void this.sample();
  }

  private async sample(): Promise<void> {
    this.samples++;
    for (const [name, pid] of Object.entries(this.pids)) {
      const rss = await rssBytes(pid);
      if (rss === undefined) continue;
      this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, rss));
      this.sincePeaks.set(name, Math.max(this.sincePeaks.get(name) ?? 0, rss));
    }
  }

  /** The peaks since the previous mark, then starts a new period. */
  mark(): Record<string, number> {
    const result = Object.fromEntries(this.sincePeaks);
    this.sincePeaks.clear();
    return result;
  }

  peak(name: string): number | undefined {
    return this.peaks.get(name);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
