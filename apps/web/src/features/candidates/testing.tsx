// Test-only harness for this feature's component specs: the app's providers around a screen, and a
// fake API at the network boundary (fetch), so the screens run their real client and queries.
import { answerRequestsWith } from './testing-request';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { RequireSession } from '../../app/guards';
import { type Me, type PermissionName, SessionProvider } from '../../app/session';
import { NoticesProvider } from '../../components/notices';
import { candidatesRoutes } from './routes';

// The machines running these are shared and slow at times: a screen that needs a few round trips
// (session, then data) may take over the default second to settle.
configure({ asyncUtilTimeout: 5_000 });

export interface FakeCall {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = (call: FakeCall) => { status?: number; body?: unknown } | undefined;

export const recruiterPermissions: PermissionName[] = [
  'jobs:read',
  'candidates:read',
  'candidates:manage',
  'applications:read',
  'applications:manage',
];

export function meWith(permissions: PermissionName[]): Me {
  return {
    effectiveTimezone: 'Europe/Paris',
    organization: { id: 'org-1', name: 'Acme', slug: 'acme', timezone: 'Europe/Paris' },
    permissions,
    user: {
      createdAt: '2026-01-01T00:00:00Z',
      email: 'rita@acme.example',
      id: 'user-1',
      lastLoginAt: null,
      name: 'Rita Recruiter',
      role: 'recruiter',
      status: 'active',
      timezone: null,
    },
  } as Me;
}

/**
 * Answers the app's requests with `handler` (after the session's refresh and /auth/me), records
 * every call, and renders the candidates routes at `path`.
 */
export function renderCandidates(path: string, { me, handler }: { me: Me; handler: Handler }) {
  const calls: FakeCall[] = [];
  answerRequestsWith(async (request: Request) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const call = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    const json = (status: number, body: unknown) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
      });
    if (call.path === '/api/v1/auth/refresh') return json(200, { accessToken: 'token', expiresIn: 900, tokenType: 'Bearer' });
    if (call.path === '/api/v1/auth/me') return json(200, me);
    calls.push(call);
    const answer = handler(call) ?? {
      status: 404,
      body: { status: 404, code: 'NOT_FOUND', detail: `No fake for ${call.method} ${call.path}` },
    };
    return json(answer.status ?? 200, answer.body);
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        element: (
          <RequireSession>
            <Outlet />
          </RequireSession>
        ),
        children: candidatesRoutes,
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <NoticesProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </NoticesProvider>
    </QueryClientProvider>,
  );
  return { ...view, calls, router };
}
