import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
}

export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  let memoryGiB = totalmem() / 2 ** 30;
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
    const kib = /^MemTotal:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
    if (kib) memoryGiB = Number(kib) / 2 ** 20;
  } catch {
    /* not Linux: os module figures */
  }
  let kernel = 'unknown';
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    /* keep unknown */
  }
  return { cpu, cores: cpus().length, memoryGiB: Math.round(memoryGiB * 10) / 10, kernel, node: process.version };
}

/** The 1-minute load average, sampled every few seconds, to say how busy the machine was. */
export class LoadAverageSampler {
  private readonly values: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 5_000): void {
    this.values.push(loadavg()[0]!);
    this.timer = setInterval(() => this.values.push(loadavg()[0]!), intervalMs);
  }

  stop(): { min: number; max: number; mean: number } {
    if (this.timer) clearInterval(this.timer);
    this.values.push(loadavg()[0]!);
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      min: round(Math.min(...this.values)),
      max: round(Math.max(...this.values)),
      mean: round(this.values.reduce((a, b) => a + b, 0) / this.values.length),
    };
  }
}
