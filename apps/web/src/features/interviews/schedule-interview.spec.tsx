import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScheduleInterviewButton } from './schedule-interview';
import { ok, polyfillDialog, problem, Providers } from './testing';

// The API stubbed in this unit test only; the browser tests run against the real API.
const calls = vi.hoisted(() => ({
  get: vi.fn<(path: string, options?: unknown) => unknown>(),
  post: vi.fn<(path: string, options: { body: Record<string, unknown> }) => unknown>(),
}));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api: {
    GET: async (path: string, options?: unknown) => calls.get(path, options),
    POST: async (path: string, options: never) => calls.post(path, options),
  },
}));
vi.mock('../../app/session', () => ({
  useMe: () => ({
    user: { id: 'me', name: 'Rita Recruiter' },
    effectiveTimezone: 'America/New_York',
    can: (permission: string) => permission === 'interviews:manage',
  }),
}));

const ada = { id: '0196a000-0000-7000-8000-00000000000a', name: 'Ada Lovelace', role: 'interviewer', status: 'active' };
const bob = { id: '0196a000-0000-7000-8000-00000000000b', name: 'Bob Builder', role: 'hiring_manager', status: 'active' };
const adasOtherInterview = {
  id: '0196a000-0000-7000-8000-0000000000f1',
  title: 'Culture chat',
  candidate: { id: 'c2', name: 'Linus Torvalds' },
  panel: [{ id: ada.id, name: ada.name }],
  // 10:30–11:30 in New York on 9 March 2026 (EDT, UTC−4).
  startsAt: '2026-03-09T14:30:00.000Z',
  endsAt: '2026-03-09T15:30:00.000Z',
};

beforeAll(polyfillDialog);

beforeEach(() => {
  calls.get.mockReset().mockImplementation((path) => {
    if (path === '/api/v1/users') return ok({ data: [ada, bob], nextCursor: null });
    if (path === '/api/v1/interviews') return ok({ data: [adasOtherInterview], nextCursor: null });
    throw new Error(`unexpected GET ${path}`);
  });
  calls.post.mockReset();
});

async function openDialog() {
  render(<ScheduleInterviewButton applicationId="0196a000-0000-7000-8000-0000000000a1" candidateName="Grace Hopper" />, {
    wrapper: Providers,
  });
  await userEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
  const dialog = screen.getByRole('dialog', { name: 'Schedule an interview with Grace Hopper' });
  await within(dialog).findByLabelText(/Ada Lovelace/);
  return within(dialog);
}

function setWhen(dialog: ReturnType<typeof within>, date: string, time: string) {
  fireEvent.change(dialog.getByLabelText('Date'), { target: { value: date } });
  fireEvent.change(dialog.getByLabelText('Start time'), { target: { value: time } });
}

// A shared machine: rendering the dialog takes seconds under load.
describe('ScheduleInterviewButton', { timeout: 20_000 }, () => {
  it('sends the date and time entered in the user’s timezone as UTC, across a DST change, with the duration and the panel', async () => {
    calls.post.mockImplementation((_path, { body }) =>
      ok({ id: 'new', ...body, panel: [{ id: bob.id, name: bob.name }], warnings: [] }, 201),
    );
    const dialog = await openDialog();
    fireEvent.change(dialog.getByLabelText('Title'), { target: { value: 'Technical interview' } });
    // New York moved to EDT (UTC−4) on 8 March 2026: 09:00 on the 9th is 13:00 UTC, not 14:00.
    setWhen(dialog, '2026-03-09', '09:00');
    await userEvent.selectOptions(dialog.getByLabelText('Duration'), '45');
    fireEvent.change(dialog.getByLabelText('Meeting link'), { target: { value: 'https://meet.example/abc' } });
    await userEvent.click(dialog.getByLabelText(/Bob Builder/));
    expect(dialog.getByText('In your timezone (America/New_York).')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Schedule interview' }));

    await waitFor(() => expect(calls.post).toHaveBeenCalledTimes(1));
    expect(calls.post.mock.calls[0]![1].body).toEqual({
      applicationId: '0196a000-0000-7000-8000-0000000000a1',
      title: 'Technical interview',
      startsAt: '2026-03-09T13:00:00.000Z',
      durationMinutes: 45,
      timezone: 'America/New_York',
      location: null,
      meetingUrl: 'https://meet.example/abc',
      interviewerIds: [bob.id],
    });
    expect(await screen.findByText('Interview scheduled; invitations are on their way.')).toBeInTheDocument();
  });

  it('warns when a chosen panel member already has an interview at that time, and not for others', async () => {
    const dialog = await openDialog();
    setWhen(dialog, '2026-03-09', '10:00');
    await userEvent.click(dialog.getByLabelText(/Bob Builder/));
    expect(dialog.queryByText(/Double booking/)).not.toBeInTheDocument();
    await userEvent.click(dialog.getByLabelText(/Ada Lovelace/));
    expect(await dialog.findByText('Ada Lovelace already has “Culture chat” with Linus Torvalds, 10:30–11:30.')).toBeInTheDocument();
    // The overlap is asked of the API for exactly the chosen slot, in UTC.
    expect(calls.get).toHaveBeenCalledWith('/api/v1/interviews', {
      params: { query: { from: '2026-03-09T14:00:00.000Z', to: '2026-03-09T15:00:00.000Z', status: 'scheduled', limit: 200 } },
    });
    setWhen(dialog, '2026-03-09', '11:30');
    await waitFor(() => expect(dialog.queryByText(/Double booking/)).not.toBeInTheDocument());
  });

  it('refuses a time the clocks skip and an empty panel before asking the API', async () => {
    const dialog = await openDialog();
    setWhen(dialog, '2026-03-08', '02:30');
    await userEvent.click(dialog.getByRole('button', { name: 'Schedule interview' }));
    expect(dialog.getByLabelText('Date')).toHaveAccessibleDescription(
      'In your timezone (America/New_York). 02:30 does not exist on that day in America/New_York (the clocks go forward): choose another time.',
    );
    expect(dialog.getByRole('group', { name: 'Panel' })).toHaveAccessibleDescription('Choose at least one interviewer.');
    expect(calls.post).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors next to their fields, a panel member by name', async () => {
    calls.post.mockImplementation(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'meetingUrl', message: 'must be an http(s) URL' },
          { field: 'interviewerIds.0', message: 'is not an active user of the organisation' },
        ],
      }),
    );
    const dialog = await openDialog();
    setWhen(dialog, '2026-03-10', '09:00');
    await userEvent.click(dialog.getByLabelText(/Ada Lovelace/));
    await userEvent.click(dialog.getByRole('button', { name: 'Schedule interview' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('Some fields need attention.');
    expect(dialog.getByLabelText('Meeting link')).toHaveAccessibleDescription('Meeting url must be an http(s) URL');
    expect(dialog.getByRole('group', { name: 'Panel' })).toHaveAccessibleDescription(
      'Ada Lovelace is not an active user of the organisation',
    );
  });
});
