import pg from 'pg';

export interface CountedQueries {
  count: number;
  /** The SQL text of each query, in order (whitespace collapsed). */
  texts: string[];
}

/**
 * Counts the queries that reach the `pg` driver in this process, by wrapping
 * `pg.Client.prototype.query` (every pool client is a `pg.Client`): TypeORM's queries,
 * transactions' BEGIN/COMMIT and raw SQL alike. Redis commands are not counted.
 */
export class QueryCounter {
  private recording: string[] | undefined;
  private readonly original = pg.Client.prototype.query;

  install(): void {
    const original = this.original;
    const record = (config: unknown) => {
      if (!this.recording) return;
      const text = typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? String(config));
      this.recording.push(text.replace(/\s+/g, ' ').trim());
    };
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      record(args[0]);
      return (original as (...parameters: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
  }

  uninstall(): void {
    pg.Client.prototype.query = this.original;
  }

  /** Runs `work` and returns what it sent to the driver; nothing else may run meanwhile. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; queries: CountedQueries }> {
    if (this.recording) throw new Error('QueryCounter.during does not nest');
    const texts: string[] = [];
    this.recording = texts;
    try {
      const result = await work();
      return { result, queries: { count: texts.length, texts } };
    } finally {
      this.recording = undefined;
    }
  }
}

/** Queries of `larger` beyond those of `smaller`, by text, most repeated first: what an N+1 repeats. */
export function repeatedQueries(smaller: CountedQueries, larger: CountedQueries): { text: string; extra: number }[] {
  const tally = (texts: string[]) => texts.reduce((map, text) => map.set(text, (map.get(text) ?? 0) + 1), new Map<string, number>());
  const small = tally(smaller.texts);
  return [...tally(larger.texts)]
    .map(([text, times]) => ({ text, extra: times - (small.get(text) ?? 0) }))
    .filter((entry) => entry.extra > 0)
    .sort((a, b) => b.extra - a.extra);
}
