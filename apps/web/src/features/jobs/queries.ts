import { api, unwrap } from '../../api/client';

/** Query keys of this feature, so every page invalidates the same entries. */
export const jobKeys = {
  all: ['jobs'] as const,
  list: (status: string, q: string) => ['jobs', 'list', status, q] as const,
  detail: (jobId: string) => ['jobs', 'detail', jobId] as const,
  board: (jobId: string) => ['jobs', 'board', jobId] as const,
  users: ['users', 'active'] as const,
};

export function fetchJob(jobId: string) {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId } } }));
}

/** The active team, for the hiring manager and recruiter pickers. */
export async function fetchActiveUsers() {
  const page = await unwrap(api.GET('/api/v1/users', { params: { query: { status: 'active', limit: 200 } } }));
  return page.data;
}
