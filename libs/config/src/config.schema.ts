import { z } from 'zod';

/** Secrets outside production fall back to these; production refuses to start without real ones. */
const developmentSecrets = {
  JWT_ACCESS_SECRET: 'dev-access-secret-change-me-0123456789abcdef',
  JWT_REFRESH_SECRET: 'dev-refresh-secret-change-me-0123456789abcdef',
} as const;

const secret = z.string().min(32, 'must be at least 32 characters').optional();

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const port = z.coerce.number().int().min(0).max(65_535);

/**
 * Every environment variable the product reads, validated once at boot. `configDocumentation`
 * below describes each one; a test checks that README.md's configuration table lists them all.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(3000),
  WORKER_PORT: port.default(3001),
  APP_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/hiring_pipeline'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MIGRATIONS_RUN: booleanFromEnv.default(true),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, "-" and "_" only')
    .default('hp'),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Hiring Pipeline <no-reply@hiring-pipeline.local>'),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(120),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  MAIL_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  JWT_ACCESS_SECRET: secret,
  JWT_REFRESH_SECRET: secret,
  ALLOW_SIGNUP: booleanFromEnv.default(true),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1_440).default(15),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+)$/, 'true, false or a number of proxy hops')
    .default('false')
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : Number(value))),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUEUE_DASHBOARD_ORGANIZATION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'an organisation slug: lower-case letters, digits and "-"')
    .optional(),
  QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  REMINDER_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  REMINDER_QUEUE_HORIZON_MINUTES: z.coerce.number().int().min(1).max(1_440).default(60),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  OUTBOX_REDELIVER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  STORAGE_DIR: z.string().trim().min(1).default('./storage/files'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3–63 lower-case letters, digits, "." and "-"')
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a region name such as eu-central-1')
    .default('us-east-1'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
});

export const configSchema = environmentSchema
  .superRefine((env, context) => {
    // S3 keys come as a pair; neither means the SDK's default chain (an IAM role, AWS_* variables).
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
      const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message: 'must be set too: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
      });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of Object.keys(developmentSecrets) as (keyof typeof developmentSecrets)[]) {
      if (!env[key]) context.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
    }
  })
  .transform((env) => ({
    ...env,
    JWT_ACCESS_SECRET: env.JWT_ACCESS_SECRET ?? developmentSecrets.JWT_ACCESS_SECRET,
    JWT_REFRESH_SECRET: env.JWT_REFRESH_SECRET ?? developmentSecrets.JWT_REFRESH_SECRET,
  }));

export const configVariableNames = Object.keys(environmentSchema.shape) as (keyof z.input<typeof environmentSchema>)[];

export type AppConfig = z.output<typeof configSchema>;
export type ConfigKey = keyof AppConfig;

/** Never logged, never printed: shown as `[redacted]` wherever the configuration is displayed. */
export const sensitiveConfigKeys: ReadonlySet<ConfigKey> = new Set<ConfigKey>([
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'JWT_ACCESS_SECRET',
  'JWT_REFRESH_SECRET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
]);

export const configDocumentation: Record<ConfigKey, string> = {
  NODE_ENV: '`development`, `test` or `production`. Production requires every secret and never seeds or auto-creates databases.',
  PORT: 'HTTP port of the API.',
  WORKER_PORT: 'HTTP port of the worker for `/health/*` and `/metrics`.',
  APP_URL: 'Public base URL of the web app, used in links that emails carry.',
  DATABASE_URL: 'PostgreSQL connection URL. Outside production the database is created when missing.',
  DATABASE_POOL_SIZE: 'Connections per process in the PostgreSQL pool.',
  MIGRATIONS_RUN:
    'Apply pending migrations when the API or the worker starts (under an advisory lock, so they run once). Set `false` when migrating in a separate release step.',
  REDIS_URL: 'Redis connection URL for the queues.',
  QUEUE_PREFIX: 'Prefix of every queue key in Redis; lets several installs (or test files) share one Redis.',
  SMTP_URL:
    'SMTP server for outgoing mail, e.g. `smtp://user:pass@host:587`. When unset, `npm start` runs a local MailDev inbox and uses it.',
  MAIL_FROM: 'Sender of every email.',
  MAIL_MAX_ATTEMPTS: 'Sending attempts per email before it is marked `failed`.',
  MAIL_LEASE_SECONDS: 'How long a worker owns an email it is sending; a claim older than this (a crashed worker) is retried.',
  MAIL_RETRY_BASE_MS: 'First retry delay after a failed SMTP attempt; each further retry doubles it (with jitter), up to one hour.',
  MAIL_SWEEP_INTERVAL_MS: 'How often the worker re-queues emails that are due but have no queue job (a crash, or Redis lost its data).',
  JWT_ACCESS_SECRET: 'Secret that signs access tokens (at least 32 characters; required in production).',
  JWT_REFRESH_SECRET: 'Secret for refresh-token hashing (at least 32 characters; required in production).',
  ALLOW_SIGNUP:
    'Open sign-up (`POST /auth/signup`). Set `false` on a self-hosted install; create the first organisation with `npm run create-org`.',
  ACCESS_TOKEN_TTL_SECONDS: 'Lifetime of an access token (JWT).',
  REFRESH_TOKEN_TTL_DAYS: 'Lifetime of a session (its refresh tokens rotate on every use).',
  RATE_LIMIT_PER_MINUTE: 'Requests per minute per signed-in user; beyond it, 429 with `RateLimit-*` headers.',
  PUBLIC_RATE_LIMIT_PER_MINUTE: 'Requests per minute per IP address to the public routes (login, sign-up, password reset, career site).',
  LOGIN_MAX_FAILURES: 'Failed logins for one account before further attempts get 429, whatever the IP.',
  LOGIN_LOCKOUT_MINUTES: 'The window in which failed logins are counted, and how long the lock lasts.',
  TRUST_PROXY:
    'Behind a load balancer, `true` or the number of proxy hops, so the client IP (rate limits, audit) comes from `X-Forwarded-For`. Keep `false` when clients connect directly: the header could be forged.',
  CORS_ORIGINS: 'Comma-separated origins allowed by CORS; empty allows none (same-origin only).',
  LOG_LEVEL: 'pino log level.',
  QUEUE_DASHBOARD_ORGANIZATION:
    "Slug of the operator organisation whose admins may open the queue dashboard (`/admin/queues`), which shows every organisation's queue jobs. Unset: only while the install has a single organisation.",
  QUEUE_STALLED_INTERVAL_MS:
    'How often a worker checks for queue jobs whose worker died mid-job (BullMQ stalled check); they are then run again.',
  QUEUE_LOCK_DURATION_MS:
    'How long a running queue job stays owned by its worker without a renewal; a job of a killed worker is run again after at most this plus the stalled interval.',
  REMINDER_RECONCILE_INTERVAL_MS:
    'How often the reminder reconciler (one worker per period) re-queues scheduled reminders whose queue job is missing, e.g. after Redis lost its data.',
  REMINDER_QUEUE_HORIZON_MINUTES:
    'Reminders due within this many minutes are held as delayed queue jobs; later ones wait in PostgreSQL until they come within it.',
  OUTBOX_REDELIVER_INTERVAL_MS:
    'How often the worker (one per period) re-queues relayed events that no handler completed, in case Redis lost their queue jobs (at once after a Redis restart, else after a minute).',
  OUTBOX_POLL_MS: 'How often the worker looks for committed outbox events when no notification arrives.',
  OUTBOX_LEASE_SECONDS: 'How long a relay owns a claimed batch of outbox events before another relay may take it over.',
  SHUTDOWN_TIMEOUT_MS: 'On SIGTERM, how long in-flight requests and active queue jobs get to finish.',
  STORAGE_DIR:
    'Directory for uploaded files (résumés) when S3_BUCKET is unset; relative paths start at the working directory. Every API replica must see the same directory.',
  S3_BUCKET: 'Store uploaded files in this S3 (or S3-compatible) bucket instead of STORAGE_DIR.',
  S3_REGION: 'Region of the S3 bucket.',
  S3_ENDPOINT: 'Endpoint of an S3-compatible service (MinIO, Ceph, Cloudflare R2…), e.g. `http://127.0.0.1:9000`; unset for AWS.',
  S3_ACCESS_KEY_ID:
    'Access key for the bucket; with S3_SECRET_ACCESS_KEY. When both are unset the AWS SDK default chain applies (IAM role, `AWS_*` variables).',
  S3_SECRET_ACCESS_KEY: 'Secret key for the bucket; with S3_ACCESS_KEY_ID.',
  S3_FORCE_PATH_STYLE:
    'Address the bucket as `endpoint/bucket/key` rather than `bucket.endpoint/key`; most self-hosted S3-compatible services need `true`.',
};
