import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BrowserEnvironment } from './browser-environment.js';

export interface Organisation {
  accessToken: string;
  organization: { id: string; name: string; slug: string };
  user: { id: string; name: string; email: string };
  password: string;
}

let sequence = 0;

/** A new organisation and its admin, signed up through the API (the sign-up screen has its own test). */
export async function signUp(env: BrowserEnvironment, name = 'Ada Admin'): Promise<Organisation> {
  const n = ++sequence;
  const password = 'a long enough password';
  const body = { organizationName: `Settings Robotics ${n}`, name, email: `admin-${n}-${Date.now()}@settings.example`, password };
  const response = await fetch(`${env.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return { ...((await response.json()) as Omit<Organisation, 'password'>), password };
}

/** A call of the API as the organisation's admin, for arranging data. */
export async function apiCall<T = Record<string, unknown>>(
  env: BrowserEnvironment,
  as: Organisation,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${as.accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/jobs');
}

/** The first email to `address` whose text matches, once the worker has sent it. */
export async function emailTo(env: BrowserEnvironment, address: string, matching: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      () => {
        found = env.smtp.messages.find((message) => recipientsOf(message).includes(address) && matching.test(message.text ?? ''));
        return found !== undefined;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

function recipientsOf(message: ParsedMail): string {
  const to = message.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.text).join(' ');
}

/** The link an email carries to a page of the web app, e.g. `/reset-password?token=…`. */
export function linkIn(message: ParsedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s"<>]+${path.replace('?', '\\?')}[^\\s"<>]+`).exec(message.text ?? '');
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return match[0];
}
