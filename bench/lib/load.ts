import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:3000 */
  url: string;
  headers?: Record<string, string>;
  /** Called for every request: the next request to send. */
  next: () => LoadRequest;
  connections: number;
  /** Measured seconds. */
  duration: number;
  /** Seconds of load before the measured run, not counted. */
  warmup: number;
  /** Seconds before autocannon gives up on a request (its default: 10). */
  timeoutSeconds?: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

function run(options: LoadOptions, duration: number): Promise<autocannon.Result> {
  const headers = { 'content-type': 'application/json', ...options.headers };
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration,
    timeout: options.timeoutSeconds ?? 10,
    headers,
    // A fresh request for every send: autocannon calls setupRequest each time.
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next();
          return { ...request, method: next.method ?? 'GET', path: next.path, body: next.body, headers };
        },
      },
    ],
  });
}

/** autocannon with a warm-up run thrown away, then the measured run. */
export async function measure(options: LoadOptions): Promise<LoadFigures> {
  if (options.warmup > 0) await run(options, options.warmup);
  const result = await run(options, options.duration);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    maxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections: options.connections,
    durationSeconds: options.duration,
    warmupSeconds: options.warmup,
  };
}

/** Round-robin over a list, starting at a random place. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('cycle: no items');
  let index = Math.floor(Math.random() * items.length);
  return () => items[index++ % items.length]!;
}

/** A random item each call. */
export function random<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('random: no items');
  return () => items[Math.floor(Math.random() * items.length)]!;
}
