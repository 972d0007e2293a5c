import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowserEnvironment } from './browser-environment.js';

const env = useBrowserEnvironment();

const admin = { name: 'Ada Admin', email: 'admin@candidates.example', password: 'a long enough password' };

/** Signs the organisation up through the API and returns a bearer for arranging data. */
async function signUp(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post('/api/v1/auth/signup', { data: { ...admin, organizationName: 'Candidate Robotics' } });
  expect(response.status()).toBe(201);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

async function post<T>(request: APIRequestContext, path: string, headers: Record<string, string>, data: unknown): Promise<T> {
  const response = await request.post(path, { headers, data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

async function openJob(request: APIRequestContext, headers: Record<string, string>, title: string) {
  const job = await post<{ id: string }>(request, '/api/v1/jobs', headers, { title, location: 'Lyon' });
  const opened = await request.patch(`/api/v1/jobs/${job.id}`, { headers, data: { status: 'open' } });
  expect(opened.status()).toBe(200);
  return job;
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
}

it('adds a candidate and applies them to a job, finds them by a misspelt name, notes, moves, exports, merges a duplicate, and erases another', async () => {
  const page = await env.newPage();
  const request = page.context().request;
  const headers = await signUp(request);
  await openJob(request, headers, 'Backend Engineer');
  await openJob(request, headers, 'Data Engineer');
  for (const [firstName, lastName, tags] of [
    ['Grace', 'Hopper', ['cobol', 'compilers']],
    ['Alan', 'Turing', ['cryptography']],
    ['Adele', 'Goldberg', ['smalltalk', 'remote']],
  ] as const) {
    await post(request, '/api/v1/candidates', headers, {
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@people.example`,
      location: 'Paris',
      source: 'referral',
      tags,
    });
  }
  const other = await post<{ id: string }>(request, '/api/v1/candidates', headers, {
    firstName: 'Edsger',
    lastName: 'Dijkstra',
    email: 'edsger@people.example',
  });

  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('link', { name: 'Add candidate' }).click();
  await page.waitForURL('**/candidates/new');
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  // The browser's own check stops a malformed email before the API is asked.
  expect(await page.getByLabel('Email').evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(
    false,
  );
  await page.getByLabel('Email').fill('grace@people.example');
  await page.getByLabel('Location').fill('London');
  await page.getByLabel('Source').selectOption({ label: 'Sourced' });
  await page.getByLabel('Tags').fill('Python, analytical engines');
  await page.getByLabel('Links').fill('https://example.com/ada');
  await page.getByLabel('Apply to job').selectOption({ label: 'Backend Engineer · Lyon' });
  await page.getByRole('button', { name: 'Add candidate' }).click();
  // Another candidate has that email: said next to the field, with a way to the existing record.
  await expect.poll(() => page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByText('Email already belongs to another candidate').isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: 'Open the candidate who has this email' }).isVisible()).toBe(true);

  await page.getByLabel('Email').fill('ada@people.example');
  await page
    .getByLabel('Résumé')
    .setInputFiles({ name: 'ada.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes on the analytical engine.\n') });
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.waitForURL(/\/candidates\/[0-9a-f-]+\?application=[0-9a-f-]+$/);
  const [, candidateId, applicationId] = /\/candidates\/([0-9a-f-]+)\?application=([0-9a-f-]+)$/.exec(page.url())!;
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ada Lovelace');
  expect(await page.getByRole('button', { name: 'Download ada.txt' }).isVisible()).toBe(true);
  expect(await page.getByRole('cell', { name: 'Applied' }).isVisible()).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await page.getByLabel('Search candidates').fill('Lovelase');
  await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
  await expect.poll(() => page.locator('.candidates-table tbody tr').count()).toBe(1);
  expect(page.url()).toMatch(/\/candidates\?q=Lovelase$/);
  await page.getByLabel('Search candidates').fill('');
  await expect.poll(() => page.locator('.candidates-table tbody tr').count()).toBe(5);
  await env.screenshot(page, 'candidates-search');
  await page.getByLabel('Search candidates').fill('Lovelase');
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.waitForURL(`**/candidates/${candidateId}`);

  await page.getByLabel('Note', { exact: true }).fill('Strong on algorithms; ask about testing habits next.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('list', { name: 'Notes, newest first' }).getByText('Strong on algorithms; ask about testing habits next.').waitFor();
  await expect.poll(() => page.getByLabel('Note', { exact: true }).inputValue()).toBe('');

  // The next stage is offered first.
  expect(await page.getByLabel('Move to stage').locator('option:checked').textContent()).toBe('Screening');
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await page.getByText('Moved from Applied to Screening').waitFor();
  await expect.poll(() => page.getByRole('cell', { name: 'Screening' }).count()).toBe(1);
  const history = await request.get(`/api/v1/applications/${applicationId}/history`, { headers });
  expect(((await history.json()) as { type: string }[]).map((entry) => entry.type)).toEqual(['applied', 'moved']);
  await env.screenshot(page, 'candidate');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('candidate-ada-lovelace-export.json');
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { candidateId: string; sections: Record<string, unknown> };
  expect(exported.candidateId).toBe(candidateId);
  expect(JSON.stringify(exported.sections)).toContain('Strong on algorithms');

  // A second record of the same person, under an old email, folded into this one.
  const duplicate = await post<{ id: string }>(request, '/api/v1/candidates', headers, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada.l@old.example',
    tags: ['mathematics'],
  });
  await page.getByRole('button', { name: 'Merge a duplicate' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge a duplicate into Ada Lovelace' });
  await merge.getByRole('button', { name: 'Choose Ada Lovelace (ada.l@old.example)' }).click();
  await merge.getByRole('button', { name: 'Merge into Ada Lovelace' }).click();
  await page.getByText('mathematics').waitFor();
  expect((await request.get(`/api/v1/candidates/${duplicate.id}`, { headers })).status()).toBe(404);

  // The reminder emails' link lands on the application inside its candidate's page.
  await page.goto(`/applications/${applicationId}`);
  await page.waitForURL(`**/candidates/${candidateId}?application=${applicationId}`);

  await page.goto(`/candidates/${other.id}`);
  await page.getByRole('button', { name: 'Erase candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Edsger Dijkstra' });
  expect(await dialog.getByRole('button', { name: 'Erase permanently' }).isDisabled()).toBe(true);
  await dialog.getByLabel('Type “Edsger Dijkstra” to confirm').fill('Edsger Dijkstra');
  await dialog.getByRole('button', { name: 'Erase permanently' }).click();
  await page.waitForURL(/\/candidates$/);
  expect((await request.get(`/api/v1/candidates/${other.id}`, { headers })).status()).toBe(404);
  expect((await request.get(`/api/v1/candidates/${candidateId}`, { headers })).status()).toBe(200);
  await page.context().close();
});
