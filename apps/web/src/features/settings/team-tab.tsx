import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useMe, useSession } from '../../app/session';
import { Dialog } from '../../components/dialog';
import { fieldErrorsOf, FormError, formValues, SelectField, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { formatDate, formatDateTime } from '../../lib/format';
import { itemsOf, PagedTable, useCursorList } from './cursor-list';
import { type Role, roleLabels, roles, type User, userStatusLabels } from './labels';

type Invitation = ResponseOf<'/api/v1/users/invitations', 'post'>;

export function TeamTab() {
  const me = useMe();
  const canManage = me.can('users:manage');
  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const query = useCursorList(['users'], (cursor) => unwrap(api.GET('/api/v1/users', { params: { query: { cursor, limit: 50 } } })));
  const users = itemsOf(query);
  return (
    <section className="settings-section" aria-labelledby="team-title">
      <header>
        <h2 id="team-title">Team</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setInviting(true)}>
            Invite a teammate
          </button>
        )}
      </header>
      <PagedTable
        query={query}
        items={users}
        what="people"
        empty="No one here yet."
        columns={['Name', 'Role', 'Status', 'Last sign-in']}
        actions={canManage}
      >
        {users.map((user) => (
          <TeamRow key={user.id} user={user} canManage={canManage} isMe={user.id === me.user.id} onDeactivate={setDeactivating} />
        ))}
      </PagedTable>
      <InviteDialog open={inviting} onClose={() => setInviting(false)} />
      <DeactivateDialog user={deactivating} onClose={() => setDeactivating(null)} />
    </section>
  );
}

function useUpdateUser() {
  const queryClient = useQueryClient();
  const me = useMe();
  const { reload } = useSession();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: { role?: Role; active?: boolean } }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: async (user) => {
      // An admin who gives themselves another role loses permissions: show only what they keep.
      if (user.id === me.user.id) await reload();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

function TeamRow({
  user,
  canManage,
  isMe,
  onDeactivate,
}: {
  user: User;
  canManage: boolean;
  isMe: boolean;
  onDeactivate(user: User): void;
}) {
  const me = useMe();
  const notify = useNotify();
  const update = useUpdateUser();
  const status = userStatusLabels[user.status];
  return (
    <tr>
      <td>
        {user.name}
        {isMe && <span className="muted"> (you)</span>}
        <span className="cell-detail">{user.email}</span>
      </td>
      <td>
        {canManage && user.status !== 'deactivated' ? (
          <select
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={update.isPending}
            onChange={(event) => {
              const role = event.currentTarget.value as Role;
              update.mutate(
                { id: user.id, body: { role } },
                {
                  onSuccess: () => notify.success(`${user.name} is now ${roleLabels[role].toLowerCase()}.`),
                  onError: (error) => notify.error(error.message),
                },
              );
            }}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        ) : (
          roleLabels[user.role]
        )}
      </td>
      <td>
        <span className={`badge ${status.tone}`}>{status.label}</span>
      </td>
      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, me.effectiveTimezone) : <span className="muted">Never</span>}</td>
      {canManage && (
        <td>
          {user.status === 'deactivated' ? (
            <button
              type="button"
              className="button button-small"
              aria-label={`Reactivate ${user.name}`}
              disabled={update.isPending}
              onClick={() =>
                update.mutate(
                  { id: user.id, body: { active: true } },
                  { onSuccess: () => notify.success(`${user.name} can sign in again.`), onError: (error) => notify.error(error.message) },
                )
              }
            >
              Reactivate
            </button>
          ) : (
            !isMe && (
              <button
                type="button"
                className="button button-small"
                aria-label={`Deactivate ${user.name}`}
                onClick={() => onDeactivate(user)}
              >
                Deactivate
              </button>
            )
          )}
        </td>
      )}
    </tr>
  );
}

function DeactivateDialog({ user, onClose }: { user: User | null; onClose(): void }) {
  const notify = useNotify();
  const update = useUpdateUser();
  return (
    <Dialog title={user ? `Deactivate ${user.name}?` : 'Deactivate'} open={user !== null} onClose={onClose}>
      {user && (
        <div className="form">
          <p>
            {user.name} will be signed out everywhere and will no longer be able to sign in. Their interviews, scorecards and notes stay.
            You can reactivate them later.
          </p>
          <FormError error={update.error} />
          <div className="row">
            <button
              type="button"
              className="button button-danger"
              disabled={update.isPending}
              onClick={() =>
                update.mutate(
                  { id: user.id, body: { active: false } },
                  {
                    onSuccess: () => {
                      notify.success(`${user.name} has been deactivated.`);
                      onClose();
                    },
                  },
                )
              }
            >
              {update.isPending ? 'Deactivating…' : 'Deactivate'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function InviteDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const queryClient = useQueryClient();
  const invite = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(api.POST('/api/v1/users/invitations', { body: { name: values.name!, email: values.email!, role: values.role as Role } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const close = () => {
    invite.reset();
    onClose();
  };
  const errors = fieldErrorsOf(invite.error);
  return (
    <Dialog title="Invite a teammate" open={open} onClose={close}>
      {invite.data ? (
        <InvitationSent invitation={invite.data} onDone={close} />
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate(formValues(event.currentTarget));
          }}
        >
          <FormError error={invite.error} />
          <TextField label="Name" name="name" required maxLength={120} autoComplete="off" error={errors.name} />
          <TextField label="Email" name="email" type="email" required autoComplete="off" error={errors.email} />
          <SelectField label="Role" name="role" defaultValue="interviewer" error={errors.role} hint={<RoleHint />}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </SelectField>
          <div className="row">
            <button type="submit" className="button button-primary" disabled={invite.isPending}>
              {invite.isPending ? 'Sending…' : 'Send invitation'}
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function RoleHint() {
  return <>Recruiters run hiring; hiring managers see their own jobs; interviewers see only the interviews they sit on.</>;
}

function InvitationSent({ invitation, onDone }: { invitation: Invitation; onDone(): void }) {
  const me = useMe();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="form" role="status">
      <p>
        We have emailed an invitation to <strong>{invitation.user.email}</strong>. You can also share this link with {invitation.user.name}{' '}
        yourself; it works once, until {formatDate(invitation.expiresAt, me.effectiveTimezone)}.
      </p>
      <div className="field">
        <label htmlFor="invitation-url">Invitation link</label>
        <div className="invitation-link">
          <input id="invitation-url" readOnly value={invitation.invitationUrl} onFocus={(event) => event.currentTarget.select()} />
          <button
            type="button"
            className="button"
            onClick={() =>
              navigator.clipboard.writeText(invitation.invitationUrl).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copy link
          </button>
        </div>
        {copied !== null && (
          <p className="field-hint" aria-live="polite">
            {copied ? 'Link copied.' : 'Your browser did not allow copying: select the link and copy it by hand.'}
          </p>
        )}
      </div>
      <div className="row">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
