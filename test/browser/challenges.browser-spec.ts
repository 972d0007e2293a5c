import { expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';
import { arrange, shows } from './interviews-arrange.js';

const env = useBrowserEnvironment();

it('lets a candidate open the emailed challenge link without an account, see the deadline in their time, and submit once', async () => {
  const given = arrange(env);
  const rita = await given.organization('Challenge Robotics', 'Rita Recruiter');
  const ada = await given.member(rita, 'interviewer', 'Ada Lovelace');
  const email = `grace-${Date.now()}@candidate.example`;
  const { applicationId } = await given.application(rita, { firstName: 'Grace', lastName: 'Hopper', email }, 'coding_challenge');
  // 14:30 UTC is 15:30 in Paris in winter, 16:30 in summer: the candidate's browser (Europe/Paris) shows its own.
  const dueAt = new Date(Date.now() + 3 * 86_400_000);
  dueAt.setUTCHours(14, 30, 0, 0);
  await given.call('POST', `/applications/${applicationId}/challenges`, rita, {
    title: 'Rate limiter',
    instructions: 'Build a token bucket rate limiter.\nExplain your trade-offs.',
    dueAt: dueAt.toISOString(),
    reviewerIds: [ada.id],
  });

  await expect.poll(() => env.smtp.messages.some((message) => message.text?.includes('/challenges/')), { timeout: 20_000 }).toBe(true);
  const message = env.smtp.messages.find((candidate) => candidate.text?.includes('/challenges/'))!;
  const link = new URL(/https?:\/\/\S+\/challenges\/[A-Za-z0-9_-]+/.exec(message.text!)![0]);

  const page = await env.newPage();
  await page.goto(link.pathname);
  await shows(page, 'Rate limiter');
  await shows(page, 'Challenge Robotics · Backend engineer');
  await shows(page, /Explain your trade-offs/);
  const parisTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(dueAt);
  await shows(page, parisTime);
  await shows(page, '(your time, Europe/Paris)');

  // A bad URL is named next to its field, in words.
  await page.getByLabel('Repository URL').fill('github.com/grace');
  await page.getByRole('button', { name: 'Submit your work' }).click();
  await shows(page, 'Repository url must be an http(s) URL');
  expect(await page.getByLabel('Repository URL').getAttribute('aria-invalid')).toBe('true');

  await page.reload();
  await page.getByLabel('Repository URL').fill('https://github.com/grace/rate-limiter');
  await page.getByLabel('Notes').fill('Tests are in /spec.');
  await env.screenshot(page, 'challenge-public');
  await page.getByRole('button', { name: 'Submit your work' }).click();
  await shows(page, 'Your work has been submitted');
  await shows(page, /Challenge Robotics will review it/);

  // The link stays a clear dead end once used, and a wrong link says so.
  await page.reload();
  await shows(page, 'Your work has been submitted');
  await shows(page, 'We already have your submission.');
  expect(await page.getByRole('button', { name: 'Submit your work' }).count()).toBe(0);
  await page.goto('/challenges/not-a-real-token');
  await shows(page, 'This link does not work');

  const [challenge] = await given.call<{ status: string; repositoryUrl: string }[]>(
    'GET',
    `/applications/${applicationId}/challenges`,
    rita,
  );
  expect(challenge).toMatchObject({ status: 'submitted', repositoryUrl: 'https://github.com/grace/rate-limiter' });
  await page.context().close();
});
