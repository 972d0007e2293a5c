import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { Dialog } from '../../components/dialog';
import { FormError, TextArea } from '../../components/form';
import { useNotify } from '../../components/notices';
import { formatDate } from '../../lib/format';
import { type Interview, interviewKeys, scorecardDueFrom, statusBadge, statusLabels } from './model';
import { InterviewForm } from './schedule-interview';
import { formatTimeRange } from '../../lib/zoned-time';

/** When, how long, where and with whom, in the viewer's timezone. */
export function InterviewFacts({ interview }: { interview: Interview }) {
  const { effectiveTimezone: timeZone } = useMe();
  return (
    <dl className="interview-facts">
      <div>
        <dt>When</dt>
        <dd>
          {formatDate(interview.startsAt, timeZone)}, {formatTimeRange(interview.startsAt, interview.endsAt, timeZone)}{' '}
          <span className="muted">({timeZone})</span>
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <span className={statusBadge[interview.status]}>{statusLabels[interview.status]}</span>
          {interview.cancelReason && <span className="muted"> — {interview.cancelReason}</span>}
        </dd>
      </div>
      <div>
        <dt>Panel</dt>
        <dd>{interview.panel.map((member) => member.name).join(', ')}</dd>
      </div>
      {interview.location && (
        <div>
          <dt>Location</dt>
          <dd>{interview.location}</dd>
        </div>
      )}
      {interview.meetingUrl && (
        <div>
          <dt>Meeting link</dt>
          <dd>
            <a href={interview.meetingUrl} target="_blank" rel="noreferrer">
              {interview.meetingUrl}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>Stage</dt>
        <dd>{interview.stage.name}</dd>
      </div>
    </dl>
  );
}

/** Reschedule, cancel, complete or no-show, for whoever may manage interviews; the viewer's scorecard link. */
export function InterviewActions({ interview }: { interview: Interview }) {
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | null>(null);
  const close = useMutation({
    mutationFn: (outcome: 'complete' | 'no-show') =>
      unwrap(
        outcome === 'complete'
          ? api.POST('/api/v1/interviews/{id}/complete', { params: { path: { id: interview.id } } })
          : api.POST('/api/v1/interviews/{id}/no-show', { params: { path: { id: interview.id } } }),
      ),
    onSuccess: async (changed) => {
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      notify.success(`Interview marked as ${statusLabels[changed.status].toLowerCase()}.`);
    },
    onError: (error) => notify.error(error.message),
  });
  const manage = me.can('interviews:manage') && interview.status === 'scheduled';
  const due = scorecardDueFrom(interview, me.user.id);
  const started = Date.parse(interview.startsAt) <= Date.now();
  return (
    <div className="row interview-actions">
      {due && (
        <Link className="button button-primary button-small" to={`/interviews/${interview.id}/scorecard`}>
          Submit scorecard
        </Link>
      )}
      {manage && (
        <>
          <button type="button" className="button button-small" onClick={() => setDialog('reschedule')}>
            Reschedule
          </button>
          {started && (
            <>
              <button type="button" className="button button-small" disabled={close.isPending} onClick={() => close.mutate('complete')}>
                Mark completed
              </button>
              <button type="button" className="button button-small" disabled={close.isPending} onClick={() => close.mutate('no-show')}>
                Mark no-show
              </button>
            </>
          )}
          <button type="button" className="button button-danger button-small" onClick={() => setDialog('cancel')}>
            Cancel interview
          </button>
          <Dialog title={`Reschedule “${interview.title}”`} open={dialog === 'reschedule'} onClose={() => setDialog(null)}>
            <InterviewForm applicationId={interview.applicationId} interview={interview} onDone={() => setDialog(null)} />
          </Dialog>
          <Dialog title={`Cancel “${interview.title}”?`} open={dialog === 'cancel'} onClose={() => setDialog(null)}>
            <CancelInterviewForm interview={interview} onDone={() => setDialog(null)} />
          </Dialog>
        </>
      )}
    </div>
  );
}

function CancelInterviewForm({ interview, onDone }: { interview: Interview; onDone: () => void }) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/v1/interviews/{id}/cancel', { params: { path: { id: interview.id } }, body: reason ? { reason } : {} })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      notify.success('Interview cancelled; the panel and the candidate are told.');
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    cancel.mutate(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
  }
  return (
    <form className="form" onSubmit={submit}>
      <FormError error={cancel.error} />
      <p>The panel and the candidate get a calendar cancellation.</p>
      <TextArea label="Reason (optional)" name="reason" maxLength={2000} rows={3} />
      <div className="row">
        <button type="submit" className="button button-danger" disabled={cancel.isPending}>
          Cancel interview
        </button>
        <button type="button" className="button" onClick={onDone}>
          Keep interview
        </button>
      </div>
    </form>
  );
}
