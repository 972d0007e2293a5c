import { expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';
import { arrange, signIn, shows } from './interviews-arrange.js';

const env = useBrowserEnvironment();

/** A whole hour, `hours` from now (negative: in the past). */
const hourFromNow = (hours: number) => {
  const date = new Date(Date.now() + hours * 3_600_000);
  date.setUTCMinutes(0, 0, 0);
  return date.toISOString();
};

it('shows an interview to its recruiter, and lets an interviewer find it in their agenda, score it blind, then see the others’ scores', async () => {
  const given = arrange(env);
  const rita = await given.organization('Interview Robotics', 'Rita Recruiter');
  const [ada, bob] = [await given.member(rita, 'interviewer', 'Ada Lovelace'), await given.member(rita, 'interviewer', 'Bob Builder')];
  const { applicationId } = await given.application(rita, { firstName: 'Grace', lastName: 'Hopper' }, 'technical_interview');
  const schedule = (title: string, startsAt: string, panel: string[]) =>
    given.call('POST', '/interviews', rita, {
      applicationId,
      title,
      startsAt,
      durationMinutes: 60,
      timezone: 'Europe/Paris',
      location: 'Room 4',
      interviewerIds: panel,
    });
  const past = await schedule('Technical interview', hourFromNow(-3), [ada.id, bob.id]);
  await schedule('System design', hourFromNow(26), [ada.id]);
  await given.call('POST', `/interviews/${past.id}/scorecards`, bob, {
    ratings: [{ attribute: 'Problem solving', rating: 'yes', note: 'Solid recursion.' }],
    recommendation: 'yes',
    notes: 'Would work with her.',
  });

  // The recruiter sees the interview, what they can do with it, and every scorecard.
  const recruiter = await signIn(env, rita);
  await recruiter.goto(`/interviews/${past.id}`);
  await shows(recruiter, 'Technical interview with Grace Hopper');
  await shows(recruiter, 'Ada Lovelace, Bob Builder');
  expect(await recruiter.getByRole('button', { name: 'Mark completed' }).isVisible()).toBe(true);
  expect(await recruiter.getByRole('button', { name: 'Cancel interview' }).isVisible()).toBe(true);
  await shows(recruiter, 'Still to submit: Ada Lovelace.');
  expect(await recruiter.getByRole('listitem', { name: 'Scorecard by Bob Builder' }).textContent()).toContain('Solid recursion.');
  await env.screenshot(recruiter, 'interview');
  await recruiter.context().close();

  // The interviewer's agenda, by day in their timezone, with the scorecard they owe.
  const interviewer = await signIn(env, ada);
  await interviewer.getByRole('link', { name: 'My interviews' }).click();
  await interviewer.waitForURL('**/interviews');
  const upcoming = interviewer.getByRole('region', { name: 'Upcoming interviews' });
  const pastList = interviewer.getByRole('region', { name: 'Past interviews' });
  await expect.poll(() => upcoming.textContent()).toContain('System design');
  await expect.poll(() => pastList.textContent()).toContain('Technical interview');
  expect(await upcoming.getByRole('link', { name: 'Submit scorecard' }).count()).toBe(0);
  await env.screenshot(interviewer, 'my-interviews');

  // Blind: nothing of Bob's until Ada has scored.
  await pastList.getByRole('link', { name: 'Technical interview' }).click();
  await shows(interviewer, /Other scorecards are hidden until you submit your own/);
  expect(await interviewer.getByText('Solid recursion.').count()).toBe(0);
  await interviewer.getByRole('link', { name: 'Submit scorecard' }).click();
  await interviewer.waitForURL(`**/interviews/${past.id}/scorecard`);

  for (const [attribute, rating] of [
    ['Problem solving', 'Strong yes'],
    ['Technical depth', 'Yes'],
    ['Communication', 'Not assessed'],
  ] as const) {
    await interviewer.getByRole('group', { name: attribute }).getByLabel(rating, { exact: true }).check();
  }
  await interviewer.getByLabel('Note on Problem solving').fill('Found the O(n) solution unprompted.');
  await interviewer.getByRole('group', { name: 'Overall recommendation' }).getByLabel('Strong yes', { exact: true }).check();
  await interviewer.getByLabel('Notes', { exact: true }).fill('Hire.');
  await interviewer.evaluate('window.scrollTo(0, 0)');
  await env.screenshot(interviewer, 'scorecard');
  await interviewer.getByRole('button', { name: 'Submit scorecard' }).click();

  await interviewer.waitForURL(`**/interviews/${past.id}`);
  await shows(interviewer, 'Scorecard submitted. You can now see the other scorecards.');
  const adas = interviewer.getByRole('listitem', { name: 'Scorecard by Ada Lovelace' });
  await expect.poll(() => adas.textContent()).toContain('Found the O(n) solution unprompted.');
  expect(await adas.textContent()).toContain('Strong yes');
  expect(await interviewer.getByRole('listitem', { name: 'Scorecard by Bob Builder' }).textContent()).toContain('Solid recursion.');
  expect(await interviewer.getByText(/Other scorecards are hidden/).count()).toBe(0);

  // Scored: the agenda no longer asks for it, and the form says so.
  await interviewer.goto('/interviews');
  await expect.poll(() => pastList.textContent()).toContain('Scorecard submitted');
  expect(await interviewer.getByRole('link', { name: 'Submit scorecard' }).count()).toBe(0);
  await interviewer.goto(`/interviews/${past.id}/scorecard`);
  await shows(interviewer, 'You have submitted your scorecard for this interview.');

  // Amending one's own scorecard starts from what was submitted.
  await interviewer.getByRole('button', { name: 'Amend your scorecard' }).click();
  const problemSolving = interviewer.getByRole('group', { name: 'Problem solving' });
  expect(await problemSolving.getByLabel('Strong yes', { exact: true }).isChecked()).toBe(true);
  expect(await interviewer.getByLabel('Note on Problem solving').inputValue()).toBe('Found the O(n) solution unprompted.');
  await interviewer.getByRole('group', { name: 'Overall recommendation' }).getByLabel('Yes', { exact: true }).check();
  await interviewer.getByRole('button', { name: 'Save changes' }).click();
  await interviewer.waitForURL(`**/interviews/${past.id}`);
  await shows(interviewer, 'Scorecard updated.');
  const [amended] = (
    await given.call<{ scorecards: { author: { id: string }; recommendation: string }[] }>(
      'GET',
      `/applications/${applicationId}/scorecards`,
      rita,
    )
  ).scorecards.filter((card) => card.author.id === ada.id);
  expect(amended!.recommendation).toBe('yes');
  await interviewer.context().close();
});
