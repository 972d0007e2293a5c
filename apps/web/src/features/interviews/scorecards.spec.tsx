import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/problem';
import type { ScorecardBody } from './model';
import { ScorecardForm } from './scorecards';

const pick = async (group: string, label: string) =>
  userEvent.click(within(screen.getByRole('group', { name: group })).getByLabelText(label));

describe('ScorecardForm', { timeout: 20_000 }, () => {
  it('rates each attribute of the stage on the four-point scale or not at all, with notes', async () => {
    const onSubmit = vi.fn<(body: ScorecardBody) => Promise<void>>().mockResolvedValue();
    render(<ScorecardForm attributes={['Problem solving', 'Communication']} onSubmit={onSubmit} />);
    expect(
      within(screen.getByRole('group', { name: 'Problem solving' }))
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['strong_no', 'no', 'yes', 'strong_yes', 'no_decision']);
    await pick('Problem solving', 'Strong yes');
    await userEvent.type(screen.getByLabelText('Note on Problem solving'), 'Quick.');
    await pick('Communication', 'Not assessed');
    await pick('Overall recommendation', 'Yes');
    await userEvent.type(screen.getByLabelText('Notes'), 'Hire.');
    await userEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      ratings: [
        { attribute: 'Problem solving', rating: 'strong_yes', note: 'Quick.' },
        { attribute: 'Communication', rating: 'no_decision' },
      ],
      recommendation: 'yes',
      notes: 'Hire.',
    });
  });

  it('shows the API’s errors next to the attribute or field they name', async () => {
    const refusal = new ApiProblem({
      status: 400,
      code: 'SCORECARD_ATTRIBUTE_INVALID',
      detail: 'Invalid scorecard: check ratings.1.attribute.',
      errors: [
        { field: 'ratings.1.attribute', message: "is not a scorecard attribute of the interview's stage (Problem solving)" },
        { field: 'notes', message: 'must be at most 20000 characters' },
      ],
    });
    render(<ScorecardForm attributes={['Problem solving', 'Communication']} onSubmit={() => Promise.reject(refusal)} />);
    await pick('Problem solving', 'Yes');
    await pick('Communication', 'No');
    await pick('Overall recommendation', 'No');
    await userEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some answers need attention: see the messages below.');
    expect(screen.getByRole('group', { name: 'Communication' })).toHaveAccessibleDescription(
      "Attribute is not a scorecard attribute of the interview's stage (Problem solving)",
    );
    expect(screen.getByRole('group', { name: 'Problem solving' })).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText('Notes')).toHaveAccessibleDescription('Notes must be at most 20000 characters');
  });
});
