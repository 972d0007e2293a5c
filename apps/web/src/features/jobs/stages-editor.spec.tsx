import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { type DraftStage, draftOf, StagesEditor, stageInput } from './stages-editor';

const pipeline = () => [
  draftOf({ id: 'a', name: 'Applied', kind: 'applied', slaDays: null, scorecardAttributes: [] }),
  draftOf({ id: 's', name: 'Screening', kind: 'screening', slaDays: 5, scorecardAttributes: ['Motivation'] }),
  draftOf({ id: 't', name: 'Technical interview', kind: 'technical_interview', slaDays: null, scorecardAttributes: [] }),
  draftOf({ id: 'h', name: 'Hired', kind: 'hired', slaDays: null, scorecardAttributes: [] }),
];

function Harness({ errors = {}, onStages }: { errors?: Record<string, string>; onStages?: (stages: DraftStage[]) => void }) {
  const [stages, setStages] = useState(pipeline);
  return (
    <StagesEditor
      stages={stages}
      errors={errors}
      onChange={(next) => {
        setStages(next);
        onStages?.(next);
      }}
    />
  );
}

const names = () => screen.getAllByLabelText('Name').map((input) => (input as HTMLInputElement).value);

describe('the pipeline editor', () => {
  it('reorders with buttons, keeping the focus on the button pressed so it can be pressed again', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Move Technical interview up' }));
    expect(names()).toEqual(['Applied', 'Technical interview', 'Screening', 'Hired']);
    expect(screen.getByRole('button', { name: 'Move Technical interview up' })).toBeDisabled();
    // At the top the up button is disabled, so the focus moves to its neighbour, not to the page.
    expect(screen.getByRole('button', { name: 'Move Technical interview down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Applied', 'Screening', 'Technical interview', 'Hired']);
  });

  it('keeps "applied" first and "hired" last: they have no move or remove buttons and a fixed kind', () => {
    render(<Harness />);
    const applied = screen.getByRole('group', { name: 'Stage 1' });
    expect(within(applied).queryByRole('button')).toBeNull();
    expect(within(applied).getByText('Applied (fixed)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move Hired up' })).toBeNull();
  });

  it('adds a stage before "hired" and puts the cursor in its name', async () => {
    const user = userEvent.setup();
    let latest: DraftStage[] = [];
    render(<Harness onStages={(stages) => (latest = stages)} />);
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    const added = screen.getByRole('group', { name: 'Stage 4' });
    expect(within(added).getByLabelText('Name')).toHaveFocus();
    await user.keyboard('Take-home review');
    await user.type(within(added).getByLabelText('Scorecard attributes'), ' Code quality,  Testing ,');
    await user.type(within(added).getByLabelText('SLA days'), '3');
    expect(latest.map((stage) => stage.name)).toEqual(['Applied', 'Screening', 'Technical interview', 'Take-home review', 'Hired']);
    expect(stageInput(latest[3]!)).toEqual({
      name: 'Take-home review',
      kind: 'custom',
      slaDays: 3,
      scorecardAttributes: ['Code quality', 'Testing'],
    });
  });

  it("shows the API's error for stages.2.name next to that stage's name", () => {
    render(<Harness errors={{ 'stages.2.name': 'Name is required' }} />);
    const third = within(screen.getByRole('group', { name: 'Stage 3' })).getByLabelText('Name');
    expect(third).toHaveAttribute('aria-invalid', 'true');
    expect(third).toHaveAccessibleDescription('Name is required');
    expect(within(screen.getByRole('group', { name: 'Stage 2' })).getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });
});
