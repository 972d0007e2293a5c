import { expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

it('signs up, keeps the session across a reload through the httpOnly cookie, opens the queue dashboard with it, and signs out', async () => {
  const page = await env.newPage();
  await page.goto('/');
  await page.waitForURL('**/login');
  await env.screenshot(page, 'sign-in');

  await page.getByRole('link', { name: 'Create an organisation' }).click();
  await page.getByLabel('Organisation name').fill('Browser Robotics');
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Work email').fill('ada@browser.example');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  // The browser's own check (minlength) stops a short password before the API is asked.
  expect(
    await page.getByLabel('Password').evaluate((input) => (input as unknown as { validity: { tooShort: boolean } }).validity.tooShort),
  ).toBe(true);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.waitForURL('**/jobs');
  await expect.poll(() => page.locator('.topbar .brand').textContent()).toBe('Browser Robotics');

  const [sessionCookie] = (await page.context().cookies()).filter((cookie) => cookie.name === 'hp_session');
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate<string>('document.cookie')).not.toContain('hp_session');

  await page.reload();
  await expect.poll(() => page.locator('.topbar .brand').textContent()).toBe('Browser Robotics');
  expect(page.url()).toMatch(/\/jobs$/);

  // A single-organisation install: its admin is the operator, and the cookie session is enough.
  const dashboard = await page.context().request.get('/admin/queues/api/queues');
  expect(dashboard.status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
  expect((await page.context().cookies()).some((cookie) => cookie.name === 'hp_session')).toBe(false);
  expect((await page.context().request.get('/admin/queues/api/queues')).status()).toBe(401);

  await page.getByLabel('Email').fill('ada@browser.example');
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
  await page.context().close();
});

it('answers an unknown API path with problem+json, not the web app', async () => {
  const page = await env.newPage();
  const response = await page.context().request.get('/api/v1/no-such-route');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const deepLink = await page.context().request.get('/interviews/0196a000-0000-7000-8000-000000000000/scorecard');
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');
  await page.context().close();
});
