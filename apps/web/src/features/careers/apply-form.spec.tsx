import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { applicationBody, applyFieldErrors } from './apply-form';

describe('the apply form', () => {
  // The résumé file is covered in the browser (jsdom's FormData does not read a stubbed file list).
  it("sends a link per line and consent as the API's `true`, and leaves empty fields (no file chosen) out", () => {
    render(
      <form data-testid="form">
        <input name="firstName" defaultValue=" Grace " />
        <input name="lastName" defaultValue="Hopper" />
        <input name="email" defaultValue="grace@example.com" />
        <input name="phone" defaultValue="" />
        <textarea name="links" defaultValue={'https://a.example\n\n  https://b.example  '} />
        <input name="resume" type="file" />
        <textarea name="resumeText" defaultValue="" />
        <input name="consent" type="checkbox" value="true" defaultChecked />
      </form>,
    );
    const form = screen.getByTestId('form') as HTMLFormElement;
    const body = applicationBody(form);
    expect([...body.keys()]).toEqual(['firstName', 'lastName', 'email', 'links', 'links', 'consent']);
    expect(body.get('firstName')).toBe('Grace');
    expect(body.getAll('links')).toEqual(['https://a.example', 'https://b.example']);
    expect(body.get('consent')).toBe('true');
  });

  it("puts each API field error on the form's own field: a link's on Links, an unreadable file's on Résumé", () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'links.1', message: 'Invalid URL' },
        { field: 'links.3', message: 'Invalid URL' },
        { field: 'email', message: 'must be an email address' },
      ],
    });
    expect(applyFieldErrors(problem)).toEqual({ links: 'Links Invalid URL', email: 'Email must be an email address' });
    const unreadable = new ApiProblem({
      status: 415,
      code: 'UNSUPPORTED_RESUME_TYPE',
      errors: [{ field: 'file', message: 'is not a PDF, DOCX or UTF-8 plain text file' }],
    });
    expect(applyFieldErrors(unreadable)).toEqual({ resume: 'File is not a PDF, DOCX or UTF-8 plain text file' });
    expect(applyFieldErrors(new Error('offline'))).toEqual({});
  });
});
