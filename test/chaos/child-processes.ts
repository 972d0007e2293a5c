import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../bench/lib/processes.js';
import { WORKER_ENTRY } from '../../bench/queue/processes.js';
import { waitFor } from '../utils/index.js';

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  exited: Promise<void>;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

/**
 * Every process the suite starts, so that all of them die with it: after each phase on request,
 * at the end, and even when the test process exits abruptly.
 */
export class ChildProcesses {
  readonly logDirectory = mkdtempSync(join(tmpdir(), 'hp-chaos-'));
  private readonly children = new Set<Child>();
  private readonly logs: WriteStream[] = [];
  private readonly killAllSync = () => {
    for (const child of this.children) child.process.kill('SIGKILL');
  };

  constructor() {
    process.once('exit', this.killAllSync);
  }

  start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
    const log = createWriteStream(join(this.logDirectory, `${name}.log`));
    this.logs.push(log);
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) throw new Error(`${name} did not start`);
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const entry: Child = {
      name,
      pid: child.pid,
      process: child,
      exited,
      kill: async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      },
    };
    this.children.add(entry);
    void exited.then(() => this.children.delete(entry));
    return entry;
  }

  async killAll(): Promise<void> {
    await Promise.all([...this.children].map((child) => child.kill()));
    await Promise.all(this.logs.splice(0).map((log) => new Promise<void>((done) => log.end(() => done()))));
    process.removeListener('exit', this.killAllSync);
  }
}

/** A Redis of the suite's own, without persistence: killing it loses its data, as a crashed cache would. */
export async function startRedis(children: ChildProcesses, port: number, name = 'redis'): Promise<Child> {
  const child = children.start(
    name,
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--dir',
      children.logDirectory,
    ],
    process.env,
  );
  await untilReady(child, `${name} on port ${port}`, 10_000, async () => {
    const redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      return (await redis.ping()) === 'PONG';
    } finally {
      redis.disconnect();
    }
  });
  return child;
}

/** A worker process from the build, ready once its `/health/ready` answers 200. */
export async function startWorker(children: ChildProcesses, name: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = children.start(name, process.execPath, [WORKER_ENTRY], { PATH: process.env.PATH, ...env, WORKER_PORT: String(port) });
  await untilReady(child, `${name} to be ready`, 30_000, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    return response?.status === 200;
  });
  return child;
}

/** Polls `ready` until it holds; fails at once when the child exits first (its log says why). */
async function untilReady(child: Child, description: string, timeoutMs: number, ready: () => Promise<boolean>): Promise<void> {
  let exited = false;
  const exit = child.exited.then(() => {
    exited = true;
    throw new Error(`${child.name} exited (code ${child.process.exitCode}, signal ${child.process.signalCode}) before ${description}`);
  });
  exit.catch(() => undefined); // also rejects when the child exits long after this wait is over
  await Promise.race([exit, waitFor(description, async () => !exited && (await ready()), { timeoutMs, intervalMs: 100 })]);
}
