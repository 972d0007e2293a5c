import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FieldFrame, fieldErrorsOf, FormError, TextArea, TextField } from '../../components/form';
import { applyForJob, type PublicJob } from './careers-api';

/** As the API's limit (RESUME_MAX_BYTES): checked here too, so a big file is not sent for nothing. */
const RESUME_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Field errors by the form's own fields: a link's error (`links.2`) goes to the links field, and a
 * résumé the server could not read (reported as `file`) to the résumé field.
 */
export function applyFieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = path === 'file' ? 'resume' : path.split('.')[0]!;
    errors[field] ??= message;
  }
  return errors;
}

/** The form as the API's multipart body: a link per line, consent as `true`, empty fields left out. */
export function applicationBody(form: HTMLFormElement): FormData {
  const read = new FormData(form);
  const body = new FormData();
  for (const name of ['firstName', 'lastName', 'email', 'phone', 'resumeText']) {
    const value = String(read.get(name) ?? '').trim();
    if (value) body.append(name, value);
  }
  for (const link of String(read.get('links') ?? '').split(/\s+/)) if (link) body.append('links', link);
  const resume = read.get('resume');
  if (resume instanceof File && resume.size > 0) body.append('resume', resume, resume.name);
  if (read.get('consent')) body.append('consent', 'true');
  return body;
}

/** Apply without an account; a thank-you replaces the form once the API has it. */
export function ApplyForm({ slug, job }: { slug: string; job: PublicJob }) {
  const [firstName, setFirstName] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  const apply = useMutation({ mutationFn: (body: FormData) => applyForJob(slug, job.id, body) });
  const thanks = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (apply.isSuccess) thanks.current?.focus();
  }, [apply.isSuccess]);

  if (apply.isSuccess) {
    return (
      <section className="card career-thanks" role="status" aria-labelledby="apply-thanks">
        <h2 id="apply-thanks" ref={thanks} tabIndex={-1}>
          Thank you for applying{firstName ? `, ${firstName}` : ''}
        </h2>
        <p>
          We have received your application for <strong>{job.title}</strong>. We will get back to you by email.
        </p>
        <Link to={`/careers/${slug}`}>See other open positions</Link>
      </section>
    );
  }

  const errors = applyFieldErrors(apply.error);
  return (
    <section aria-labelledby="apply-title">
      <form
        className="form career-apply"
        onSubmit={(event) => {
          event.preventDefault();
          const body = applicationBody(event.currentTarget);
          const resume = body.get('resume');
          if (resume instanceof File && resume.size > RESUME_MAX_BYTES) {
            apply.reset();
            setTooLarge(true);
            return;
          }
          setTooLarge(false);
          setFirstName(String(body.get('firstName') ?? ''));
          apply.mutate(body);
        }}
      >
        <h2 id="apply-title">Apply for this job</h2>
        <p className="muted">Fields marked optional can be left empty.</p>
        <FormError error={apply.error} />
        <div className="grid-2">
          <TextField label="First name" name="firstName" autoComplete="given-name" required maxLength={100} error={errors.firstName} />
          <TextField label="Last name" name="lastName" autoComplete="family-name" required maxLength={100} error={errors.lastName} />
        </div>
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
        <TextField label="Phone (optional)" name="phone" type="tel" autoComplete="tel" maxLength={40} error={errors.phone} />
        <TextArea
          label="Links (optional)"
          name="links"
          rows={3}
          hint="Your LinkedIn, GitHub or portfolio: one address per line, starting with https://"
          error={errors.links}
        />
        <ResumeField error={tooLarge ? 'Résumé must be at most 10 MB' : errors.resume} />
        <TextArea label="Or paste your résumé text (optional)" name="resumeText" rows={5} maxLength={200_000} error={errors.resumeText} />
        <ConsentField error={errors.consent} />
        <button type="submit" className="button button-primary" disabled={apply.isPending}>
          {apply.isPending ? 'Sending your application…' : 'Send application'}
        </button>
      </form>
    </section>
  );
}

function ResumeField({ error }: { error?: string }) {
  return (
    <FieldFrame label="Résumé (optional)" error={error} hint="A PDF, DOCX or plain text file, up to 10 MB.">
      {(wiring) => (
        <input
          {...wiring}
          type="file"
          name="resume"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        />
      )}
    </FieldFrame>
  );
}

/** Required by the browser first; the API's own refusal still shows here. */
function ConsentField({ error }: { error?: string }) {
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          name="consent"
          value="true"
          required
          {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
        />
        <label htmlFor={id}>I agree that my application, including my résumé, is stored and used to consider me for this job.</label>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
