import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useMe } from '../../app/session';
import { FormError, SelectField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { QueryState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { RejectApplicationDialog } from '../applications';
import { ApplicationChallenges, SendChallengeButton } from '../challenges';
import { ApplicationInterviews, ScheduleInterviewButton } from '../interviews';
import { ApplicationNotes } from './application-notes';
import { ApplicationTimeline } from './application-timeline';
import {
  type ApplicationDetail,
  candidateKeys,
  sourceLabels,
  statusBadge,
  statusLabels,
  useApplication,
  useJobStages,
} from './candidates-api';
import { WithdrawApplicationDialog } from './withdraw-application-dialog';

/** Everything the team does with one application: stage, decisions, history, notes, interviews, challenges. */
export function ApplicationPanel({ applicationId, candidateName }: { applicationId: string; candidateName: string }) {
  const application = useApplication(applicationId);
  return (
    <QueryState query={application} loadingLabel="Loading the application…">
      {(data) => <ApplicationDetails application={data} candidateName={candidateName} />}
    </QueryState>
  );
}

/** After any change to an application: it, its candidate (stage and status in the list) and boards. */
export function useApplicationChanged(application: { id: string; candidate: { id: string } }) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: candidateKeys.application(application.id) }),
      queryClient.invalidateQueries({ queryKey: candidateKeys.one(application.candidate.id) }),
      queryClient.invalidateQueries({ queryKey: ['jobs'] }),
    ]);
}

function ApplicationDetails({ application, candidateName }: { application: ApplicationDetail; candidateName: string }) {
  const me = useMe();
  const canManage = me.can('applications:manage');
  const changed = useApplicationChanged(application);
  const [dialog, setDialog] = useState<'reject' | 'withdraw' | null>(null);
  const closed = application.status === 'rejected' || application.status === 'withdrawn';
  const titleId = `application-${application.id}`;
  return (
    <article className="card application-panel stack" aria-labelledby={titleId}>
      <header className="section-header">
        <div>
          <h3 id={titleId}>
            <Link to={`/jobs/${application.job.id}`}>{application.job.title}</Link>{' '}
            <span className={statusBadge[application.status]}>{statusLabels[application.status]}</span>
          </h3>
          <p className="muted">
            Applied {formatDate(application.appliedAt, me.effectiveTimezone)} · {sourceLabels[application.source]} · in “
            {application.stage.name}” since {formatDate(application.stageEnteredAt, me.effectiveTimezone)}
            {application.rejectionReason && ` · ${application.rejectionReason.name}`}
          </p>
        </div>
        {canManage && (
          <div className="row">
            {application.status === 'active' && (
              <>
                <ScheduleInterviewButton applicationId={application.id} candidateName={candidateName} />
                <SendChallengeButton applicationId={application.id} candidateName={candidateName} />
                <button type="button" className="button button-danger" onClick={() => setDialog('reject')}>
                  Reject
                </button>
                <button type="button" className="button" onClick={() => setDialog('withdraw')}>
                  Withdraw
                </button>
              </>
            )}
            {closed && <ReopenButton application={application} onDone={changed} />}
          </div>
        )}
      </header>
      {canManage && application.status === 'active' && <MoveStage application={application} onMoved={changed} />}
      <RejectApplicationDialog
        application={{ id: application.id, candidateName }}
        open={dialog === 'reject'}
        onClose={() => setDialog(null)}
        onRejected={() => void changed()}
      />
      {dialog === 'withdraw' && (
        <WithdrawApplicationDialog
          application={application}
          candidateName={candidateName}
          onClose={() => setDialog(null)}
          onDone={changed}
        />
      )}
      <div className="grid-2 application-columns">
        <ApplicationTimeline history={application.history} timeZone={me.effectiveTimezone} />
        <ApplicationNotes application={application} canWrite={canManage} timeZone={me.effectiveTimezone} />
      </div>
      <ApplicationInterviews applicationId={application.id} />
      <ApplicationChallenges applicationId={application.id} />
    </article>
  );
}

/** Move to another stage of the job; the version the page saw guards against a concurrent move. */
function MoveStage({ application, onMoved }: { application: ApplicationDetail; onMoved: () => Promise<unknown> }) {
  const notify = useNotify();
  const stages = useJobStages(application.job.id);
  const [target, setTarget] = useState('');
  const move = useMutation({
    mutationFn: (toStageId: string) =>
      unwrap(
        api.POST('/api/v1/applications/{id}/move', {
          params: { path: { id: application.id } },
          body: { toStageId, expectedVersion: application.version },
        }),
      ),
    onSuccess: async (moved) => {
      setTarget('');
      await onMoved();
      notify.success(moved.status === 'hired' ? 'Hired. Congratulations!' : `Moved to “${moved.stage.name}”.`);
    },
    onError: (error) => {
      // Someone else moved it meanwhile: show them the current state rather than overwrite it.
      if (error instanceof ApiProblem && error.code === 'VERSION_CONFLICT') void onMoved();
    },
  });
  const others = stages.data?.filter((stage) => stage.id !== application.stage.id) ?? [];
  const next = stages.data?.find(
    (stage) => stage.position > (stages.data.find((s) => s.id === application.stage.id)?.position ?? Infinity),
  );
  const chosen = target || next?.id || '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) move.mutate(chosen);
  };
  const conflict = move.error instanceof ApiProblem && move.error.code === 'VERSION_CONFLICT';
  return (
    <form className="row move-stage" onSubmit={onSubmit} aria-label="Move to another stage">
      <SelectField
        label="Move to stage"
        name="toStageId"
        value={chosen}
        onChange={(event) => setTarget(event.target.value)}
        disabled={!stages.data || move.isPending}
        hint={stages.isError ? 'The job’s stages could not be loaded.' : undefined}
      >
        {!stages.data && <option value="">Loading stages…</option>}
        {others.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={!chosen || move.isPending}>
        {move.isPending ? 'Moving…' : 'Move'}
      </button>
      {conflict ? (
        <p className="form-error" role="alert">
          Someone else changed this application meanwhile; it now shows its current stage. Choose again if it still needs to move.
        </p>
      ) : (
        <FormError error={move.error} />
      )}
    </form>
  );
}

function ReopenButton({ application, onDone }: { application: ApplicationDetail; onDone: () => Promise<unknown> }) {
  const notify = useNotify();
  const reopen = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/applications/{id}/unreject', { params: { path: { id: application.id } }, body: {} })),
    onSuccess: async () => {
      await onDone();
      notify.success('The application is active again.');
    },
    onError: (error) => notify.error(error.message),
  });
  return (
    <button type="button" className="button" disabled={reopen.isPending} onClick={() => reopen.mutate()}>
      {reopen.isPending ? 'Reopening…' : 'Reopen'}
    </button>
  );
}
