import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, polyfillDialog, Providers } from '../interviews/testing';
import { ApplicationChallenges, SendChallengeButton } from './application-challenges';

// The API stubbed in this unit test only; the browser tests run against the real API.
const stub = vi.hoisted(() => ({
  get: vi.fn<(path: string, options?: unknown) => unknown>(),
  post: vi.fn<(path: string, options: { body: Record<string, unknown> }) => unknown>(),
  me: { id: '', permissions: [] as string[] },
}));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api: {
    GET: async (path: string, options?: unknown) => stub.get(path, options),
    POST: async (path: string, options: never) => stub.post(path, options),
  },
}));
vi.mock('../../app/session', () => ({
  useMe: () => ({
    user: { id: stub.me.id, name: 'Someone' },
    effectiveTimezone: 'Europe/London',
    can: (permission: string) => stub.me.permissions.includes(permission),
  }),
}));

const applicationId = '0196a000-0000-7000-8000-0000000000a1';
const ada = { id: '0196a000-0000-7000-8000-00000000000a', name: 'Ada Lovelace', role: 'interviewer', status: 'active' };
const challenge = {
  id: '0196a000-0000-7000-8000-0000000000c1',
  applicationId,
  stage: { id: 's1', name: 'Coding challenge', scorecardAttributes: ['Code quality', 'Testing'] },
  title: 'Rate limiter',
  instructions: 'Build a token bucket.',
  dueAt: '2026-07-01T16:00:00.000Z',
  status: 'submitted',
  submittedAt: '2026-06-30T09:15:00.000Z',
  repositoryUrl: 'https://github.com/grace/rate-limiter',
  submissionNotes: 'Tests in /spec.',
  reviewers: [{ id: ada.id, name: ada.name }],
  createdBy: null,
  createdAt: '2026-06-25T09:00:00.000Z',
};

beforeAll(polyfillDialog);
beforeEach(() => {
  stub.get.mockReset().mockImplementation((path) => {
    if (path === '/api/v1/users') return ok({ data: [ada], nextCursor: null });
    if (path === '/api/v1/applications/{id}/challenges') return ok([challenge]);
    if (path === '/api/v1/applications/{id}/scorecards') return ok({ blind: true, scorecards: [], summary: null });
    throw new Error(`unexpected GET ${path}`);
  });
  stub.post.mockReset();
});

describe('coding challenges of an application', { timeout: 20_000 }, () => {
  it('sends a challenge with its deadline entered in the user’s timezone, and shows the candidate’s link once', async () => {
    stub.me = { id: 'rita', permissions: ['challenges:manage'] };
    stub.post.mockImplementation((_path, { body }) =>
      ok({ challenge: { ...challenge, ...body, status: 'sent' }, submissionUrl: 'http://app.example/challenges/abc' }, 201),
    );
    render(<SendChallengeButton applicationId={applicationId} candidateName="Grace Hopper" />, { wrapper: Providers });
    await userEvent.click(screen.getByRole('button', { name: 'Send coding challenge' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Send a coding challenge to Grace Hopper' }));
    fireEvent.change(dialog.getByLabelText('Title'), { target: { value: 'Rate limiter' } });
    fireEvent.change(dialog.getByLabelText('Instructions'), { target: { value: 'Build a token bucket.' } });
    // London is on BST (UTC+1) in July: 17:00 there is 16:00 UTC.
    fireEvent.change(dialog.getByLabelText('Deadline'), { target: { value: '2030-07-01' } });
    fireEvent.change(dialog.getByLabelText('Deadline time'), { target: { value: '17:00' } });
    await userEvent.click(await dialog.findByLabelText(/Ada Lovelace/));
    await userEvent.click(dialog.getByRole('button', { name: 'Send challenge' }));
    await waitFor(() => expect(stub.post).toHaveBeenCalledTimes(1));
    expect(stub.post.mock.calls[0]![1].body).toEqual({
      title: 'Rate limiter',
      instructions: 'Build a token bucket.',
      dueAt: '2030-07-01T16:00:00.000Z',
      reviewerIds: [ada.id],
    });
    expect(await dialog.findByLabelText('Candidate’s link (shown only now)')).toHaveValue('http://app.example/challenges/abc');
  });

  it('refuses a deadline in the past before asking the API', async () => {
    stub.me = { id: 'rita', permissions: ['challenges:manage'] };
    render(<SendChallengeButton applicationId={applicationId} candidateName="Grace Hopper" />, { wrapper: Providers });
    await userEvent.click(screen.getByRole('button', { name: 'Send coding challenge' }));
    const dialog = within(screen.getByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('Deadline'), { target: { value: '2020-01-01' } });
    await userEvent.click(dialog.getByRole('button', { name: 'Send challenge' }));
    expect(dialog.getByLabelText('Deadline')).toHaveAccessibleDescription(
      'In your timezone (Europe/London). The deadline must be in the future.',
    );
    expect(stub.post).not.toHaveBeenCalled();
  });

  it('shows a reviewer the submission and lets them score it on the stage’s attributes', async () => {
    stub.me = { id: ada.id, permissions: ['applications:read'] };
    stub.post.mockImplementation(() => ok({}, 201));
    render(<ApplicationChallenges applicationId={applicationId} />, { wrapper: Providers });
    expect(await screen.findByText('Submitted', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: challenge.repositoryUrl })).toBeInTheDocument();
    expect(screen.getByText('1 Jul 2026, 17:00')).toBeInTheDocument();
    expect(await screen.findByText(/Other scorecards are hidden until you submit your own/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Extend deadline' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Review submission' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Code quality' })).getByLabelText('Yes'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Testing' })).getByLabelText('Strong no'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Overall recommendation' })).getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Submit review' }));
    await waitFor(() =>
      expect(stub.post).toHaveBeenCalledWith('/api/v1/challenges/{id}/scorecards', {
        params: { path: { id: challenge.id } },
        body: {
          ratings: [
            { attribute: 'Code quality', rating: 'yes' },
            { attribute: 'Testing', rating: 'strong_no' },
          ],
          recommendation: 'no',
        },
      }),
    );
  });
});
