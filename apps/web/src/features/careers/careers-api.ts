import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { publicApi, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';

export type PublicJob = ResponseOf<'/api/v1/public/organizations/{slug}/jobs/{id}', 'get'>;

/** The organisation's open jobs, newest first, a page at a time. */
export function useOpenJobs(slug: string) {
  return useInfiniteQuery({
    queryKey: ['careers', slug, 'jobs'],
    queryFn: ({ pageParam }) =>
      unwrap(
        publicApi.GET('/api/v1/public/organizations/{slug}/jobs', {
          params: { path: { slug }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOpenJob(slug: string, id: string) {
  return useQuery({
    queryKey: ['careers', slug, 'jobs', id],
    queryFn: () => unwrap(publicApi.GET('/api/v1/public/organizations/{slug}/jobs/{id}', { params: { path: { slug, id } } })),
  });
}

/** Sends the form as multipart (it may carry a résumé file); the answer is the same for everyone. */
export function applyForJob(slug: string, id: string, form: FormData) {
  return unwrap(
    publicApi.POST('/api/v1/public/organizations/{slug}/jobs/{id}/applications', {
      params: { path: { slug, id } },
      // openapi-fetch passes FormData through and lets the browser set the multipart boundary.
      body: form as never,
    }),
  );
}

/** A missing organisation or job, or a malformed address, in a candidate's words. */
export function describeCareerProblem(error: unknown): ApiProblem | unknown {
  if (!(error instanceof ApiProblem)) return error;
  const detail =
    error.code === 'ORGANIZATION_NOT_FOUND' || (error.status === 400 && 'slug' in error.fieldErrors)
      ? 'We could not find this career page. Check the address, or ask the company for its link.'
      : error.code === 'JOB_NOT_FOUND' || (error.status === 400 && 'id' in error.fieldErrors)
        ? 'This job is not open any more, or the link is incomplete.'
        : undefined;
  return detail ? new ApiProblem({ ...error.document, code: 'NOT_FOUND', detail }) : error;
}

const employmentTypes: Record<NonNullable<PublicJob['employmentType']>, string> = {
  full_time: 'Full time',
  part_time: 'Part time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};

/** "Engineering · Berlin or remote · Full time": what is known of a job, in one line. */
export function jobFacts(job: PublicJob): string {
  return [job.department, job.location, job.employmentType ? employmentTypes[job.employmentType] : null].filter(Boolean).join(' · ');
}

/** A visitor has no profile: dates in the browser's own timezone. */
export const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
