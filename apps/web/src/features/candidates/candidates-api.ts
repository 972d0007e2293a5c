import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type CandidateList = ResponseOf<'/api/v1/candidates', 'get'>;
export type CandidateSummary = ItemOf<CandidateList>;
export type Candidate = ResponseOf<'/api/v1/candidates/{id}', 'get'>;
export type CandidateInput = BodyOf<'/api/v1/candidates', 'post'>;
export type CandidateSource = CandidateInput['source'] & string;
export type ApplicationDetail = ResponseOf<'/api/v1/applications/{id}', 'get'>;
export type ApplicationStatus = ApplicationDetail['status'];
export type HistoryEntry = ApplicationDetail['history'][number];
export type Note = ApplicationDetail['notes'][number];
export type RejectionReason = ResponseOf<'/api/v1/rejection-reasons', 'get'>[number];

/** The API's sources, as a recruiter names them. */
export const sourceLabels: Record<CandidateSource, string> = {
  career_site: 'Career site',
  referral: 'Referral',
  job_board: 'Job board',
  agency: 'Agency',
  sourced: 'Sourced',
  other: 'Other',
};

export const statusLabels: Record<ApplicationStatus, string> = {
  active: 'Active',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  hired: 'Hired',
};

export const statusBadge: Record<ApplicationStatus, string> = {
  active: 'badge badge-accent',
  rejected: 'badge badge-danger',
  withdrawn: 'badge badge-warning',
  hired: 'badge badge-success',
};

export const fullName = (candidate: { firstName: string; lastName: string }) => `${candidate.firstName} ${candidate.lastName}`.trim();

/** Query keys of this feature, so a change invalidates exactly what shows it. */
export const candidateKeys = {
  all: ['candidates'] as const,
  search: (q: string) => ['candidates', 'search', q] as const,
  one: (id: string) => ['candidates', 'one', id] as const,
  application: (id: string) => ['applications', 'one', id] as const,
};

const PAGE_SIZE = 25;

/** Candidates matching `q` (typo-tolerant, best match first), a page at a time. */
export function useCandidateSearch(q: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: candidateKeys.search(q),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/candidates', {
          params: { query: { ...(q ? { q } : {}), limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The previous results stay on screen while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: candidateKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } }, signal })),
  });
}

/** An application with its version, history (oldest first) and notes, in one request. */
export function useApplication(id: string) {
  return useQuery({
    queryKey: candidateKeys.application(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal })),
  });
}

export function useJobStages(jobId: string, enabled = true) {
  return useQuery({
    queryKey: ['jobs', jobId, 'stages'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/jobs/{id}/stages', { params: { path: { id: jobId } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

/** Jobs that take applications now. */
export function useOpenJobs(enabled = true) {
  return useQuery({
    queryKey: ['jobs', 'open'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/jobs', { params: { query: { status: 'open', limit: 200 } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

export function useRejectionReasons(enabled = true) {
  return useQuery({
    queryKey: ['rejection-reasons'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/rejection-reasons', { signal })),
    enabled,
    staleTime: 300_000,
  });
}
