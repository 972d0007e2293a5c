import { expect, it } from 'vitest';
import { drag, useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** The journey, screen by screen, as the people who use the product do it. */
it('signs up, creates a job, adds a candidate, drags them to Screening, schedules an interview, has the interviewer score it, and shows the funnel change', async () => {
  const recruiter = await env.newPage();
  await recruiter.goto('/signup');
  await recruiter.getByLabel('Organisation name').fill('Journey Robotics');
  await recruiter.getByLabel('Your name').fill('Rita Recruiter');
  await recruiter.getByLabel('Work email').fill('rita@journey.example');
  await recruiter.getByLabel('Password').fill('a long enough password');
  await recruiter.getByRole('button', { name: 'Create organisation' }).click();
  await recruiter.waitForURL('**/jobs');

  // An interviewer joins the team (arranged through the API: the invitation screens have their own test).
  const login = (await (
    await fetch(`${env.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'rita@journey.example', password: 'a long enough password' }),
    })
  ).json()) as { accessToken: string };
  const invitation = (await (
    await fetch(`${env.baseUrl}/api/v1/users/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
      body: JSON.stringify({ name: 'Ivan Interviewer', email: 'ivan@journey.example', role: 'interviewer' }),
    })
  ).json()) as { invitationUrl: string };
  const token = new URL(invitation.invitationUrl).searchParams.get('token');
  const accepted = await fetch(`${env.baseUrl}/api/v1/auth/accept-invitation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: 'ivan password 2026' }),
  });
  expect(accepted.status).toBe(200);

  // A job, through its form, with the default pipeline.
  await recruiter.getByRole('link', { name: 'New job' }).click();
  await expect.poll(() => recruiter.getByRole('heading', { level: 1 }).textContent()).toBe('New job');
  await recruiter.getByLabel('Title', { exact: true }).fill('Robotics Engineer');
  await recruiter.getByLabel('Department').fill('Engineering');
  await recruiter.getByLabel('Location').fill('Lyon');
  await recruiter.getByLabel('Employment type').selectOption({ label: 'Full time' });
  await recruiter.getByRole('button', { name: 'Create job' }).click();
  await expect.poll(() => recruiter.url(), { timeout: 30_000 }).toMatch(/\/jobs\/[0-9a-f-]{36}$/);
  const boardPage = recruiter.url();
  // A new job is a draft: it takes applications once opened.
  await recruiter.getByRole('button', { name: 'Open job' }).click();

  // A candidate, added from the board and applied to the job at once.
  await recruiter.getByRole('link', { name: 'Add candidate' }).click();
  await recruiter.getByLabel('First name').fill('Ada');
  await recruiter.getByLabel('Last name').fill('Lovelace');
  await recruiter.getByLabel('Email').fill('ada@lovelace.example');
  await recruiter.getByRole('button', { name: 'Add candidate' }).click();
  await recruiter.waitForURL(/\/candidates\/[0-9a-f-]+/);
  const candidatePage = recruiter.url();

  // The board: drag the card to Screening.
  await recruiter.goto(boardPage);
  const card = recruiter.getByRole('article', { name: 'Ada Lovelace' });
  await card.waitFor();
  await drag(recruiter, card, recruiter.getByRole('region', { name: /^Screening \d/ }));
  await expect
    .poll(() =>
      recruiter
        .getByRole('region', { name: /^Screening \d/ })
        .getByRole('article', { name: 'Ada Lovelace' })
        .count(),
    )
    .toBe(1);
  await env.screenshot(recruiter, 'journey-board');

  // An interview, scheduled from the candidate page with Ivan on the panel.
  await recruiter.goto(candidatePage);
  await recruiter.getByRole('button', { name: 'Schedule interview' }).click();
  const dialog = recruiter.getByRole('dialog', { name: /Schedule an interview with/ });
  await dialog.getByLabel('Date').fill(tomorrow());
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel(/Ivan Interviewer/).check();
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  // Ivan signs in, finds it on his agenda, and submits his scorecard.
  const interviewer = await env.newPage();
  await interviewer.goto('/login');
  await interviewer.getByLabel('Email').fill('ivan@journey.example');
  await interviewer.getByLabel('Password').fill('ivan password 2026');
  await interviewer.getByRole('button', { name: 'Sign in' }).click();
  await interviewer.waitForURL('**/jobs');
  await interviewer.goto('/interviews');
  await interviewer
    .getByRole('region', { name: 'Upcoming interviews' })
    .getByRole('link', { name: /Interview/ })
    .first()
    .click();
  await interviewer.waitForURL(/\/interviews\/[0-9a-f-]+$/);
  await interviewer.goto(`${interviewer.url()}/scorecard`);
  await interviewer.getByRole('group', { name: 'Overall recommendation' }).waitFor();
  for (const yes of await interviewer.getByRole('radio', { name: 'Yes', exact: true }).all()) await yes.check();
  await interviewer.getByLabel('Notes', { exact: true }).fill('Clear thinking about trade-offs.');
  await interviewer.getByRole('button', { name: 'Submit scorecard' }).click();
  await interviewer.getByRole('listitem', { name: 'Scorecard by Ivan Interviewer' }).waitFor();

  // The funnel now counts Ada as having reached Screening.
  await recruiter.goto('/reports');
  const screening = recruiter.getByRole('table', { name: 'Funnel' }).getByRole('row', { name: /^Screening / });
  await expect.poll(() => screening.getByRole('cell').first().textContent()).toBe('1');
  await env.screenshot(recruiter, 'journey-funnel');
  await recruiter.context().close();
  await interviewer.context().close();
}, 180_000);
