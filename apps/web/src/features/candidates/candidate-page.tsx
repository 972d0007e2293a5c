import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { FormError } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { Empty, QueryState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { ApplicationPanel } from './application-panel';
import { ApplyToJobButton } from './apply-to-job-dialog';
import { CandidateFields, candidateInput, readCandidateForm } from './candidate-fields';
import { uploadResume } from './candidate-mutations';
import { CandidatePrivacyActions } from './candidate-privacy';
import { type Candidate, candidateKeys, fullName, sourceLabels, statusBadge, statusLabels, useCandidate } from './candidates-api';
import { MergeDuplicateButton } from './merge-duplicate-dialog';
import { ResumeDownload } from './resume-download';
import { RESUME_MAX_BYTES, ResumeField } from './resume-field';
import './candidates.css';
import { FormActions } from './form-actions';

/** A candidate: profile, applications (one in focus with its history and notes), privacy actions. */
export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  return (
    <QueryState query={candidate} loadingLabel="Loading the candidate…">
      {(data) => <CandidateView candidate={data} />}
    </QueryState>
  );
}

function CandidateView({ candidate }: { candidate: Candidate }) {
  const me = useMe();
  const name = fullName(candidate);
  const erased = candidate.erasedAt !== null;
  return (
    <Page
      title={erased ? 'Erased candidate' : name}
      wide
      actions={
        !erased && (
          <>
            {me.can('applications:manage') && <ApplyToJobButton candidate={candidate} />}
            {me.can('candidates:manage') && <MergeDuplicateButton candidate={candidate} />}
            {me.can('candidates:privacy') && <CandidatePrivacyActions candidate={candidate} />}
          </>
        )
      }
    >
      <div className="candidate-layout">
        <ProfileCard candidate={candidate} />
        <Applications candidate={candidate} />
      </div>
    </Page>
  );
}

function ProfileCard({ candidate }: { candidate: Candidate }) {
  const me = useMe();
  const [editing, setEditing] = useState(false);
  if (candidate.erasedAt !== null) {
    return (
      <section className="card candidate-profile" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <p>
          This candidate’s personal data was erased on {formatDate(candidate.erasedAt, me.effectiveTimezone)}. Only anonymous history
          remains.
        </p>
      </section>
    );
  }
  return (
    <section className="card candidate-profile" aria-labelledby="profile-title">
      <div className="section-header">
        <h2 id="profile-title">Profile</h2>
        {me.can('candidates:manage') && !editing && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit profile
          </button>
        )}
      </div>
      {editing ? <ProfileForm candidate={candidate} onDone={() => setEditing(false)} /> : <ProfileDetails candidate={candidate} />}
    </section>
  );
}

function ProfileDetails({ candidate }: { candidate: Candidate }) {
  const me = useMe();
  return (
    <dl className="candidate-facts">
      <dt>Email</dt>
      <dd>{candidate.email && <a href={`mailto:${candidate.email}`}>{candidate.email}</a>}</dd>
      <dt>Phone</dt>
      <dd>{candidate.phone ?? <span className="muted">Not given</span>}</dd>
      <dt>Location</dt>
      <dd>{candidate.location ?? <span className="muted">Not given</span>}</dd>
      <dt>Source</dt>
      <dd>{sourceLabels[candidate.source]}</dd>
      <dt>Tags</dt>
      <dd>
        {candidate.tags.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          candidate.tags.map((tag) => (
            <span key={tag} className="badge candidate-tag">
              {tag}
            </span>
          ))
        )}
      </dd>
      <dt>Links</dt>
      <dd>
        {candidate.links.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className="plain-list">
            {candidate.links.map((link) => (
              <li key={link}>
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Résumé</dt>
      <dd>
        {candidate.resume ? (
          <ResumeDownload candidateId={candidate.id} resume={candidate.resume} />
        ) : (
          <span className="muted">None uploaded</span>
        )}
      </dd>
      <dt>Consent to keep data</dt>
      <dd>{candidate.consentGivenAt ? `Given on ${formatDate(candidate.consentGivenAt, me.effectiveTimezone)}` : 'Not recorded'}</dd>
      <dt>Added</dt>
      <dd>{formatDate(candidate.createdAt, me.effectiveTimezone)}</dd>
    </dl>
  );
}

function ProfileForm({ candidate, onDone }: { candidate: Candidate; onDone: () => void }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [resume, setResume] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: async ({ values, consent }: { values: Record<string, string>; consent: boolean }) => {
      const { consent: _consent, ...fields } = candidateInput(values, consent);
      // Consent records when it was given: send it only when the box changed, not on every save.
      const consentChanged = consent !== (candidate.consentGivenAt !== null);
      const updated = await unwrap(
        api.PATCH('/api/v1/candidates/{id}', {
          params: { path: { id: candidate.id } },
          body: { ...fields, ...(consentChanged ? { consent } : {}) },
        }),
      );
      if (resume) await uploadResume(candidate.id, resume);
      return updated;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: candidateKeys.all });
      notify.success('Profile saved.');
      onDone();
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resume && resume.size > RESUME_MAX_BYTES) return;
    save.mutate(readCandidateForm(event.currentTarget));
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-label="Edit profile">
      <FormError error={save.error} />
      <CandidateFields error={save.error} candidate={candidate} />
      <ResumeField file={resume} onChange={setResume} label={candidate.resume ? 'Replace résumé' : 'Résumé'} />
      <FormActions label="Save profile" busyLabel="Saving…" busy={save.isPending} onCancel={onDone} />
    </form>
  );
}

function Applications({ candidate }: { candidate: Candidate }) {
  const [params, setParams] = useSearchParams();
  const applications = candidate.applications;
  const focused = applications.find((application) => application.id === params.get('application')) ?? applications[0];
  return (
    <section className="candidate-applications stack" aria-labelledby="applications-title">
      <h2 id="applications-title">Applications</h2>
      {applications.length === 0 ? (
        <Empty>
          <p>{fullName(candidate)} has not applied to any job yet.</p>
        </Empty>
      ) : (
        <>
          <table className="table applications-table">
            <caption className="visually-hidden">Applications, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Stage</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => {
                const current = application.id === focused?.id;
                return (
                  <tr
                    key={application.id}
                    className={current ? 'application-current' : undefined}
                    aria-current={current ? 'true' : undefined}
                  >
                    <td>
                      <Link to={`/jobs/${application.job.id}`}>{application.job.title}</Link>
                    </td>
                    <td>{application.stage.name}</td>
                    <td>
                      <span className={statusBadge[application.status]}>{statusLabels[application.status]}</span>
                    </td>
                    <td>
                      {current ? (
                        <span className="muted">Shown below</span>
                      ) : (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setParams({ application: application.id }, { replace: true })}
                          aria-label={`Show the application to ${application.job.title}`}
                        >
                          Show
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {focused && <ApplicationPanel key={focused.id} applicationId={focused.id} candidateName={fullName(candidate)} />}
        </>
      )}
    </section>
  );
}
