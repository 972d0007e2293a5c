import type { Locator, Page } from 'playwright-core';
import pg from 'pg';
import { expect, it } from 'vitest';
import { drag, useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

/** The API as the test arranges data with it: JSON in, JSON out, the admin's bearer token. */
function apiOf(token: string) {
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

const PASSWORD = 'a long enough password';

/** A new organisation through the API; its admin's API, to arrange data. */
async function signUp(organizationName: string, email: string) {
  const response = await fetch(`${env.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizationName, name: 'Rita Recruiter', email, password: PASSWORD }),
  });
  expect(response.status).toBe(201);
  return apiOf(((await response.json()) as { accessToken: string }).accessToken);
}

async function signIn(email: string): Promise<Page> {
  const page = await env.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
  return page;
}

const people = [
  ['Ada', 'Lovelace', ['python', 'remote']],
  ['Grace', 'Hopper', ['cobol']],
  ['Alan', 'Turing', ['math', 'crypto']],
  ['Barbara', 'Liskov', ['clu']],
  ['Linus', 'Torvalds', ['c', 'kernel']],
  ['Margaret', 'Hamilton', ['apollo']],
  ['Edsger', 'Dijkstra', ['algol']],
  ['Donald', 'Knuth', ['tex', 'typesetting']],
  ['Frances', 'Allen', ['compilers']],
  ['Ken', 'Thompson', ['unix', 'go']],
  ['Radia', 'Perlman', ['networks']],
  ['John', 'Backus', ['fortran']],
  ['Katherine', 'Johnson', ['orbits']],
] as const;

const column = (page: Page, stage: string): Locator => page.getByRole('region', { name: new RegExp(`^${stage} \\d`) });

it('creates a job with a custom stage, runs its board by mouse, keyboard and menu, rejects with a reason, rolls back a conflicting move, and edits the pipeline', async () => {
  const call = await signUp('Board Robotics', 'rita@board.example');
  await call('POST', '/jobs', { title: 'Office Manager', department: 'Operations', location: 'Lyon', employmentType: 'full_time' });
  const support = await call<{ id: string }>('POST', '/jobs', { title: 'Support Engineer', department: 'Customer', location: 'Remote' });
  await call('PATCH', `/jobs/${support.id}`, { status: 'open' });

  const page = await signIn('rita@board.example');
  await expect.poll(() => page.getByRole('table').getByRole('link', { name: 'Support Engineer', exact: true }).count()).toBe(1);
  await page.getByRole('link', { name: 'Open', exact: true }).click();
  await expect.poll(() => page.getByRole('link', { name: 'Office Manager', exact: true }).count()).toBe(0);
  await page.getByRole('link', { name: 'All', exact: true }).click();

  // The job, through the form: the default pipeline plus a custom stage moved up before the offer.
  await page.getByRole('link', { name: 'New job' }).click();
  // The form loads on first visit; until then the list (and its "Search job titles" box) is shown.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('New job');
  await page.getByLabel('Title', { exact: true }).fill('Platform Engineer');
  await page.getByLabel('Department').fill('Engineering');
  await page.getByLabel('Location').fill('Berlin or remote');
  await page.getByLabel('Employment type').selectOption({ label: 'Full time' });
  await page.getByLabel('Description').fill('Run the platform our product teams build on.');
  await page.getByRole('button', { name: 'Add stage' }).click();
  const custom = page.getByRole('group', { name: 'Stage 5', exact: true });
  // The new stage's name takes the focus, so the keyboard user types straight away.
  await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe(await custom.getByLabel('Name').getAttribute('id'));
  await custom.getByLabel('Name').fill('Take-home review');
  await custom.getByLabel('Kind').selectOption({ label: 'Coding challenge' });
  await custom.getByLabel('SLA days').fill('3');
  await custom.getByLabel('Scorecard attributes').fill('Code quality, Testing');
  await page.getByRole('button', { name: 'Move Take-home review up' }).click();
  await expect
    .poll(() => page.getByRole('group', { name: 'Stage 4', exact: true }).getByLabel('Name').inputValue())
    .toBe('Take-home review');
  // The moved button keeps the focus, so pressing again moves it again.
  expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Move Take-home review up');
  await page.getByRole('button', { name: 'Move Take-home review down' }).click();
  await page.getByRole('button', { name: 'Move Take-home review up' }).click();
  // A taller window for the picture: the job's fields and its whole pipeline at once.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.evaluate('window.scrollTo(0, 0)');
  await env.screenshot(page, 'job-edit');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/jobs\/[0-9a-f-]{36}$/);
  const jobId = page.url().split('/').at(-1)!;
  const job = await call<{
    status: string;
    stages: { id: string; name: string; kind: string; slaDays: number | null; scorecardAttributes: string[] }[];
  }>('GET', `/jobs/${jobId}`);
  expect(job.stages.map((stage) => stage.name)).toEqual([
    'Applied',
    'Screening',
    'Technical interview',
    'Take-home review',
    'Offer',
    'Hired',
  ]);
  expect(job.stages[3]).toMatchObject({ kind: 'coding_challenge', slaDays: 3, scorecardAttributes: ['Code quality', 'Testing'] });

  // A draft takes no applications: open it from the board.
  await page.getByRole('button', { name: 'Open job' }).click();
  await expect.poll(async () => (await call<{ status: string }>('GET', `/jobs/${jobId}`)).status).toBe('open');

  const stageId = Object.fromEntries(job.stages.map((stage) => [stage.name, stage.id]));
  const applications: Record<string, { id: string }> = {};
  for (const [index, [firstName, lastName, tags]] of people.entries()) {
    const candidate = await call<{ id: string }>('POST', '/candidates', {
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@candidates.example`,
      tags: [...tags],
      source: 'referral',
    });
    const application = await call<{ id: string }>('POST', '/applications', { candidateId: candidate.id, jobId });
    applications[firstName] = application;
    const stage =
      index >= 9 ? 'Offer' : index >= 8 ? 'Take-home review' : index >= 7 ? 'Technical interview' : index >= 5 ? 'Screening' : 'Applied';
    if (stage !== 'Applied') await call('POST', `/applications/${application.id}/move`, { toStageId: stageId[stage] });
  }
  await page.reload();
  await expect.poll(() => column(page, 'Applied').getByRole('article').count()).toBe(5);
  expect(await column(page, 'Applied').getByRole('heading').textContent()).toBe('Applied 5 candidates');
  expect(await column(page, 'Offer').getByRole('article').count()).toBe(4);
  expect(await column(page, 'Hired').textContent()).toContain('No candidates in this stage.');
  const ada = column(page, 'Applied').getByRole('article', { name: 'Ada Lovelace' });
  expect(await ada.textContent()).toContain('Entered today');
  expect(await ada.getByRole('list', { name: 'Tags' }).textContent()).toBe('pythonremote');
  expect(await ada.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe(
    `/candidates/${(await call<{ candidate: { id: string } }>('GET', `/applications/${applications.Ada!.id}`)).candidate.id}?application=${applications.Ada!.id}`,
  );
  await env.screenshot(page, 'board');

  const stageOf = async (name: string) =>
    await call<{ stage: { name: string }; status: string }>('GET', `/applications/${applications[name]!.id}`);

  // Mouse: drag Ada from Applied to Screening.
  await drag(page, ada, column(page, 'Screening'));
  await expect.poll(() => column(page, 'Screening').getByRole('article', { name: 'Ada Lovelace' }).count()).toBe(1);
  expect(await column(page, 'Applied').getByRole('heading').textContent()).toBe('Applied 4 candidates');
  await expect.poll(async () => (await stageOf('Ada')).stage.name).toBe('Screening');

  // Keyboard drag: the handle, space, right arrow, space; the card keeps the focus in its new stage.
  await column(page, 'Applied').getByRole('button', { name: 'Drag Alan Turing' }).focus();
  // Each key waits for the board's announcement of the previous one, as a screen reader user hears it.
  const announced = () => page.locator('[id^="DndLiveRegion"]').textContent();
  await page.keyboard.press('Space');
  await expect.poll(announced).toBe('Picked up Alan Turing, in Applied.');
  await page.keyboard.press('ArrowRight');
  await expect.poll(announced).toBe('Alan Turing is over Screening.');
  await page.keyboard.press('Space');
  await expect.poll(announced).toBe('Alan Turing was dropped in Screening.');
  await expect.poll(() => column(page, 'Screening').getByRole('article', { name: 'Alan Turing' }).count()).toBe(1);
  await expect.poll(async () => (await stageOf('Alan')).stage.name).toBe('Screening');
  await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe('Drag Alan Turing');
  expect(await page.locator('#DndLiveRegion-0, [id^="DndLiveRegion"]').first().textContent()).toContain(
    'Alan Turing was dropped in Screening',
  );

  // The menu: no dragging at all.
  await page.getByRole('button', { name: 'Move Grace Hopper to another stage' }).click();
  await page.getByRole('dialog', { name: 'Move Grace Hopper' }).getByRole('button', { name: 'Move to Technical interview' }).click();
  await expect.poll(() => column(page, 'Technical interview').getByRole('article', { name: 'Grace Hopper' }).count()).toBe(1);
  await expect.poll(async () => (await stageOf('Grace')).stage.name).toBe('Technical interview');

  // Reject with a reason, from the card.
  await page.getByRole('button', { name: 'Reject Linus Torvalds' }).click();
  const reject = page.getByRole('dialog', { name: 'Reject Linus Torvalds' });
  await reject.getByLabel('Reason').selectOption({ label: 'Skills mismatch' });
  await reject.getByLabel('Note (optional)').fill('Looking for more distributed systems depth.');
  await reject.getByLabel('Notify the candidate by email').check();
  await reject.getByRole('button', { name: 'Reject application' }).click();
  await expect.poll(() => page.getByRole('article', { name: 'Linus Torvalds' }).count()).toBe(0);
  const linus = await call<{ status: string; rejectionReason: { name: string } }>('GET', `/applications/${applications.Linus!.id}`);
  expect(linus).toMatchObject({ status: 'rejected', rejectionReason: { name: 'Skills mismatch' } });

  // Someone else moves Barbara first: the board's move conflicts, the card goes back, and says why.
  await call('POST', `/applications/${applications.Barbara!.id}/move`, { toStageId: stageId.Offer });
  await page.getByRole('button', { name: 'Move Barbara Liskov to another stage' }).click();
  await page.getByRole('dialog', { name: 'Move Barbara Liskov' }).getByRole('button', { name: 'Move to Screening' }).click();
  await expect
    .poll(() => page.getByRole('alert').filter({ hasText: 'Barbara Liskov was not moved' }).textContent())
    .toContain('someone else changed this application since the board was loaded');
  // The board reloads: Barbara shows where the other person put her.
  await expect.poll(() => column(page, 'Offer').getByRole('article', { name: 'Barbara Liskov' }).count()).toBe(1);
  expect(await column(page, 'Screening').getByRole('article', { name: 'Barbara Liskov' }).count()).toBe(0);
  expect((await stageOf('Barbara')).stage.name).toBe('Offer');

  // Editing the pipeline of a job in use: a stage with candidates in it cannot go, and the form says so.
  await page.getByRole('link', { name: 'Edit job' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Edit Platform Engineer');
  await page.getByRole('button', { name: 'Remove Screening' }).click();
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect
    .poll(() => page.locator('.form-error').textContent())
    .toBe('Could not remove “Screening”: 4 active application(s) are in this stage; move them first.');
  await page.reload();
  const takeHome = page.getByRole('group', { name: 'Stage 4', exact: true });
  await expect.poll(() => takeHome.getByLabel('Name').inputValue()).toBe('Take-home review');
  await takeHome.getByLabel('Name').fill('Take-home exercise');
  await page.getByRole('button', { name: 'Move Take-home exercise up' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  const added = page.getByRole('group', { name: 'Stage 6', exact: true });
  await added.getByLabel('Name').fill('Reference check');
  await added.getByLabel('SLA days').fill('2');
  await page.getByRole('button', { name: 'Move Reference check up' }).click();
  await page.getByLabel('Status').selectOption({ label: 'On hold' });
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect.poll(() => page.url()).toMatch(new RegExp(`/jobs/${jobId}$`));
  const edited = await call<{ status: string; stages: { name: string; slaDays: number | null }[] }>('GET', `/jobs/${jobId}`);
  expect(edited.status).toBe('on_hold');
  expect(edited.stages.map((stage) => stage.name)).toEqual([
    'Applied',
    'Screening',
    'Take-home exercise',
    'Technical interview',
    'Reference check',
    'Offer',
    'Hired',
  ]);
  expect(edited.stages[4]!.slaDays).toBe(2);
  await expect
    .poll(async () => (await page.locator('.board-column h2').allTextContents()).map((text) => text.replace(/ \d+ candidates?$/, '')))
    .toEqual(edited.stages.map((stage) => stage.name));

  await page.getByRole('link', { name: 'Jobs', exact: true }).click();
  await page.waitForURL('**/jobs');
  await expect.poll(() => page.getByRole('link', { name: 'Platform Engineer', exact: true }).count()).toBe(1);
  // A reload keeps the session (the cookie) and clears the notices, for a clean picture.
  await page.reload();
  await expect.poll(() => page.getByRole('link', { name: 'Platform Engineer', exact: true }).count()).toBe(1);
  await env.screenshot(page, 'jobs');
  await page.context().close();
});

it('keeps a stage of 2,000 applications light: a screenful of cards in the page, the rest loaded page by page as the column scrolls', async () => {
  const call = await signUp('Bulk Hiring', 'rita@bulk.example');
  const me = await call<{ organization: { id: string } }>('GET', '/auth/me');
  const job = await call<{ id: string; stages: { id: string; name: string }[] }>('POST', '/jobs', { title: 'Warehouse Associate' });
  await call('PATCH', `/jobs/${job.id}`, { status: 'open' });
  // 2,000 applications by the API would take most of the test's time; the rows are what the API writes.
  const client = new pg.Client({ connectionString: env.database.url });
  await client.connect();
  let first: string;
  let last: string;
  try {
    await client.query(
      `INSERT INTO candidates (organization_id, first_name, last_name, email, email_normalized, tags)
       SELECT $1, 'Bulk', lpad(n::text, 4, '0'), 'bulk' || n || '@bulk.example', 'bulk' || n || '@bulk.example', ARRAY['forklift']
         FROM generate_series(1, 2000) AS n`,
      [me.organization.id],
    );
    await client.query(
      `INSERT INTO applications (organization_id, candidate_id, job_id, stage_id)
       SELECT $1, id, $2, $3 FROM candidates WHERE organization_id = $1`,
      [me.organization.id, job.id, job.stages[0]!.id],
    );
    // The board pages by application id; which candidates come first and last is the database's to say.
    const ends = await client.query<{ name: string }>(
      `(SELECT c.first_name || ' ' || c.last_name AS name FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = $1 ORDER BY a.id LIMIT 1)
       UNION ALL
       (SELECT c.first_name || ' ' || c.last_name FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = $1 ORDER BY a.id DESC LIMIT 1)`,
      [job.id],
    );
    [first, last] = ends.rows.map((row) => row.name) as [string, string];
  } finally {
    await client.end();
  }

  const page = await signIn('rita@bulk.example');
  await page.goto(`/jobs/${job.id}`);
  const applied = column(page, 'Applied');
  await expect.poll(() => applied.getByRole('heading').textContent()).toBe('Applied 2,000 candidates');
  const rendered = () => applied.getByRole('article').count();
  expect(await rendered()).toBeLessThan(20);
  expect(await applied.getByRole('article', { name: first }).count()).toBe(1);

  // Scroll to the end of the column again and again: each time the next page comes in.
  await applied.getByRole('article', { name: first }).hover();
  let scrolls = 0;
  while ((await applied.getByRole('article', { name: last }).count()) === 0 && scrolls < 300) {
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(100);
    scrolls += 1;
  }
  expect(await applied.getByRole('article', { name: last }).count()).toBe(1);
  expect(await rendered()).toBeLessThan(20);
  console.log(`2,000 cards: reached the last after ${scrolls} scrolls, ${await rendered()} cards in the DOM`);
  await page.context().close();
});
