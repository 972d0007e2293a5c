import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { fieldErrorsOf, FormError, TextField } from './form';

const problem = new ApiProblem({
  status: 400,
  code: 'VALIDATION_FAILED',
  detail: 'Invalid request: check email, stages.2.name.',
  errors: [
    { field: 'email', message: 'must be a valid email address' },
    { field: 'stages.2.name', message: 'is required' },
  ],
});

describe('form errors', () => {
  it('shows each field error next to its field, named as a label would say it, and announced with it', () => {
    const errors = fieldErrorsOf(problem);
    render(<TextField label="Email" name="email" error={errors.email} />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Email must be a valid email address');
    expect(errors['stages.2.name']).toBe('Name is required');
  });

  it('summarises a failed submission in words, and a server error by its reference only', () => {
    const { rerender } = render(<FormError error={problem} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    rerender(<FormError error={new ApiProblem({ status: 500, code: 'INTERNAL_ERROR', requestId: 'req-42', detail: 'boom' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('quote reference req-42');
    expect(screen.getByRole('alert')).not.toHaveTextContent('boom');
  });
});
