import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FakeCall, meWith, recruiterPermissions, renderCandidates } from './testing';

const ada = {
  id: '0196a000-0000-7000-8000-000000000001',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@people.example',
  location: 'London',
  tags: ['python'],
  links: [],
  phone: null,
  resume: null,
  source: 'referral',
  consentGivenAt: null,
  erasedAt: null,
  createdAt: '2026-03-01T23:30:00Z',
  updatedAt: '2026-03-01T23:30:00Z',
};

function searchHandler({ path, search }: FakeCall) {
  if (path !== '/api/v1/candidates') return undefined;
  const q = search.get('q');
  if (q === 'nobody') return { body: { data: [], nextCursor: null } };
  if (search.get('cursor') === 'page-2')
    return { body: { data: [{ ...ada, id: 'other', firstName: 'Adele', lastName: 'Goldberg' }], nextCursor: null } };
  return { body: { data: [ada], nextCursor: q ? null : 'page-2' } };
}

describe('the candidates list', () => {
  // The screen is a lazy route: load it once up front so the first test's waits measure the screen.
  beforeAll(() => import('./candidates-page'));

  it('searches once per pause in typing, keeps the words in the address, and shows dates in the user’s timezone', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderCandidates('/candidates', { me: meWith(recruiterPermissions), handler: searchHandler });
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', `/candidates/${ada.id}`);
    // 23:30 UTC on 1 March is already 2 March in Paris.
    expect(screen.getByRole('cell', { name: '2 Mar 2026' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search candidates'), 'Lovelase');
    await waitFor(() => expect(calls.some((call) => call.search.get('q') === 'Lovelase')).toBe(true));
    const searches = calls.filter((call) => call.path === '/api/v1/candidates' && call.search.has('q'));
    expect(searches.map((call) => call.search.get('q'))).toEqual(['Lovelase']);
    expect(router.state.location.search).toBe('?q=Lovelase');
  });

  it('says when nothing matches, in words', async () => {
    renderCandidates('/candidates?q=nobody', { me: meWith(recruiterPermissions), handler: searchHandler });
    expect(await screen.findByText('No candidate matches “nobody”. Check the spelling, or try fewer words.')).toBeInTheDocument();
  });

  it('pages on with the cursor the API gave', async () => {
    const user = userEvent.setup();
    const { calls } = renderCandidates('/candidates', { me: meWith(recruiterPermissions), handler: searchHandler });
    await user.click(await screen.findByRole('button', { name: 'Show more candidates' }));
    expect(await screen.findByRole('link', { name: 'Adele Goldberg' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(calls.at(-1)?.search.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Show more candidates' })).not.toBeInTheDocument();
  });

  it('offers "Add candidate" only to a role that may add candidates', async () => {
    renderCandidates('/candidates', { me: meWith(['candidates:read']), handler: searchHandler });
    await screen.findByRole('link', { name: 'Ada Lovelace' });
    expect(screen.queryByRole('link', { name: 'Add candidate' })).not.toBeInTheDocument();
  });

  it('shows a failed search as an error with a retry, not as an empty list', async () => {
    renderCandidates('/candidates', {
      me: meWith(recruiterPermissions),
      handler: () => ({ status: 500, body: { status: 500, code: 'INTERNAL_ERROR', requestId: 'req-7' } }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('quote reference req-7');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
