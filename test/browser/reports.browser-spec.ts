import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

interface Job {
  id: string;
  stages: { id: string; kind: string; name: string }[];
}

/** The public API from the test process, as the signed-in admin. */
async function call<T = any>(method: string, path: string, body?: unknown, token = admin.accessToken): Promise<T> {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

let admin: { accessToken: string };
let job: Job;
const password = 'reports password 123';

/**
 * Platform Engineer, default pipeline, five applications made today:
 *   Ada (referral) stays in Applied; Ben (referral) and Cy (career site) in Screening;
 *   Dee (career site) Screening → Technical interview; Eve (job board) Screening, then rejected.
 * Funnel: Applied reached 5 (1 now); Screening reached 4 (2 now, 1 rejected); Technical interview 1 (1 now).
 */
beforeAll(async () => {
  const response = await fetch(`${env.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizationName: 'Report Robotics', name: 'Rita Recruiter', email: 'rita@reports.example', password }),
  });
  expect(response.status).toBe(201);
  admin = (await response.json()) as { accessToken: string };
  job = await call<Job>('POST', '/jobs', { title: 'Platform Engineer', department: 'Engineering' });
  await call('PATCH', `/jobs/${job.id}`, { status: 'open' });
  await call('POST', '/jobs', { title: 'Sales Lead', department: 'Sales' });
  const stage = (kind: string) => job.stages.find((entry) => entry.kind === kind)!.id;
  const reasons = await call<{ id: string; type: string }[]>('GET', '/rejection-reasons');
  const people: [string, string, string[], boolean?][] = [
    ['Ada', 'referral', []],
    ['Ben', 'referral', ['screening']],
    ['Cy', 'career_site', ['screening']],
    ['Dee', 'career_site', ['screening', 'technical_interview']],
    ['Eve', 'job_board', ['screening'], true],
  ];
  for (const [name, source, moves, rejected] of people) {
    const candidate = await call('POST', '/candidates', {
      firstName: name,
      lastName: 'Tester',
      email: `${name.toLowerCase()}@candidates.example`,
    });
    const application = await call('POST', '/applications', { jobId: job.id, candidateId: candidate.id, source });
    for (const kind of moves) await call('POST', `/applications/${application.id}/move`, { toStageId: stage(kind) });
    if (rejected)
      await call('POST', `/applications/${application.id}/reject`, {
        reasonId: reasons.find((reason) => reason.type === 'we_rejected')!.id,
      });
  }
}, 60_000);

async function signIn(email: string) {
  const page = await env.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
  return page;
}

it("shows a job's funnel as a chart and a table of the same counts, narrows it by dates, and downloads it as CSV", async () => {
  const page = await signIn('rita@reports.example');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.waitForURL('**/reports/funnel');
  const table = page.getByRole('table', { name: 'Funnel' });
  const cellsOf = (stage: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${stage} `) })
      .getByRole('cell')
      .allTextContents();

  // Across jobs, by kind of stage: the only job with applications gives the same counts.
  await expect.poll(() => cellsOf('Screening')).toEqual(['4', '2', '1', '0', '25%']);

  await page.getByLabel('Job').selectOption({ label: 'Platform Engineer' });
  await page.waitForURL(`**/reports/funnel?job=${job.id}`);
  await expect.poll(() => cellsOf('Applied')).toEqual(['5', '1', '0', '0', '80%']);
  expect(await cellsOf('Screening')).toEqual(['4', '2', '1', '0', '25%']);
  expect(await cellsOf('Technical interview')).toEqual(['1', '1', '0', '0', '0%']);
  expect(await cellsOf('Hired')).toEqual(['0', '0', '0', '0', '—no data']);
  // The chart draws a bar per non-zero figure: Reached for 3 stages, In stage now for 3.
  await expect.poll(() => page.locator('[data-testid="report-chart"] .recharts-bar-rectangle path').count()).toBe(6);
  await expect
    .poll(() => page.locator('[data-testid="report-chart"] .recharts-legend-item-text').allTextContents())
    .toEqual(['Reached', 'In stage now']);
  await env.screenshot(page, 'reports');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('funnel.csv');
  const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(csv[0]).toBe(
    'stageId,stageName,position,kind,reached,current,rejected,withdrawn,conversionRate,filter.jobId,filter.from,filter.to',
  );
  const screening = job.stages.find((stage) => stage.kind === 'screening')!;
  expect(csv).toContain(`${screening.id},Screening,1,screening,4,2,1,0,0.25,${job.id},,`);
  expect(csv).toHaveLength(job.stages.length + 2); // header, one line per stage, and the final CRLF

  // From tomorrow on (in the user's timezone): nothing yet.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('From').fill(tomorrow);
  await expect.poll(() => page.getByText('No applications were received in this period.').isVisible()).toBe(true);
  // An end before the start: the API's refusal shows next to the field it names.
  await page.getByLabel('To').fill('2026-01-01');
  await expect.poll(() => page.getByLabel('To').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByText('To must be after `from`').isVisible()).toBe(true);
  await page.getByLabel('From').fill('');
  await page.getByLabel('To').fill('');
  await expect.poll(() => cellsOf('Screening')).toEqual(['4', '2', '1', '0', '25%']);

  // The same filters carry over to another report.
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Sources' }).click();
  await page.waitForURL(`**/reports/sources?job=${job.id}`);
  const sources = page.getByRole('table', { name: 'Sources' });
  await expect
    .poll(() =>
      sources
        .getByRole('row', { name: /^Career site / })
        .getByRole('cell')
        .allTextContents(),
    )
    .toEqual(['2', '1', '0', '0', '0%']); // Dee got past Screening, Cy is in it;

  // Every application spent time in Applied (today, so under a day); nobody has been hired.
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Time in stage' }).click();
  const times = page.getByRole('table', { name: 'Time in stage' });
  await expect
    .poll(() =>
      times
        .getByRole('row', { name: /^Applied / })
        .getByRole('cell')
        .first()
        .textContent(),
    )
    .toBe('5');
  expect(
    await times
      .getByRole('row', { name: /^Applied / })
      .getByRole('cell')
      .nth(1)
      .textContent(),
  ).toMatch(/^0(\.\d+)? days$/);
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Time to hire' }).click();
  await expect.poll(() => page.getByText('Nobody was hired in this period.').isVisible()).toBe(true);
  await page.context().close();
});

it('offers an interviewer only the interviewer report', async () => {
  const invited = await call('POST', '/users/invitations', {
    email: 'ivan@reports.example',
    name: 'Ivan Interviewer',
    role: 'interviewer',
  });
  const token = new URL(invited.invitationUrl).searchParams.get('token');
  const accepted = await fetch(`${env.baseUrl}/api/v1/auth/accept-invitation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  expect(accepted.status).toBe(200);
  const page = await env.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill('ivan@reports.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.goto('/reports');
  await page.waitForURL('**/reports/interviewers');
  await expect.poll(() => page.getByRole('navigation', { name: 'Reports' }).getByRole('link').allTextContents()).toEqual(['Interviewers']);
  await expect.poll(() => page.getByText('No interviews took place in this period.').isVisible()).toBe(true);
  await page.goto('/reports/funnel');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your role does not include this report.');
  await page.context().close();
});
