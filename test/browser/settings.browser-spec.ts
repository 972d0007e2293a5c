import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { apiCall, type Organisation, signInThroughUi, signUp } from './account-fixtures.js';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();
let admin: Organisation;

beforeAll(async () => {
  admin = await signUp(env, 'Ada Admin');
});

async function openSettings(tab: string): Promise<Page> {
  const page = await env.newPage();
  await signInThroughUi(page, admin.user.email, admin.password);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: tab }).click();
  return page;
}

it('saves the reminder policy and retention, and shows a refused value next to its field', async () => {
  const page = await openSettings('Reminders and retention');
  await page.waitForURL('**/settings/reminder-policy');
  const digestHour = page.getByLabel('Hour of the daily digest');
  await expect.poll(() => digestHour.inputValue()).toBe('9');
  expect(await page.getByLabel('Minutes before the interview').inputValue()).toBe('1440, 60');

  await digestHour.fill('7');
  await page.getByLabel('Erase inactive candidates after (months)').fill('24');
  await page.getByLabel('Send a daily digest of candidates waiting too long').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => page.getByText('Settings saved.').count()).toBe(1);

  const saved = await apiCall<{ retentionMonths: number; reminderPolicy: { stageStale: { digestHour: number; enabled: boolean } } }>(
    env,
    admin,
    'GET',
    '/organization/settings',
  );
  expect(saved.retentionMonths).toBe(24);
  expect(saved.reminderPolicy.stageStale).toMatchObject({ digestHour: 7, enabled: false });
  await page.reload();
  await expect.poll(() => page.getByLabel('Hour of the daily digest').inputValue()).toBe('7');
  expect(await page.getByLabel('Send a daily digest of candidates waiting too long').isChecked()).toBe(false);

  // The API refuses a repeated offset; its error sits next to the field it concerns.
  const offsets = page.getByLabel('Minutes before the interview');
  await offsets.fill('60, 60');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => offsets.getAttribute('aria-invalid')).toBe('true');
  expect(await offsets.evaluate((input) => input.getAttribute('aria-describedby'))).toBeTruthy();
  await expect
    .poll(() => page.locator('.field-invalid .field-error').textContent())
    .toBe('Minutes before the interview: must not repeat an offset');
  expect(await page.getByRole('alert').first().textContent()).toBe('Some fields need attention.');
  // Nothing was saved.
  expect(
    (await apiCall<{ reminderPolicy: { interviewUpcoming: { offsetsMinutes: number[] } } }>(env, admin, 'GET', '/organization/settings'))
      .reminderPolicy.interviewUpcoming.offsetsMinutes,
  ).toEqual([1440, 60]);

  // Text that is not a list of minutes is caught before the API is asked.
  await offsets.fill('an hour before');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect
    .poll(() => page.locator('.field-invalid .field-error').textContent())
    .toBe('Minutes before the interview: must be whole numbers of minutes, separated by commas');
  await offsets.fill('1440, 60');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => page.locator('.field-invalid').count()).toBe(0);
  await expect.poll(() => page.getByRole('button', { name: 'Save settings' }).isEnabled()).toBe(true);
  await page.evaluate('window.scrollTo(0, 0)');
  await env.screenshot(page, 'settings-reminders-policy');
  await page.context().close();
});

it('lists reminders with filters, and sends a skipped one again', async () => {
  const job = await apiCall<{ id: string }>(env, admin, 'POST', '/jobs', { title: 'Backend Engineer' });
  await apiCall(env, admin, 'PATCH', `/jobs/${job.id}`, { status: 'open' });
  const candidate = await apiCall<{ id: string }>(env, admin, 'POST', '/candidates', {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace.hopper@candidates.example',
  });
  const application = await apiCall<{ id: string }>(env, admin, 'POST', '/applications', { jobId: job.id, candidateId: candidate.id });
  // In three hours: the day-before reminders are already too late (skipped), the hour-before ones scheduled.
  const startsAt = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000);
  await apiCall(env, admin, 'POST', '/interviews', {
    applicationId: application.id,
    title: 'Technical interview',
    startsAt: startsAt.toISOString(),
    durationMinutes: 60,
    timezone: 'Europe/Paris',
    interviewerIds: [admin.user.id],
  });

  const page = await openSettings('Reminders sent');
  await page.waitForURL('**/settings/reminders');
  const rows = page.locator('tbody tr');
  // Two interview reminders to each of Ada and Grace; the scorecard ones are planned beside them.
  const upcoming = page.getByRole('row', { name: /Upcoming interview/ });
  await expect.poll(() => upcoming.count(), { timeout: 10_000 }).toBe(4);
  expect(await upcoming.filter({ hasText: 'Skipped' }).count()).toBe(2);
  expect(await upcoming.filter({ hasText: 'Scheduled' }).count()).toBe(2);
  await env.screenshot(page, 'reminders');

  await page.getByLabel('Status').selectOption({ label: 'Skipped' });
  await page.waitForURL('**/settings/reminders?status=skipped');
  await expect.poll(() => rows.count()).toBe(2);
  await page.getByLabel('Kind').selectOption({ label: 'Scorecard due' });
  await expect.poll(() => page.getByText('No reminders match these filters.').count()).toBe(1);
  await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
  await expect.poll(() => rows.count()).toBe(2);

  await page.getByRole('button', { name: 'Send again: Upcoming interview to Grace Hopper' }).click();
  await expect.poll(() => page.getByText('will be sent again').count()).toBe(1);
  // No longer skipped: the list (still filtered on skipped) keeps only Ada's.
  await expect.poll(() => rows.count()).toBe(1);
  await page.getByLabel('Status').selectOption({ label: 'All statuses' });
  await expect
    .poll(
      () =>
        page
          .getByRole('row', { name: /Grace Hopper/ })
          .filter({ hasText: 'Sent again 1×' })
          .count(),
      { timeout: 10_000 },
    )
    .toBe(1);
  await page.context().close();
});

it('adds a rejection reason', async () => {
  const page = await openSettings('Rejection reasons');
  await page.waitForURL('**/settings/rejection-reasons');
  await page.getByLabel('Reason', { exact: true }).fill('Relocation not possible');
  await page.getByLabel('Used when').selectOption({ label: 'The candidate withdrew' });
  await page.getByRole('button', { name: 'Add reason' }).click();
  await expect.poll(() => page.getByRole('list', { name: 'The candidate withdrew' }).textContent()).toContain('Relocation not possible');
  await env.screenshot(page, 'rejection-reasons');
  await page.context().close();
});

it('changes a role and deactivates a teammate, and the audit log shows who did what', async () => {
  const invited = await apiCall<{ user: { id: string } }>(env, admin, 'POST', '/users/invitations', {
    name: 'Hedy Manager',
    email: 'hedy@settings.example',
    role: 'interviewer',
  });
  const page = await openSettings('Team');
  await page.getByLabel('Role of Hedy Manager').selectOption({ label: 'Hiring manager' });
  await expect.poll(() => page.getByText('Hedy Manager is now hiring manager.').count()).toBe(1);
  await page.getByRole('button', { name: 'Deactivate Hedy Manager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Hedy Manager?' });
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect.poll(() => page.getByRole('row', { name: /Hedy Manager/ }).textContent()).toContain('Deactivated');
  const hedy = await apiCall<{ data: { id: string; status: string; role: string }[] }>(env, admin, 'GET', '/users');
  expect(hedy.data.find((user) => user.id === invited.user.id)).toMatchObject({ status: 'deactivated', role: 'hiring_manager' });

  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Audit log' }).click();
  await page.waitForURL('**/settings/audit-log');
  const roleChange = page.getByRole('row', { name: /Role changed/ });
  await expect.poll(() => roleChange.textContent()).toContain('Hedy Manager');
  expect(await roleChange.textContent()).toContain('Ada Admin');
  expect(await roleChange.textContent()).toContain('to: Hiring manager');
  expect(await page.getByRole('row', { name: /Settings changed/ }).count()).toBeGreaterThan(0);
  expect(await page.getByRole('row', { name: /Reminder sent again/ }).count()).toBe(1);
  await env.screenshot(page, 'audit-log');

  await page.getByLabel('Event').selectOption({ label: 'User deactivated' });
  await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
  expect(await page.locator('tbody tr').textContent()).toContain('Hedy Manager');
  await page.context().close();
});

it('pages through a long audit log with "Load more", 50 events at a time', async () => {
  for (let i = 0; i < 50; i++) {
    const response = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.user.email, password: admin.password }),
    });
    expect(response.status).toBe(200);
  }
  const signIns = (await apiCall<{ data: unknown[] }>(env, admin, 'GET', '/audit-events?type=login.succeeded&limit=200')).data.length;
  expect(signIns).toBeGreaterThan(50);
  expect(signIns).toBeLessThan(100);

  const page = await openSettings('Audit log');
  await page.getByLabel('Event').selectOption({ label: 'Signed in' });
  const rows = page.locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(50);
  await page.getByRole('button', { name: 'Load more events' }).click();
  await expect.poll(() => rows.count()).toBe(signIns + 1);
  expect(await page.getByRole('button', { name: 'Load more events' }).count()).toBe(0);
  await page.context().close();
});

it("opens the queue dashboard from Settings with the admin's session", async () => {
  const page = await openSettings('Team');
  await page.getByRole('link', { name: 'Queue dashboard' }).click();
  await page.waitForURL('**/admin/queues**');
  await expect.poll(async () => (await page.context().request.get('/admin/queues/api/queues')).status()).toBe(200);
  await page.context().close();
});

it('shows an interviewer no settings they may not see', async () => {
  const invitation = await apiCall<{ invitationUrl: string }>(env, admin, 'POST', '/users/invitations', {
    name: 'Ivan Interviewer',
    email: 'ivan@settings.example',
    role: 'interviewer',
  });
  const page = await env.newPage();
  await page.goto(invitation.invitationUrl);
  await page.getByLabel('Choose a password').fill('ivans long password');
  await page.getByLabel('Repeat the password').fill('ivans long password');
  await page.getByRole('button', { name: 'Join and sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/accept-invitation'));
  await expect.poll(() => page.locator('.user-menu a').textContent()).toBe('Ivan Interviewer');
  await page.goto('/settings');
  await expect
    .poll(() => page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link').allTextContents())
    .toEqual(['Reminders and retention']);
  await expect.poll(() => page.url()).toMatch(/\/settings\/reminder-policy$/);
  await expect.poll(() => page.getByText('Only an administrator can change these settings.').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Queue dashboard' }).count()).toBe(0);
  await page.goto('/settings/audit-log');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your role does not allow you to see this section');
  await page.context().close();
});
