/**
 * The Node flags the API process runs with wherever this repository starts it: the Dockerfile,
 * docker-compose.yml, `npm run start:api`, `npm start` and the benchmark (`test/compose.spec.ts`
 * holds the first three to this list). Without a cap V8 sizes the old generation from the
 * machine's memory and collects late: under the benchmark's load the API reached 419–433 MiB of
 * RSS with under 100 MiB of its heap in use; capped, 248–261 MiB through the reads, writes and
 * reports (308 MiB in a sign-in flood, argon2's memory outside the heap; docs/benchmarks.md, ADR 0025).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=200', '--max-semi-space-size=32'];
