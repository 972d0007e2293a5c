import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticesProvider } from '../../components/notices';
import { RejectApplicationDialog } from './reject-application-dialog';

// The API as openapi-fetch answers it: jsdom's fetch cannot take the client's relative URLs, so the
// client's calls are answered here, and unwrap (which turns answers into data or problems) is the real one.
const requests = vi.hoisted(() => ({
  seen: [] as { method: string; path: string; body: unknown }[],
  answers: new Map<string, () => Response>(),
}));
vi.mock('../../api/client', async (importActual) => {
  const actual = await importActual<typeof import('../../api/client')>();
  const call =
    (method: string) =>
    async (template: string, options: { params?: { path?: Record<string, string> }; body?: unknown } = {}) => {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.path?.[name] ?? '');
      requests.seen.push({ method, path, body: options.body });
      const response = requests.answers.get(`${method} ${path}`)?.() ?? new Response(null, { status: 404 });
      const payload: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      return response.ok ? { data: payload, response } : { error: payload, response };
    };
  return { ...actual, api: { GET: call('GET'), POST: call('POST') } };
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const reasons = [
  { id: '00000000-0000-7000-8000-000000000001', type: 'we_rejected', name: 'Skills mismatch' },
  { id: '00000000-0000-7000-8000-000000000002', type: 'they_withdrew', name: 'Accepted another offer' },
];

function renderDialog(props: { onClose?: () => void; onRejected?: () => void } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <NoticesProvider>
        <RejectApplicationDialog
          application={{ id: 'app-1', candidateName: 'Ada Lovelace' }}
          open
          onClose={props.onClose ?? (() => undefined)}
          onRejected={props.onRejected}
        />
      </NoticesProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  requests.seen.length = 0;
  requests.answers.clear();
  requests.answers.set('GET /api/v1/rejection-reasons', () => json(200, reasons));
  // jsdom has no modal dialogs; opening one is the browser's part, what it shows is ours.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('rejecting an application', () => {
  it('offers only "we rejected" reasons, and sends the reason, the note and whether to tell the candidate', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onRejected = vi.fn();
    requests.answers.set('POST /api/v1/applications/app-1/reject', () => json(200, { id: 'app-1', status: 'rejected' }));
    renderDialog({ onClose, onRejected });
    const reason = await screen.findByLabelText('Reason');
    expect([...(reason as HTMLSelectElement).options].map((option) => option.text)).toEqual(['Choose a reason', 'Skills mismatch']);
    await user.selectOptions(reason, 'Skills mismatch');
    await user.type(screen.getByLabelText('Note (optional)'), '  Needs more Rust.  ');
    await user.click(screen.getByLabelText('Notify the candidate by email'));
    await user.click(screen.getByRole('button', { name: 'Reject application' }));
    await vi.waitFor(() => expect(onRejected).toHaveBeenCalledOnce());
    expect(onClose).toHaveBeenCalled();
    expect(requests.seen.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/applications/app-1/reject',
      body: { reasonId: reasons[0]!.id, note: 'Needs more Rust.', notifyCandidate: true },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Ada Lovelace was rejected.');
  });

  it('keeps the dialog open and says why when the application was closed meanwhile', async () => {
    const user = userEvent.setup();
    const onRejected = vi.fn();
    requests.answers.set('POST /api/v1/applications/app-1/reject', () =>
      json(
        409,
        { status: 409, code: 'APPLICATION_NOT_ACTIVE', detail: 'The application is hired; reopen it first.' },
        'application/problem+json',
      ),
    );
    renderDialog({ onRejected });
    await user.selectOptions(await screen.findByLabelText('Reason'), 'Skills mismatch');
    await user.click(screen.getByRole('button', { name: 'Reject application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The application is hired; reopen it first.');
    expect(onRejected).not.toHaveBeenCalled();
    expect(requests.seen.at(-1)?.body).toEqual({ reasonId: reasons[0]!.id, notifyCandidate: false });
  });

  it('shows the reasons failing to load, with a way to try again', async () => {
    requests.answers.set('GET /api/v1/rejection-reasons', () =>
      json(500, { status: 500, code: 'INTERNAL_ERROR', requestId: 'req-7' }, 'application/problem+json'),
    );
    renderDialog();
    expect(await screen.findByRole('alert')).toHaveTextContent('quote reference req-7');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
