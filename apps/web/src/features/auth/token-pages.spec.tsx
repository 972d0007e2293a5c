import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../components/form';
import { MissingToken, NewPasswordFields, passwordMismatch } from './token-pages';

describe('choosing a new password', () => {
  it('reports two different passwords on the repeat field, announced with it', () => {
    render(
      <NewPasswordFields
        name="newPassword"
        label="New password"
        repeatLabel="Repeat the new password"
        errors={fieldErrorsOf(passwordMismatch())}
      />,
    );
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('New password')).toHaveAttribute('minlength', '10');
    const repeat = screen.getByLabelText('Repeat the new password');
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveAccessibleDescription('Repeat password does not match');
  });

  it('explains a link opened without its token, and offers a new reset link', () => {
    render(
      <MemoryRouter>
        <MissingToken title="Choose a new password" what="reset" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete. Open the password reset email again');
    expect(screen.getByRole('link', { name: 'Ask for a new reset link' })).toHaveAttribute('href', '/forgot-password');
  });
});
