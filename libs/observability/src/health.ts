export type DependencyCheck = () => Promise<void>;

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'up' | 'down'; error?: string; durationMs: number }>;
}

/** Runs every dependency check at once, each bounded by a timeout, so a hung dependency reads as down. */
export async function checkReadiness(checks: Record<string, DependencyCheck>, timeoutMs = 2_000): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = performance.now();
      try {
        await withTimeout(check(), timeoutMs, name);
        return [name, { status: 'up' as const, durationMs: Math.round(performance.now() - started) }] as const;
      } catch (error) {
        return [
          name,
          { status: 'down' as const, error: (error as Error).message, durationMs: Math.round(performance.now() - started) },
        ] as const;
      }
    }),
  );
  const report = Object.fromEntries(entries);
  return { status: entries.every(([, check]) => check.status === 'up') ? 'ok' : 'unavailable', checks: report };
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name} did not answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
