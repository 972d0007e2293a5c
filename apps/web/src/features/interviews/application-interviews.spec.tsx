import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApplicationInterviews } from './application-interviews';
import { ok, polyfillDialog, Providers } from './testing';

// The API stubbed in this unit test only; the browser tests run against the real API.
const stub = vi.hoisted(() => ({
  get: vi.fn<(path: string, options?: unknown) => unknown>(),
  post: vi.fn<(path: string, options?: { body?: unknown }) => unknown>(),
  patch: vi.fn<(path: string, options?: { body?: unknown }) => unknown>(),
  me: { id: '', permissions: [] as string[] },
}));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api: {
    GET: async (path: string, options?: unknown) => stub.get(path, options),
    POST: async (path: string, options?: never) => stub.post(path, options),
    PATCH: async (path: string, options?: never) => stub.patch(path, options),
  },
}));
vi.mock('../../app/session', () => ({
  useMe: () => ({
    user: { id: stub.me.id, name: 'Someone' },
    effectiveTimezone: 'Asia/Tokyo',
    can: (permission: string) => stub.me.permissions.includes(permission),
  }),
}));

const applicationId = '0196a000-0000-7000-8000-0000000000a1';
const ada = { id: '0196a000-0000-7000-8000-00000000000a', name: 'Ada Lovelace' };
const bob = { id: '0196a000-0000-7000-8000-00000000000b', name: 'Bob Builder' };
const interview = {
  id: '0196a000-0000-7000-8000-0000000000f1',
  applicationId,
  candidate: { id: 'c1', name: 'Grace Hopper' },
  job: { id: 'j1', title: 'Backend engineer' },
  stage: { id: 's1', name: 'Technical interview', scorecardAttributes: ['Problem solving'] },
  title: 'Technical interview',
  status: 'scheduled',
  // 09:00–10:00 UTC is 18:00–19:00 in Tokyo.
  startsAt: '2026-01-05T09:00:00.000Z',
  endsAt: '2026-01-05T10:00:00.000Z',
  durationMinutes: 60,
  timezone: 'Europe/Paris',
  location: 'Room 4',
  meetingUrl: null,
  sequence: 0,
  cancelReason: null,
  panel: [ada, bob],
  awaitingFeedback: true,
  scorecardsDue: [{ interviewerId: ada.id, name: ada.name }],
};
const bobsScorecard = {
  id: 'sc1',
  applicationId,
  interviewId: interview.id,
  challengeId: null,
  author: bob,
  ratings: [{ attribute: 'Problem solving', rating: 'strong_yes', note: 'Sharp.' }],
  recommendation: 'yes',
  notes: 'Hire her.',
  submittedAt: '2026-01-05T11:00:00.000Z',
  updatedAt: '2026-01-05T11:00:00.000Z',
};
const summary = {
  countByRecommendation: { strong_no: 0, no: 0, yes: 1, strong_yes: 0 },
  meanScore: 4,
  submitted: 1,
  due: [{ interviewId: interview.id, challengeId: null, interviewerId: ada.id, name: ada.name }],
};

function answerWith(scorecards: unknown) {
  stub.get.mockReset().mockImplementation((path) => {
    if (path === '/api/v1/interviews') return ok({ data: [interview], nextCursor: null });
    if (path === '/api/v1/applications/{id}/scorecards') return ok(scorecards);
    if (path === '/api/v1/users')
      return ok({ data: [ada, bob].map((user) => ({ ...user, role: 'interviewer', status: 'active' })), nextCursor: null });
    throw new Error(`unexpected GET ${path}`);
  });
}

beforeAll(polyfillDialog);
beforeEach(() => stub.post.mockReset());

describe('ApplicationInterviews', { timeout: 20_000 }, () => {
  it('shows an interviewer who owes a scorecard the interview in their timezone, their link, and why the others’ scores are hidden', async () => {
    stub.me = { id: ada.id, permissions: ['interviews:read', 'applications:read'] };
    answerWith({ blind: true, scorecards: [], summary: null });
    render(<ApplicationInterviews applicationId={applicationId} />, { wrapper: Providers });
    const card = within((await screen.findByRole('link', { name: 'Technical interview' })).closest('li')!);
    expect(card.getByText(/5 Jan 2026, 18:00–19:00/)).toBeInTheDocument();
    expect(card.getByText('Ada Lovelace, Bob Builder')).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Submit scorecard' })).toHaveAttribute('href', `/interviews/${interview.id}/scorecard`);
    expect(await card.findByText(/Other scorecards are hidden until you submit your own/)).toBeInTheDocument();
    expect(card.queryByText('Hire her.')).not.toBeInTheDocument();
    expect(card.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
    expect(card.queryByRole('button', { name: 'Cancel interview' })).not.toBeInTheDocument();
  });

  it('shows a recruiter every scorecard and who still owes one, and cancels with a reason', async () => {
    stub.me = { id: 'rita', permissions: ['interviews:read', 'interviews:manage', 'applications:read'] };
    answerWith({ blind: false, scorecards: [bobsScorecard], summary });
    stub.post.mockImplementation(() => ok({ ...interview, status: 'cancelled' }));
    render(<ApplicationInterviews applicationId={applicationId} />, { wrapper: Providers });
    const scorecard = await screen.findByRole('listitem', { name: 'Scorecard by Bob Builder' });
    expect(scorecard).toHaveTextContent('Problem solving');
    expect(scorecard).toHaveTextContent('Strong yes — Sharp.');
    expect(scorecard).toHaveTextContent('Hire her.');
    expect(screen.getByText('Still to submit: Ada Lovelace.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Submit scorecard' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel interview' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Cancel “Technical interview”?' }));
    await userEvent.type(dialog.getByLabelText('Reason (optional)'), 'Candidate withdrew');
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel interview' }));
    await waitFor(() =>
      expect(stub.post).toHaveBeenCalledWith('/api/v1/interviews/{id}/cancel', {
        params: { path: { id: interview.id } },
        body: { reason: 'Candidate withdrew' },
      }),
    );
    expect(await screen.findByText('Interview cancelled; the panel and the candidate are told.')).toBeInTheDocument();
  });

  it('reschedules from the current time in the user’s timezone, keeping the interview’s own timezone', async () => {
    stub.me = { id: 'rita', permissions: ['interviews:read', 'interviews:manage', 'applications:read', 'users:read'] };
    answerWith({ blind: false, scorecards: [], summary: null });
    stub.patch.mockReset().mockImplementation(() => ok({ ...interview, warnings: [] }));
    render(<ApplicationInterviews applicationId={applicationId} />, { wrapper: Providers });
    await userEvent.click(await screen.findByRole('button', { name: 'Reschedule' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Reschedule “Technical interview”' }));
    expect(dialog.getByLabelText('Date')).toHaveValue('2026-01-05');
    expect(dialog.getByLabelText('Start time')).toHaveValue('18:00');
    expect(await dialog.findByLabelText(/Ada Lovelace/)).toBeChecked();
    fireEvent.change(dialog.getByLabelText('Start time'), { target: { value: '19:30' } });
    await userEvent.click(dialog.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stub.patch).toHaveBeenCalledTimes(1));
    expect(stub.patch.mock.calls[0]).toEqual([
      '/api/v1/interviews/{id}',
      {
        params: { path: { id: interview.id } },
        body: {
          title: 'Technical interview',
          startsAt: '2026-01-05T10:30:00.000Z',
          durationMinutes: 60,
          location: 'Room 4',
          meetingUrl: null,
          interviewerIds: [ada.id, bob.id],
        },
      },
    ]);
  });
});
