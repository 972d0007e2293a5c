import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { SelectField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { formatDateTime } from '../../lib/format';
import { itemsOf, PagedTable, useCursorList } from './cursor-list';
import { type Reminder, reminderKindLabels, reminderStatusLabels, retryableStatuses } from './labels';

type Kind = Reminder['kind'];
type Status = Reminder['status'];

/** Every reminder of the organisation and what became of it; filters live in the address. */
export function RemindersTab() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') || undefined) as Kind | undefined;
  const status = (params.get('status') || undefined) as Status | undefined;
  const query = useCursorList(['reminders', { kind, status }], (cursor) =>
    unwrap(api.GET('/api/v1/reminders', { params: { query: { kind, status, cursor, limit: 50 } } })),
  );
  const reminders = itemsOf(query);
  const setFilter = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return (
    <section className="settings-section" aria-labelledby="reminders-title">
      <header>
        <h2 id="reminders-title">Reminders sent</h2>
      </header>
      <div className="filters">
        <SelectField label="Kind" name="kind" value={kind ?? ''} onChange={(event) => setFilter('kind', event.currentTarget.value)}>
          <option value="">All kinds</option>
          {(Object.keys(reminderKindLabels) as Kind[]).map((value) => (
            <option key={value} value={value}>
              {reminderKindLabels[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" value={status ?? ''} onChange={(event) => setFilter('status', event.currentTarget.value)}>
          <option value="">All statuses</option>
          {(Object.keys(reminderStatusLabels) as Status[]).map((value) => (
            <option key={value} value={value}>
              {reminderStatusLabels[value].label}
            </option>
          ))}
        </SelectField>
      </div>
      <PagedTable
        query={query}
        items={reminders}
        what="reminders"
        empty={kind || status ? 'No reminders match these filters.' : 'No reminders yet: they appear as interviews are scheduled.'}
        columns={['Reminder', 'To', 'Due', 'Status', 'Email']}
        actions={me.can('reminders:manage')}
      >
        {reminders.map((reminder) => (
          <ReminderRow key={reminder.id} reminder={reminder} canRetry={me.can('reminders:manage')} timeZone={me.effectiveTimezone} />
        ))}
      </PagedTable>
    </section>
  );
}

function ReminderRow({ reminder, canRetry, timeZone }: { reminder: Reminder; canRetry: boolean; timeZone: string }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const retry = useMutation({
    mutationFn: async () => unwrap(api.POST('/api/v1/reminders/{id}/retry', { params: { path: { id: reminder.id } } })),
    onSuccess: async () => {
      notify.success(`The ${reminderKindLabels[reminder.kind].toLowerCase()} reminder to ${reminder.recipient.name} will be sent again.`);
      await queryClient.invalidateQueries({ queryKey: ['reminders'] });
    },
    onError: (error) => notify.error(error.message),
  });
  const status = reminderStatusLabels[reminder.status];
  const delivery = reminder.mailDelivery;
  return (
    <tr>
      <td>
        {reminderKindLabels[reminder.kind]}
        {reminder.sendCount > 0 && <span className="cell-detail">Sent again {reminder.sendCount}×</span>}
      </td>
      <td>
        {reminder.recipient.name}
        <span className="cell-detail">{reminder.recipient.type === 'candidate' ? 'Candidate' : 'Team member'}</span>
      </td>
      <td>{formatDateTime(reminder.dueAt, timeZone)}</td>
      <td>
        <span className={`badge ${status.tone}`}>{status.label}</span>
        {reminder.statusReason && <span className="cell-detail">{reminder.statusReason}</span>}
      </td>
      <td>
        {delivery ? (
          <>
            {delivery.status === 'sent' && delivery.sentAt
              ? `Delivered ${formatDateTime(delivery.sentAt, timeZone)}`
              : deliveryLabel[delivery.status]}
            {delivery.lastError && <span className="cell-detail">{delivery.lastError}</span>}
          </>
        ) : (
          <span className="muted">Not sent</span>
        )}
      </td>
      {canRetry && (
        <td>
          {retryableStatuses.includes(reminder.status) && (
            <button
              type="button"
              className="button button-small"
              disabled={retry.isPending}
              aria-label={`Send again: ${reminderKindLabels[reminder.kind]} to ${reminder.recipient.name}`}
              onClick={() => retry.mutate()}
            >
              {retry.isPending ? 'Sending…' : 'Send again'}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

const deliveryLabel = { pending: 'Waiting to send', sending: 'Sending', sent: 'Delivered', failed: 'Could not be delivered' } as const;
