/**
 * Demo organisation for a first look at the product: one user per role, three open jobs and a few
 * hundred candidates spread over their pipelines, created through the product's own API (in
 * process), so every row, history entry and outbox event is what real use would leave.
 */
import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-api-app.js';

export const DEMO_SLUG = 'demo-robotics';
export const DEMO_PASSWORD = 'demo password 2026';

export interface DemoCredentials {
  organizationSlug: string;
  users: { role: string; email: string; password: string }[];
  jobs: number;
  candidates: number;
  applications: number;
}

const firstNames = [
  'Ada',
  'Alan',
  'Barbara',
  'Claude',
  'Donald',
  'Edsger',
  'Frances',
  'Grace',
  'Hedy',
  'Ivan',
  'Jean',
  'Ken',
  'Leslie',
  'Margaret',
  'Niklaus',
  'Radia',
  'Shafi',
  'Tim',
  'Vint',
  'Whitfield',
];
const lastNames = [
  'Lovelace',
  'Turing',
  'Liskov',
  'Shannon',
  'Knuth',
  'Dijkstra',
  'Allen',
  'Hopper',
  'Lamarr',
  'Sutherland',
  'Sammet',
  'Thompson',
  'Lamport',
  'Hamilton',
  'Wirth',
  'Perlman',
  'Goldwasser',
  'Berners-Lee',
  'Cerf',
  'Diffie',
];
const skills = ['typescript', 'go', 'rust', 'postgres', 'kubernetes', 'react', 'python', 'distributed-systems', 'security', 'embedded'];
const sources = ['career_site', 'referral', 'job_board', 'agency', 'sourced'] as const;

/** Deterministic, so two demo databases look alike. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

export async function seedDemo(config: AppConfig, candidateCount = 300): Promise<DemoCredentials | undefined> {
  // In-process and for seeding only: the per-user limit would otherwise throttle the script itself.
  const app = await createApiApp({
    ...config,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: 1_000_000,
    PUBLIC_RATE_LIMIT_PER_MINUTE: 1_000_000,
  });
  await app.init();
  try {
    const [{ exists }] = await app
      .get(DataSource)
      .query(`SELECT EXISTS (SELECT 1 FROM organizations WHERE slug = $1) AS exists`, [DEMO_SLUG]);
    if (exists) return undefined;
    return await populate(app, candidateCount);
  } finally {
    await app.close();
  }
}

async function populate(app: NestFastifyApplication, candidateCount: number): Promise<DemoCredentials> {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const request = async (method: string, url: string, token: string | undefined, body?: unknown) => {
    const response = await app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      payload: body as never,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (response.statusCode >= 400) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.body ? JSON.parse(response.body) : undefined;
  };

  const admin = await request('POST', '/auth/signup', undefined, {
    organizationName: 'Demo Robotics',
    name: 'Avery Admin',
    email: 'admin@demo.example',
    password: DEMO_PASSWORD,
  });
  const token = admin.accessToken as string;
  const users = [{ role: 'admin', email: 'admin@demo.example', password: DEMO_PASSWORD }];
  const members: Record<string, string> = {};
  for (const [role, name] of [
    ['recruiter', 'Riley Recruiter'],
    ['hiring_manager', 'Morgan Manager'],
    ['interviewer', 'Ira Interviewer'],
  ] as const) {
    const email = `${role.replace('_', '-')}@demo.example`;
    const invitation = await request('POST', '/users/invitations', token, { email, name, role });
    const accepted = await request('POST', '/auth/accept-invitation', undefined, {
      token: new URL(invitation.invitationUrl).searchParams.get('token'),
      password: DEMO_PASSWORD,
    });
    members[role] = accepted.user.id;
    users.push({ role, email, password: DEMO_PASSWORD });
  }

  const jobs: { id: string; stages: { id: string }[] }[] = [];
  for (const [title, department, location] of [
    ['Senior Backend Engineer', 'Engineering', 'Berlin or remote'],
    ['Robotics Firmware Engineer', 'Hardware', 'Munich'],
    ['Product Designer', 'Design', 'Remote (EU)'],
  ] as const) {
    const job = await request('POST', '/jobs', token, {
      title,
      department,
      location,
      employmentType: 'full_time',
      hiringManagerId: members.hiring_manager,
      recruiterIds: [members.recruiter],
      description: `We are hiring a ${title}.`,
    });
    await request('PATCH', `/jobs/${job.id}`, token, { status: 'open' });
    jobs.push(job);
  }
  const reasons = (await request('GET', '/rejection-reasons', token)) as { id: string; type: string }[];
  const rejection = reasons.find((reason) => reason.type === 'we_rejected')!;
  const withdrawal = reasons.find((reason) => reason.type === 'they_withdrew')!;

  // Every random choice is made first, in order, so the data does not depend on request timing.
  const plans = Array.from({ length: candidateCount }, (_, index) => {
    const firstName = pick(firstNames);
    const lastName = pick(lastNames);
    const job = jobs[index % jobs.length];
    return {
      job,
      candidate: {
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${index}@candidates.example`.toLowerCase(),
        source: pick(sources),
        tags: [pick(skills), pick(skills)],
        resumeText: `${firstName} ${lastName}: ${3 + Math.floor(next() * 12)} years of ${pick(skills)} and ${pick(skills)}.`,
      },
      // Spread over the pipeline, leaning to the early stages as real funnels do.
      depth: Math.floor(next() ** 2 * (job.stages.length - 1)),
      fate: next(),
    };
  });
  const seedOne = async ({ job, candidate: fields, depth, fate }: (typeof plans)[number]) => {
    const candidate = await request('POST', '/candidates', token, fields);
    const application = await request('POST', '/applications', token, { candidateId: candidate.id, jobId: job.id });
    for (let stage = 1; stage <= depth; stage++) {
      await request('POST', `/applications/${application.id}/move`, token, { toStageId: job.stages[stage].id });
    }
    const open = depth < job.stages.length - 1;
    if (open && fate < 0.15) await request('POST', `/applications/${application.id}/reject`, token, { reasonId: rejection.id });
    else if (open && fate < 0.2) await request('POST', `/applications/${application.id}/withdraw`, token, { reasonId: withdrawal.id });
  };
  // A few candidates at a time: the requests wait on PostgreSQL, not on the CPU.
  const lanes = 4;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let index = lane; index < plans.length; index += lanes) await seedOne(plans[index]!);
    }),
  );
  return { organizationSlug: DEMO_SLUG, users, jobs: jobs.length, candidates: candidateCount, applications: candidateCount };
}

export function describeDemo(demo: DemoCredentials): string {
  return [
    `Demo organisation "${demo.organizationSlug}": ${demo.jobs} open jobs, ${demo.candidates} candidates, ${demo.applications} applications.`,
    'Sign in with any of these (same password):',
    ...demo.users.map((user) => `  ${user.role.padEnd(15)} ${user.email.padEnd(32)} ${user.password}`),
  ].join('\n');
}
