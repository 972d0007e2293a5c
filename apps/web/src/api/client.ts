import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi';
import { ApiProblem, isProblemDocument } from './problem';
import { sessionStore } from './session-store';

/** Asks the API for the refresh token as the httpOnly session cookie instead of in the body. */
export const COOKIE_TRANSPORT = { 'x-refresh-token-transport': 'cookie' } as const;

/** Refresh a little before the access token expires, so requests rarely meet a 401. */
const REFRESH_MARGIN_MS = 30_000;

/** Without the auth middleware: refresh and the public pages use it. */
export const publicApi = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the session cookie for a new access token (and a new cookie). One exchange at a time:
 * concurrent callers share it, since a refresh token is spent on use and a second exchange of the
 * same token would read as theft (REFRESH_TOKEN_REUSED) and end the session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const { data, error } = await publicApi.POST('/api/v1/auth/refresh', { body: {}, headers: COOKIE_TRANSPORT });
      if (data) {
        sessionStore.set(data.accessToken, data.expiresIn);
        return true;
      }
      const code = isProblemDocument(error) ? error.code : undefined;
      if (sessionStore.get() || code === 'REFRESH_TOKEN_REUSED') sessionStore.clear(code === 'REFRESH_TOKEN_REUSED' ? 'reused' : 'expired');
      return false;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

const retries = new WeakMap<Request, Request>();

const authentication: Middleware = {
  async onRequest({ request }) {
    let session = sessionStore.get();
    if (session && session.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      await refreshSession();
      session = sessionStore.get();
    }
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || !sessionStore.get()) return response;
    const problem: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    // An access token refused after sleep or a server restart: one transparent refresh and retry.
    if (!isProblemDocument(problem) || problem.code !== 'INVALID_TOKEN' || !(await refreshSession())) return response;
    const retry = retries.get(request)!;
    retry.headers.set('authorization', `Bearer ${sessionStore.get()!.accessToken}`);
    return fetch(retry);
  },
};

/** The typed client of the public API (types generated from its OpenAPI document). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(authentication);

/** The data of an openapi-fetch call, or an ApiProblem that says what went wrong. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw ApiProblem.network();
  }
  if (!result.response.ok) {
    throw new ApiProblem(isProblemDocument(result.error) ? result.error : { status: result.response.status });
  }
  return result.data as T;
}
