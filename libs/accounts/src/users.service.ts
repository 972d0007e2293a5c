import { AuditService } from '@hp/audit';
import type { RequestContext } from '@hp/auth';
import { decodeIdCursor, type Page, toPage } from '@hp/common';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { scopedQuery } from '@hp/database';
import { MailService } from '@hp/mail';
import { Inject, Injectable } from '@nestjs/common';
import { AccountsError } from './accounts.errors.js';
import type { InvitationInput, ListUsersQuery, UpdateUserInput, UserView } from './dto/accounts.schemas.js';
import { Organization } from './entities/organization.entity.js';
import { User } from './entities/user.entity.js';
import { ActorLoader } from './actor-loader.js';
import { OneTimeTokens } from './one-time-tokens.js';
import { SessionService } from './session.service.js';
import { toUserView } from './views.js';

const INVITATION_TTL_MS = 7 * 86_400_000;
const UNIQUE_VIOLATION = '23505';

const userAlreadyExists = (userId?: string) =>
  new AccountsError('USER_ALREADY_EXISTS', 'A user with this email already belongs to the organisation.', {
    errors: [{ field: 'email', message: 'already belongs to a user of the organisation' }],
    ...(userId ? { userId } : {}),
  });

@Injectable()
export class UsersService {
  constructor(
    private readonly oneTimeTokens: OneTimeTokens,
    private readonly actors: ActorLoader,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(context: RequestContext, query: ListUsersQuery): Promise<Page<UserView>> {
    const builder = scopedQuery(context, User, 'user')
      .orderBy('user.id')
      .limit(query.limit + 1);
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    if (query.cursor) builder.andWhere('user.id > :after', { after: decodeIdCursor(query.cursor) });
    return toPage(await builder.getMany(), query.limit, (user) => [user.id], toUserView);
  }

  /**
   * Creates a pending user and emails a single-use link (7 days). Inviting someone already invited
   * sends a fresh link; inviting an existing member is a conflict.
   */
  async invite(context: RequestContext, input: InvitationInput) {
    return context.transaction(async (tx) => {
      const existing = await scopedQuery(tx, User, 'user').andWhere('lower(user.email) = lower(:email)', { email: input.email }).getOne();
      if (existing && existing.status !== 'invited') throw userAlreadyExists(existing.id);
      const user = existing
        ? await tx.manager.save(Object.assign(existing, { name: input.name, role: input.role }))
        : await tx.manager
            .save(
              tx.manager.create(User, {
                organizationId: tx.organizationId,
                email: input.email,
                name: input.name,
                role: input.role,
                status: 'invited',
              }),
            )
            .catch((error: { code?: string; constraint?: string }) => {
              // The same person invited twice at once (a double click, two admins): the lookup
              // above saw nobody in either request, and the second insert hits the unique index.
              if (error.code === UNIQUE_VIOLATION && error.constraint === 'users_organization_email_unique') throw userAlreadyExists();
              throw error;
            });
      const organization = await tx.manager.findOneByOrFail(Organization, { id: tx.organizationId });
      const link = await this.oneTimeTokens.issue(tx.manager, user, 'invitation', INVITATION_TTL_MS);
      const invitationUrl = `${this.config.APP_URL}/accept-invitation?token=${link.token}`;
      await this.mail.enqueue(tx.manager, {
        dedupeKey: `invitation:${link.id}`,
        to: user.email,
        template: 'invitation',
        organizationId: tx.organizationId,
        data: {
          inviteeName: user.name,
          inviterName: tx.actor.name,
          organizationName: organization.name,
          role: user.role,
          url: invitationUrl,
          expiresAt: link.expiresAt.toISOString(),
        },
      });
      await this.audit.record(tx.manager, {
        type: 'user.invited',
        organizationId: tx.organizationId,
        actorUserId: tx.actor.userId,
        targetUserId: user.id,
        client: tx.client,
        data: { email: user.email, role: user.role },
      });
      return { user: toUserView(user), invitationUrl, expiresAt: link.expiresAt.toISOString() };
    });
  }

  /** Role, name and activation. The organisation always keeps at least one active admin. */
  async update(context: RequestContext, userId: string, input: UpdateUserInput): Promise<UserView> {
    const updated = await context.transaction(async (tx) => {
      // Locking the organisation's active admins serialises concurrent demotions, so two admins
      // cannot demote each other at the same moment and leave none.
      const admins = await scopedQuery(tx, User, 'user')
        .andWhere(`user.role = 'admin' AND user.status = 'active'`)
        .setLock('pessimistic_write')
        .getMany();
      const user = await scopedQuery(tx, User, 'user').andWhere('user.id = :userId', { userId }).getOne();
      if (!user) throw new AccountsError('USER_NOT_FOUND', 'No such user in this organisation.');
      const before = { role: user.role, status: user.status };
      if (input.name !== undefined) user.name = input.name;
      if (input.role !== undefined) user.role = input.role;
      if (input.active === false && user.status !== 'deactivated') user.status = 'deactivated';
      if (input.active === true && user.status === 'deactivated') user.status = 'active';
      const remainingAdmins =
        admins.filter((admin) => admin.id !== user.id).length + (user.role === 'admin' && user.status === 'active' ? 1 : 0);
      if (remainingAdmins === 0) {
        throw new AccountsError('LAST_ADMIN', 'The organisation must keep at least one active admin.');
      }
      await tx.manager.save(user);
      const audit = { organizationId: tx.organizationId, actorUserId: tx.actor.userId, targetUserId: user.id, client: tx.client };
      if (before.role !== user.role)
        await this.audit.record(tx.manager, { ...audit, type: 'user.role_changed', data: { from: before.role, to: user.role } });
      if (before.status !== user.status && user.status === 'deactivated') {
        await this.sessions.revokeAllForUser(tx.manager, user.id, 'deactivated');
        await this.audit.record(tx.manager, { ...audit, type: 'user.deactivated' });
      }
      if (before.status === 'deactivated' && user.status === 'active')
        await this.audit.record(tx.manager, { ...audit, type: 'user.reactivated' });
      return toUserView(user);
    });
    // After commit, so no request re-reads the old role or status into the cache in between.
    this.actors.forgetUser(userId);
    return updated;
  }
}
