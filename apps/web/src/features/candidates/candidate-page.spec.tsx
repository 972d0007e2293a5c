import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FakeCall, meWith, recruiterPermissions, renderCandidates } from './testing';

const candidateId = '0196a000-0000-7000-8000-000000000001';
const applicationId = '0196a000-0000-7000-8000-00000000000a';
const jobId = '0196a000-0000-7000-8000-0000000000b0';
const stages = ['Applied', 'Screening', 'Technical interview', 'Offer', 'Hired'].map((name, position) => ({
  id: `stage-${position}`,
  jobId,
  kind: position === 0 ? 'applied' : position === 4 ? 'hired' : 'custom',
  name,
  position,
  scorecardAttributes: [],
  slaDays: null,
}));
const stageRef = (position: number) => ({ id: stages[position]!.id, kind: stages[position]!.kind, name: stages[position]!.name });

const candidate = {
  id: candidateId,
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@people.example',
  phone: null,
  location: 'London',
  tags: ['python'],
  links: [],
  resume: null,
  source: 'sourced',
  consentGivenAt: null,
  erasedAt: null,
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-01T09:00:00Z',
  applications: [
    {
      id: applicationId,
      appliedAt: '2026-03-01T09:00:00Z',
      job: { id: jobId, title: 'Backend Engineer' },
      stage: stageRef(0),
      stageEnteredAt: '2026-03-01T09:00:00Z',
      status: 'active',
    },
  ],
};

function application(version: number, position: number, notes: { body: string }[] = []) {
  return {
    id: applicationId,
    appliedAt: '2026-03-01T09:00:00Z',
    candidate: { id: candidateId, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@people.example' },
    closedAt: null,
    hiredAt: null,
    job: { id: jobId, title: 'Backend Engineer' },
    rejectionReason: null,
    source: 'sourced',
    stage: stageRef(position),
    stageEnteredAt: '2026-03-01T09:00:00Z',
    status: 'active',
    version,
    submittedForm: null,
    scorecardSummary: null,
    history: [
      {
        id: 'event-1',
        type: 'applied',
        occurredAt: '2026-03-01T09:00:00Z',
        actor: { id: 'user-1', name: 'Rita Recruiter' },
        fromStage: null,
        toStage: stageRef(0),
        note: null,
        rejectionReason: null,
      },
    ],
    notes: notes.map((note, index) => ({
      id: `note-${index}`,
      body: note.body,
      createdAt: '2026-03-02T10:00:00Z',
      author: { id: 'user-1', name: 'Rita Recruiter' },
    })),
  };
}

/** A small fake of the API for one candidate and one application, which takes notes and moves. */
function fakeApi({ conflictOnMove = false } = {}) {
  const state = { version: 3, position: 0, notes: [] as { body: string }[] };
  return (call: FakeCall) => {
    if (call.method === 'GET' && call.path === `/api/v1/candidates/${candidateId}`) return { body: candidate };
    if (call.method === 'GET' && call.path === `/api/v1/applications/${applicationId}`)
      return { body: application(state.version, state.position, state.notes) };
    if (call.method === 'GET' && call.path === `/api/v1/jobs/${jobId}/stages`) return { body: stages };
    if (call.method === 'POST' && call.path === `/api/v1/applications/${applicationId}/notes`) {
      state.notes.push(call.body as { body: string });
      return { status: 201, body: {} };
    }
    if (call.method === 'POST' && call.path === `/api/v1/applications/${applicationId}/move`) {
      if (conflictOnMove) {
        state.version += 1;
        state.position = 2;
        return { status: 409, body: { status: 409, code: 'VERSION_CONFLICT', detail: 'The application changed.' } };
      }
      const { toStageId } = call.body as { toStageId: string };
      state.position = stages.findIndex((stage) => stage.id === toStageId);
      state.version += 1;
      return { body: { ...application(state.version, state.position), history: undefined, notes: undefined } };
    }
    if (call.method === 'DELETE' && call.path === `/api/v1/candidates/${candidateId}`) return { status: 204 };
    return undefined;
  };
}

describe('the candidate page', () => {
  beforeAll(() => Promise.all([import('./candidate-page'), import('./candidates-page')]));

  it('adds a note and shows it, with who wrote it', async () => {
    const user = userEvent.setup();
    const { calls } = renderCandidates(`/candidates/${candidateId}`, { me: meWith(recruiterPermissions), handler: fakeApi() });
    await user.type(await screen.findByLabelText('Note'), 'Ask about testing habits.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const notes = await screen.findByRole('list', { name: 'Notes, newest first' });
    expect(within(notes).getByText('Ask about testing habits.')).toBeInTheDocument();
    expect(within(notes).getByText(/Rita Recruiter/)).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('');
    expect(calls.find((call) => call.path.endsWith('/notes'))?.body).toEqual({ body: 'Ask about testing habits.' });
  });

  it('offers the next stage first and moves with the version it saw', async () => {
    const user = userEvent.setup();
    const { calls } = renderCandidates(`/candidates/${candidateId}`, { me: meWith(recruiterPermissions), handler: fakeApi() });
    const select = await screen.findByLabelText('Move to stage');
    await waitFor(() => expect(select).toHaveDisplayValue('Screening'));
    expect(within(select).queryByRole('option', { name: 'Applied' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(select).toHaveDisplayValue('Technical interview'));
    expect(calls.find((call) => call.path.endsWith('/move'))?.body).toEqual({ toStageId: 'stage-1', expectedVersion: 3 });
  });

  it('explains a concurrent change instead of overwriting it, and shows the current stage', async () => {
    const user = userEvent.setup();
    renderCandidates(`/candidates/${candidateId}`, { me: meWith(recruiterPermissions), handler: fakeApi({ conflictOnMove: true }) });
    const select = await screen.findByLabelText('Move to stage');
    await waitFor(() => expect(select).toHaveDisplayValue('Screening'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Someone else changed this application meanwhile/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/in “Technical interview” since/)).toBeInTheDocument());
  });

  it('erases only after the candidate’s name is typed, then returns to the list', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderCandidates(`/candidates/${candidateId}`, {
      me: meWith([...recruiterPermissions, 'candidates:privacy']),
      handler: (call) => fakeApi()(call) ?? (call.path === '/api/v1/candidates' ? { body: { data: [], nextCursor: null } } : undefined),
    });
    await user.click(await screen.findByRole('button', { name: 'Erase candidate' }));
    const erase = screen.getByRole('button', { name: 'Erase permanently' });
    expect(erase).toBeDisabled();
    await user.type(screen.getByLabelText('Type “Ada Lovelace” to confirm'), 'Ada Lovelac');
    expect(erase).toBeDisabled();
    await user.type(screen.getByLabelText('Type “Ada Lovelace” to confirm'), 'e');
    await user.click(erase);
    await waitFor(() => expect(router.state.location.pathname).toBe('/candidates'));
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([`/api/v1/candidates/${candidateId}`]);
  });

  it('shows the privacy actions only to a role that may use them', async () => {
    renderCandidates(`/candidates/${candidateId}`, { me: meWith(recruiterPermissions), handler: fakeApi() });
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    expect(screen.queryByRole('button', { name: 'Erase candidate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export data' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Merge a duplicate' })).toBeInTheDocument();
  });
});
