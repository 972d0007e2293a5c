import { Link } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { fieldErrorsOf, formValues, SelectField, TextArea, TextField } from '../../components/form';
import { type Candidate, type CandidateInput, type CandidateSource, sourceLabels } from './candidates-api';

/** The error of a field, or of any of its items (`links.2` shows beside Links). */
export function errorOf(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
}

/** A 409 CANDIDATE_EMAIL_TAKEN names the candidate who has the email: offer their page. */
export function takenBy(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'CANDIDATE_EMAIL_TAKEN') return undefined;
  const id = error.document.candidateId;
  return typeof id === 'string' ? id : undefined;
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** The form's fields, and its consent box (a checkbox's value is only in FormData when ticked). */
export function readCandidateForm(form: HTMLFormElement): { values: Record<string, string>; consent: boolean } {
  return { values: formValues(form), consent: (form.elements.namedItem('consent') as HTMLInputElement | null)?.checked ?? false };
}

/** The form's values as the API takes them; empty optional fields clear the value. */
export function candidateInput(values: Record<string, string>, consent: boolean): CandidateInput {
  return {
    firstName: values.firstName?.trim() ?? '',
    lastName: values.lastName?.trim() ?? '',
    email: values.email?.trim() ?? '',
    phone: values.phone?.trim() || null,
    location: values.location?.trim() || null,
    source: (values.source || 'other') as CandidateSource,
    tags: list(values.tags ?? '', /,/),
    links: list(values.links ?? '', /\s+/),
    consent,
  };
}

/** The candidate's own fields, shared by "Add candidate" and "Edit profile". */
export function CandidateFields({ error, candidate }: { error: unknown; candidate?: Candidate }) {
  const errors = fieldErrorsOf(error);
  const existing = takenBy(error);
  return (
    <>
      <div className="grid-2">
        <TextField
          label="First name"
          name="firstName"
          required
          maxLength={100}
          defaultValue={candidate?.firstName}
          error={errorOf(errors, 'firstName')}
        />
        <TextField
          label="Last name"
          name="lastName"
          required
          maxLength={100}
          defaultValue={candidate?.lastName}
          error={errorOf(errors, 'lastName')}
        />
      </div>
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        defaultValue={candidate?.email ?? ''}
        error={errorOf(errors, 'email') ?? (existing ? 'Another candidate already has this email.' : undefined)}
        hint={existing && <Link to={`/candidates/${existing}`}>Open the candidate who has this email</Link>}
      />
      <div className="grid-2">
        <TextField label="Phone" name="phone" type="tel" defaultValue={candidate?.phone ?? ''} error={errorOf(errors, 'phone')} />
        <TextField label="Location" name="location" defaultValue={candidate?.location ?? ''} error={errorOf(errors, 'location')} />
      </div>
      <SelectField label="Source" name="source" defaultValue={candidate?.source ?? 'sourced'} error={errorOf(errors, 'source')}>
        {Object.entries(sourceLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Tags"
        name="tags"
        defaultValue={candidate?.tags.join(', ')}
        hint="Separate tags with commas, e.g. python, remote."
        error={errorOf(errors, 'tags')}
      />
      <TextArea
        label="Links"
        name="links"
        rows={2}
        defaultValue={candidate?.links.join('\n')}
        hint="Profiles and portfolio, one web address per line."
        error={errorOf(errors, 'links')}
      />
      <label className="checkbox">
        <input type="checkbox" name="consent" defaultChecked={candidate ? candidate.consentGivenAt !== null : false} />
        The candidate agreed to have their data kept
      </label>
    </>
  );
}
