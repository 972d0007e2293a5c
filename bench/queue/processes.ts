import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../lib/processes.js';

/** The compiled worker, as deployed (`npm run build` first). */
export const WORKER_ENTRY = resolve('dist/apps/worker/src/main.js');

export interface WorkerProcess {
  name: string;
  pid: number;
  metricsUrl: string;
  /** SIGTERM (lets a `--cpu-prof` profile be written), SIGKILL after `graceMs`; waits for the exit. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts one worker from the build with `env`, its output in `<logDirectory>/<name>.log`, and
 * waits until its `/health/ready` answers 200. `nodeArgs` (e.g. `--cpu-prof`) go to node.
 */
export async function startWorkerProcess(
  name: string,
  env: Record<string, string>,
  logDirectory: string,
  nodeArgs: string[] = [],
): Promise<WorkerProcess> {
  const port = await freePort();
  const log = createWriteStream(join(logDirectory, `${name}.log`));
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, WORKER_ENTRY], {
    env: { PATH: process.env.PATH, ...env, WORKER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive()) throw new Error(`${name} exited (code ${child.exitCode}) before it was ready; see ${join(logDirectory, `${name}.log`)}`);
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (response?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`${name} not ready after 60 s`);
    await sleep(100);
  }
  return {
    name,
    pid: child.pid,
    metricsUrl: `http://127.0.0.1:${port}/metrics`,
    async stop(graceMs = 10_000) {
      if (alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => alive() && child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      await exited;
      process.removeListener('exit', killOnExit);
      await new Promise<void>((done) => log.end(() => done()));
    },
  };
}
