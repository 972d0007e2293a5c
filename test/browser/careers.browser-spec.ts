import { beforeAll, expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

let token: string;
let slug: string;
let job: { id: string };

async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  const response = await fetch(`${env.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationName: 'Career Works',
      name: 'Cara Admin',
      email: 'cara@careers.example',
      password: 'careers password 123',
    }),
  });
  expect(response.status).toBe(201);
  token = ((await response.json()) as { accessToken: string }).accessToken;
  slug = (await call('GET', '/auth/me')).organization.slug;
  job = await call('POST', '/jobs', {
    title: 'Robotics Engineer',
    department: 'Engineering',
    location: 'Lyon or remote',
    employmentType: 'full_time',
    description: 'You will build the arms of our warehouse robots.\n\nWhat you bring:\n- C++ or Rust\n- Patience with hardware',
  });
  await call('PATCH', `/jobs/${job.id}`, { status: 'open' });
  const other = await call('POST', '/jobs', { title: 'Office Manager', location: 'Lyon', employmentType: 'part_time' });
  await call('PATCH', `/jobs/${other.id}`, { status: 'open' });
  // A draft is not public.
  await call('POST', '/jobs', { title: 'Secret Project Lead' });
}, 60_000);

it('lets a visitor without an account read the open jobs, apply with a résumé and consent, and fixes a bad field next to it', async () => {
  const page = await env.newPage();
  await page.goto(`/careers/${slug}`);
  const list = page.getByRole('list', { name: 'Open positions' });
  await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual(['Office Manager', 'Robotics Engineer']);
  expect(await list.textContent()).toContain('Engineering · Lyon or remote · Full time');
  await env.screenshot(page, 'career-page');

  await list.getByRole('link', { name: 'Robotics Engineer' }).click();
  await page.waitForURL(`**/careers/${slug}/jobs/${job.id}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Robotics Engineer');
  expect(await page.getByRole('region', { name: 'About the job' }).textContent()).toContain('- Patience with hardware');

  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Email').fill('grace@applicants.example');
  await page.getByLabel('Links (optional)').fill('https://github.com/grace\nnot a link');
  await page.getByLabel('Résumé (optional)').setInputFiles({
    name: 'grace-hopper.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Grace Hopper\nCOBOL, compilers, and finding the first bug.\n'),
  });
  // Without consent, the browser stops the form before anything is sent.
  await page.getByRole('button', { name: 'Send application' }).click();
  expect(
    await page
      .getByLabel(/^I agree/)
      .evaluate((input) => (input as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing),
  ).toBe(true);
  await page.getByLabel(/^I agree/).check();
  await page.getByRole('button', { name: 'Send application' }).click();
  // The API refuses the second link; the error is beside the links field, and the rest stays filled in.
  await expect.poll(() => page.getByLabel('Links (optional)').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByRole('alert').textContent()).toBe('Some fields need attention.');
  expect(await page.getByLabel('First name').inputValue()).toBe('Grace');
  await page.getByRole('heading', { name: 'Apply for this job' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await env.screenshot(page, 'career-apply');

  await page.getByLabel('Links (optional)').fill('https://github.com/grace');
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect.poll(() => page.getByRole('status').getByRole('heading').textContent()).toBe('Thank you for applying, Grace');
  expect(await page.evaluate<string>('document.activeElement?.textContent')).toBe('Thank you for applying, Grace');
  expect((await page.context().cookies()).length).toBe(0);

  const applications = await call('GET', `/applications?jobId=${job.id}`);
  expect(applications.data).toHaveLength(1);
  const [application] = applications.data;
  expect(application).toMatchObject({ source: 'career_site', candidate: { firstName: 'Grace', lastName: 'Hopper' } });
  const candidate = await call('GET', `/candidates/${application.candidate.id}`);
  expect(candidate).toMatchObject({ email: 'grace@applicants.example', links: ['https://github.com/grace'], source: 'career_site' });
  expect(candidate.consentGivenAt).not.toBeNull();
  expect(candidate.resume).toMatchObject({ fileName: 'grace-hopper.txt' });
  await page.context().close();
});

it('says so in words when the career page or the job does not exist', async () => {
  const page = await env.newPage();
  await page.goto('/careers/no-such-company');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('We could not find this career page.');
  await page.goto(`/careers/${slug}/jobs/0196a000-0000-7000-8000-000000000000`);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('This job is not open any more');
  expect(await page.getByRole('link', { name: '← All open positions' }).getAttribute('href')).toBe(`/careers/${slug}`);
  await page.context().close();
});
