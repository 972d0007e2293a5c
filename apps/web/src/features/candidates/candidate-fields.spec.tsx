import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { CandidateFields, candidateInput, errorOf } from './candidate-fields';

describe('the candidate form', () => {
  it('shows an error about one link or tag next to Links or Tags', () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'links.1', message: 'must be an http or https URL' },
        { field: 'firstName', message: 'is required' },
      ],
    });
    render(<CandidateFields error={problem} />, { wrapper: MemoryRouter });
    expect(screen.getByLabelText('Links')).toHaveAccessibleDescription(/Links must be an http or https URL/);
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription('First name is required');
    expect(screen.getByLabelText('Tags')).not.toHaveAttribute('aria-invalid');
    expect(errorOf(problem.fieldErrors, 'link')).toBeUndefined();
  });

  it('points to the candidate who already has the email', () => {
    const problem = new ApiProblem({
      status: 409,
      code: 'CANDIDATE_EMAIL_TAKEN',
      detail: 'Another candidate of the organisation has this email.',
      errors: [{ field: 'email', message: 'already belongs to another candidate' }],
      candidateId: 'c-42',
    });
    render(<CandidateFields error={problem} />, { wrapper: MemoryRouter });
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Email already belongs to another candidate/);
    expect(screen.getByRole('link', { name: 'Open the candidate who has this email' })).toHaveAttribute('href', '/candidates/c-42');
  });

  it('sends tags split on commas, links split on white space, and clears empty optional fields', () => {
    const input = candidateInput(
      {
        firstName: ' Ada ',
        lastName: 'Lovelace',
        email: 'ada@people.example',
        phone: ' ',
        location: '',
        source: 'referral',
        tags: 'python, , Remote ',
        links: 'https://a.example\n https://b.example ',
      },
      true,
    );
    expect(input).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@people.example',
      phone: null,
      location: null,
      source: 'referral',
      tags: ['python', 'Remote'],
      links: ['https://a.example', 'https://b.example'],
      consent: true,
    });
  });
});
