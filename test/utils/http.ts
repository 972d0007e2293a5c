import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** One request through the full HTTP stack of the test API (Fastify inject: no socket, same pipeline). */
export async function call<T = any>(
  app: NestFastifyApplication,
  method: string,
  url: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const response = await app.inject({
    method: method as 'GET',
    url,
    payload: options.body as never,
    remoteAddress: options.remoteAddress,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
  });
  const text = response.body;
  return { status: response.statusCode, body: text ? (safeJson(text) as T) : (undefined as T), headers: response.headers };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; name: string; role: string; organizationId?: string };
  organization: { id: string; slug: string; name: string };
}

let counter = 0;
/** A fresh organisation and its admin, through the public sign-up route. */
export async function signUp(
  app: NestFastifyApplication,
  overrides: Partial<{ organizationName: string; name: string; email: string; password: string }> = {},
): Promise<SignedIn & { password: string }> {
  counter++;
  const password = overrides.password ?? 'correct horse battery';
  const response = await call<SignedIn>(app, 'POST', '/api/v1/auth/signup', {
    body: {
      organizationName: overrides.organizationName ?? `Org ${process.pid}-${counter}`,
      name: overrides.name ?? `Admin ${counter}`,
      email: overrides.email ?? `admin-${process.pid}-${counter}@example.com`,
      password,
    },
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...response.body, password };
}

/** A member of the admin's organisation with the given role, through invitation and acceptance. */
export async function addMember(
  app: NestFastifyApplication,
  admin: SignedIn,
  role: string,
  email?: string,
): Promise<SignedIn & { password: string }> {
  counter++;
  const password = 'member password 123';
  const invited = await call(app, 'POST', '/api/v1/users/invitations', {
    token: admin.accessToken,
    body: { email: email ?? `${role}-${process.pid}-${counter}@example.com`, name: `${role} ${counter}`, role },
  });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = new URL(invited.body.invitationUrl).searchParams.get('token');
  const accepted = await call<SignedIn>(app, 'POST', '/api/v1/auth/accept-invitation', { body: { token, password } });
  if (accepted.status !== 200) throw new Error(`acceptance failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { ...accepted.body, password };
}
