import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { BrowserEnvironment } from './browser-environment.js';

/** Data for the interviews and challenges browser tests, arranged through the public API. */

export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
  accessToken: string;
}

const PASSWORD = 'a long enough password';

async function api<T = Record<string, any>>(env: BrowserEnvironment, method: string, path: string, token: string | null, body?: unknown) {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export function arrange(env: BrowserEnvironment) {
  const call = <T = Record<string, any>>(method: string, path: string, as: Person | null, body?: unknown) =>
    api<T>(env, method, path, as?.accessToken ?? null, body);

  return {
    call,
    /** A new organisation and its admin, working in Paris time. */
    async organization(name: string, adminName: string): Promise<Person> {
      const email = `admin-${randomBytes(4).toString('hex')}@browser.example`;
      const signed = await call('POST', '/auth/signup', null, { organizationName: name, name: adminName, email, password: PASSWORD });
      const admin = { id: signed.user.id, name: adminName, email, password: PASSWORD, accessToken: signed.accessToken };
      await call('PATCH', '/me', admin, { timezone: 'Europe/Paris' });
      return admin;
    },
    async member(admin: Person, role: string, name: string): Promise<Person> {
      const email = `${role}-${randomBytes(4).toString('hex')}@browser.example`;
      const invited = await call('POST', '/users/invitations', admin, { email, name, role });
      const token = new URL(invited.invitationUrl).searchParams.get('token');
      const accepted = await call('POST', '/auth/accept-invitation', null, { token, password: PASSWORD });
      const person = { id: accepted.user.id, name, email, password: PASSWORD, accessToken: accepted.accessToken };
      await call('PATCH', '/me', person, { timezone: 'Europe/Paris' });
      return person;
    },
    /** An open job, and the candidate's application moved to the stage of kind `stageKind`. */
    async application(as: Person, candidate: { firstName: string; lastName: string; email?: string }, stageKind: string) {
      const job = await call('POST', '/jobs', as, { title: 'Backend engineer' });
      await call('PATCH', `/jobs/${job.id}`, as, { status: 'open' });
      const created = await call('POST', '/candidates', as, {
        ...candidate,
        email: candidate.email ?? `${candidate.firstName.toLowerCase()}-${randomBytes(3).toString('hex')}@candidate.example`,
      });
      const application = await call('POST', '/applications', as, { candidateId: created.id, jobId: job.id });
      const stage = job.stages.find((item: { kind: string }) => item.kind === stageKind);
      await call('POST', `/applications/${application.id}/move`, as, { toStageId: stage.id });
      return {
        jobId: job.id as string,
        applicationId: application.id as string,
        stage: stage as { id: string; scorecardAttributes: string[] },
      };
    },
  };
}

/** Signs in through the sign-in page, in a fresh browser context. */
export async function signIn(env: BrowserEnvironment, person: Person): Promise<Page> {
  const page = await env.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
  return page;
}

/** Waits for a text to show on the page. */
export async function shows(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 15_000 }).toBe(true);
}
