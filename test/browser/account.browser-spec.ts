import { expect, it } from 'vitest';
import { emailTo, linkIn, signInThroughUi, signUp } from './account-fixtures.js';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

it('invites a teammate from Team; the link shown (and emailed) signs them in once they choose a password', async () => {
  const admin = await signUp(env);
  const page = await env.newPage();
  await signInThroughUi(page, admin.user.email, admin.password);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.waitForURL('**/settings/team');
  await expect.poll(() => page.getByRole('cell', { name: /Ada Admin/ }).count()).toBe(1);

  await page.getByRole('button', { name: 'Invite a teammate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
  await dialog.getByLabel('Name').fill('Grace Recruiter');
  await dialog.getByLabel('Email').fill('not an email');
  await dialog.getByLabel('Role').selectOption({ label: 'Recruiter' });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  // The browser's own email check stops it first: nothing was sent.
  expect(await dialog.getByLabel('Email').evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(
    false,
  );
  await dialog.getByLabel('Email').fill('grace@settings.example');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const linkField = dialog.getByLabel('Invitation link');
  await expect.poll(() => linkField.count()).toBe(1);
  const shownLink = await linkField.inputValue();
  expect(shownLink).toMatch(new RegExp(`^${env.baseUrl}/accept-invitation\\?token=`));

  const email = await emailTo(env, 'grace@settings.example', /accept-invitation/);
  expect(linkIn(email, '/accept-invitation?token=')).toBe(shownLink);

  await dialog.getByRole('button', { name: 'Done' }).click();
  const graceRow = page.getByRole('row', { name: /Grace Recruiter/ });
  await expect.poll(() => graceRow.textContent()).toContain('Invited');
  expect(await graceRow.getByLabel('Role of Grace Recruiter').inputValue()).toBe('recruiter');
  await env.screenshot(page, 'team');

  // A fresh browser (no session): the invitee opens the link, chooses a password, and is in.
  const invitee = await env.newPage();
  await invitee.goto(shownLink);
  await invitee.getByLabel('Choose a password').fill('graces own password');
  await invitee.getByLabel('Repeat the password').fill('graces own passwort');
  await invitee.getByRole('button', { name: 'Join and sign in' }).click();
  await expect.poll(() => invitee.getByText('Repeat password does not match').count()).toBe(1);
  await env.screenshot(invitee, 'accept-invitation');
  await invitee.getByLabel('Repeat the password').fill('graces own password');
  await invitee.getByRole('button', { name: 'Join and sign in' }).click();
  await invitee.waitForURL('**/jobs');
  await expect.poll(() => invitee.locator('.topbar .brand').textContent()).toBe(admin.organization.name);
  await expect.poll(() => invitee.locator('.user-menu a').textContent()).toBe('Grace Recruiter');

  // The link worked once.
  const again = await env.newPage();
  await again.goto(shownLink);
  await again.getByLabel('Choose a password').fill('another long password');
  await again.getByLabel('Repeat the password').fill('another long password');
  await again.getByRole('button', { name: 'Join and sign in' }).click();
  await expect.poll(() => again.getByRole('alert').textContent()).toContain('expired or was already used');

  await page.reload();
  await expect.poll(() => page.getByRole('row', { name: /Grace Recruiter/ }).textContent()).toContain('Active');
  await Promise.all([page, invitee, again].map((p) => p.context().close()));
});

it('resets a forgotten password from the emailed link, then signs in with the new one', async () => {
  const admin = await signUp(env, 'Rosalind Reset');
  const page = await env.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL('**/forgot-password');
  await page.getByLabel('Email').fill(admin.user.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');

  // An unknown address gets the same answer (no account enumeration).
  const stranger = await env.newPage();
  await stranger.goto('/forgot-password');
  await stranger.getByLabel('Email').fill('nobody@settings.example');
  await stranger.getByRole('button', { name: 'Send reset link' }).click();
  await expect.poll(() => stranger.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');

  const email = await emailTo(env, admin.user.email, /reset-password/);
  await page.goto(linkIn(email, '/reset-password?token='));
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new password').fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  expect(
    await page
      .getByLabel('New password', { exact: true })
      .evaluate((input) => (input as unknown as { validity: { tooShort: boolean } }).validity.tooShort),
  ).toBe(true);
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByLabel('Repeat the new password').fill('a brand new password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Password changed');
  await page.getByRole('link', { name: 'Sign in' }).click();

  await page.getByLabel('Email').fill(admin.user.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();
  expect(page.url()).toMatch(/\/login$/);
  await page.getByLabel('Password').fill('a brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
  await Promise.all([page, stranger].map((p) => p.context().close()));
});

it('shows times in the timezone chosen on the profile, and back in the organisation default', async () => {
  const admin = await signUp(env, 'Tim Zone');
  const page = await env.newPage();
  await signInThroughUi(page, admin.user.email, admin.password);
  await page.getByRole('link', { name: 'Tim Zone' }).click();
  await page.waitForURL('**/profile');
  const effective = page.getByTestId('effective-timezone');
  const orgZone = (await effective.locator('strong').textContent())!;
  expect(await page.getByLabel('Timezone').inputValue()).toBe('');

  await page.getByLabel('Timezone').selectOption('America/New_York');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect.poll(() => effective.locator('strong').textContent()).toBe('America/New_York');

  // The email preferences save as they are ticked, and stay after a reload.
  await page.getByLabel('Daily digest of stale candidates').uncheck();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Email preferences saved.' }).count()).toBe(1);
  await page.evaluate('window.scrollTo(0, 0)');
  await env.screenshot(page, 'profile');

  await page.reload();
  await expect.poll(() => page.getByLabel('Timezone').inputValue()).toBe('America/New_York');
  await expect.poll(() => page.getByLabel('Daily digest of stale candidates').isChecked()).toBe(false);

  await page.getByLabel('Timezone').selectOption('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect.poll(() => effective.locator('strong').textContent()).toBe(orgZone);

  // A wrong current password is refused, in words.
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password', { exact: true }).fill('my next long password');
  await page.getByLabel('Repeat the new password').fill('my next long password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(() => page.locator('.form-error').textContent()).toBeTruthy();
  await page.getByLabel('Current password').fill(admin.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(() => page.getByText('Password changed.').count()).toBe(1);
  await page.context().close();
});
