import { AuditService } from '@hp/audit';
import { AuthError, type ClientInfo, RateLimits, type RequestContext, rolePermissions } from '@hp/auth';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { MailService } from '@hp/mail';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsError } from './accounts.errors.js';
import { ActorLoader } from './actor-loader.js';
import type {
  AcceptInvitationInput,
  ChangePasswordInput,
  LoginInput,
  PasswordResetConfirmInput,
  PasswordResetInput,
  SessionTokens,
  SignupInput,
  UpdateMeInput,
} from './dto/accounts.schemas.js';
import { Organization } from './entities/organization.entity.js';
import { User } from './entities/user.entity.js';
import { OneTimeTokens } from './one-time-tokens.js';
import { OrganizationSetupSteps } from './organization-setup.js';
import { OrganizationsService } from './organizations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';
import { toOrganizationView, toUserView } from './views.js';

const PASSWORD_RESET_TTL_MS = 3_600_000;

interface LoginCandidate {
  user: User;
  passwordHash: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly oneTimeTokens: OneTimeTokens,
    private readonly organizations: OrganizationsService,
    private readonly organizationSetup: OrganizationSetupSteps,
    private readonly actors: ActorLoader,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signup(input: SignupInput, client: ClientInfo): Promise<SessionTokens> {
    if (!this.config.ALLOW_SIGNUP) {
      throw new AccountsError('SIGNUP_DISABLED', 'Sign-up is closed on this installation; ask an administrator for an invitation.');
    }
    return this.createOrganizationWithAdmin(input, client);
  }

  /** Sign-up, and `npm run create-org` when sign-up is closed. */
  async createOrganizationWithAdmin(input: SignupInput, client: ClientInfo): Promise<SessionTokens> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.create(manager, input.organizationName);
      await this.organizationSetup.run(manager, organization.id);
      const user = await manager.save(
        manager.create(User, {
          organizationId: organization.id,
          email: input.email,
          name: input.name,
          role: 'admin',
          status: 'active',
          passwordHash,
          lastLoginAt: new Date(),
        }),
      );
      await this.audit.record(manager, {
        type: 'organization.created',
        organizationId: organization.id,
        actorUserId: user.id,
        client,
        data: { name: organization.name, slug: organization.slug },
      });
      return this.sessions.open(manager, user, organization, client);
    });
  }

  /**
   * One answer for "no such account" and "wrong password" (401), reached after the same argon2
   * work either way; repeated failures for an account lock it for a while, whatever the IP.
   */
  async login(input: LoginInput, client: ClientInfo): Promise<SessionTokens> {
    const account = input.email.toLowerCase();
    await this.rateLimits.beginLoginAttempt(account);
    const candidates = await this.loginCandidates(account, input.organizationSlug);
    if (candidates.length === 0) await this.passwords.spendDecoyVerification(input.password);
    const matching: LoginCandidate[] = [];
    for (const candidate of candidates) {
      if (await this.passwords.verify(candidate.passwordHash, input.password)) matching.push(candidate);
    }
    if (matching.length === 0) {
      await this.dataSource.transaction(async (manager) => {
        const organizations = candidates.length ? candidates.map((candidate) => candidate.user) : [undefined];
        for (const user of organizations) {
          await this.audit.record(manager, {
            type: 'login.failed',
            organizationId: user?.organizationId ?? null,
            targetUserId: user?.id ?? null,
            client,
            data: { email: account },
          });
        }
      });
      throw new AuthError('INVALID_CREDENTIALS', 'Wrong email or password.');
    }
    if (matching.length > 1) {
      // The password was right: this attempt is no failure.
      await this.rateLimits.refundLoginAttempt(account);
      throw new AccountsError('ORGANIZATION_SLUG_REQUIRED', 'This email signs in to several organisations; say which one.', {
        errors: [{ field: 'organizationSlug', message: 'is required for this account' }],
      });
    }
    const { user } = matching[0]!;
    await this.rateLimits.clearLoginFailures(account);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record(manager, {
        type: 'login.succeeded',
        organizationId: user.organizationId,
        actorUserId: user.id,
        targetUserId: user.id,
        client,
      });
      return this.sessions.open(manager, { ...user, lastLoginAt: new Date() }, user.organization!, client);
    });
  }

  /** Deliberately not tenant-scoped: at login the organisation is what we are finding out. */
  private async loginCandidates(email: string, organizationSlug?: string): Promise<LoginCandidate[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .innerJoinAndSelect('user.organization', 'organization')
      .where('lower(user.email) = :email', { email })
      .andWhere(`user.status = 'active'`)
      .orderBy('user.id')
      .limit(20);
    if (organizationSlug) query.andWhere('organization.slug = :slug', { slug: organizationSlug });
    return (await query.getMany()).map((user) => ({ user, passwordHash: user.passwordHash }));
  }

  refresh(refreshToken: string, client: ClientInfo): Promise<SessionTokens> {
    return this.sessions.refresh(refreshToken, client);
  }

  logout(refreshToken: string): Promise<void> {
    return this.sessions.closeByRefreshToken(refreshToken);
  }

  accessTokenForSessionCookie(refreshToken: string): Promise<string | undefined> {
    return this.sessions.accessTokenWithoutRotation(refreshToken);
  }

  async me(context: RequestContext) {
    const user = await context.manager.findOneByOrFail(User, { id: context.actor.userId, organizationId: context.organizationId });
    const organization = await context.manager.findOneByOrFail(Organization, { id: context.organizationId });
    return {
      user: toUserView(user),
      organization: toOrganizationView(organization),
      effectiveTimezone: user.timezone ?? organization.timezone,
      permissions: [...rolePermissions[user.role]],
    };
  }

  async updateMe(context: RequestContext, input: UpdateMeInput) {
    const changes: Partial<User> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.timezone !== undefined) changes.timezone = input.timezone;
    if (Object.keys(changes).length) {
      await context.manager.update(User, { id: context.actor.userId, organizationId: context.organizationId }, changes);
      this.actors.forgetUser(context.actor.userId);
    }
    return this.me(context);
  }

  /** Ends the user's other sessions: whoever else knew the old password is signed out. */
  async changePassword(context: RequestContext, input: ChangePasswordInput): Promise<void> {
    const { passwordHash } = await context.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.id = :id AND user.organization_id = :organizationId', {
        id: context.actor.userId,
        organizationId: context.organizationId,
      })
      .getOneOrFail();
    if (!(await this.passwords.verify(passwordHash, input.currentPassword))) {
      throw new AccountsError('INVALID_CURRENT_PASSWORD', 'The current password is wrong.', {
        errors: [{ field: 'currentPassword', message: 'is wrong' }],
      });
    }
    const newHash = await this.passwords.hash(input.newPassword);
    await context.transaction(async (tx) => {
      await tx.manager.update(User, { id: context.actor.userId }, { passwordHash: newHash });
      await this.sessions.revokeAllForUser(tx.manager, context.actor.userId, 'password_changed', context.actor.sessionId);
      await this.audit.record(tx.manager, {
        type: 'password.changed',
        organizationId: context.organizationId,
        actorUserId: context.actor.userId,
        targetUserId: context.actor.userId,
        client: context.client,
      });
    });
    this.actors.forgetUser(context.actor.userId);
  }

  /** Always answers the same way; emails a link only when an active account matches. */
  async requestPasswordReset(input: PasswordResetInput): Promise<void> {
    const candidates = await this.loginCandidates(input.email.toLowerCase(), input.organizationSlug);
    await this.dataSource.transaction(async (manager) => {
      for (const { user } of candidates) await this.sendPasswordReset(manager, user, user.organization!);
    });
  }

  private async sendPasswordReset(manager: EntityManager, user: User, organization: Organization): Promise<void> {
    const link = await this.oneTimeTokens.issue(manager, user, 'password_reset', PASSWORD_RESET_TTL_MS);
    await this.mail.enqueue(manager, {
      dedupeKey: `password-reset:${link.id}`,
      to: user.email,
      template: 'passwordReset',
      organizationId: user.organizationId,
      data: {
        name: user.name,
        organizationName: organization.name,
        url: `${this.config.APP_URL}/reset-password?token=${link.token}`,
        expiresAt: link.expiresAt.toISOString(),
      },
    });
  }

  /** Sets the password, ends every session and lifts a lockout: whoever holds the link owns the mailbox. */
  async confirmPasswordReset(input: PasswordResetConfirmInput, client: ClientInfo): Promise<void> {
    const passwordHash = await this.passwords.hash(input.newPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      const link = await this.oneTimeTokens.consume(manager, input.token, 'password_reset');
      await manager.update(User, { id: link.userId }, { passwordHash });
      await this.sessions.revokeAllForUser(manager, link.userId, 'password_reset');
      await this.audit.record(manager, {
        type: 'password.reset',
        organizationId: link.organizationId,
        actorUserId: link.userId,
        targetUserId: link.userId,
        client,
      });
      return manager.findOneByOrFail(User, { id: link.userId });
    });
    this.actors.forgetUser(user.id);
    await this.rateLimits.clearLoginFailures(user.email.toLowerCase());
  }

  /** Activates an invited user with the password they chose, and signs them in. */
  async acceptInvitation(input: AcceptInvitationInput, client: ClientInfo): Promise<SessionTokens> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const link = await this.oneTimeTokens.consume(manager, input.token, 'invitation');
      const user = await manager.findOneOrFail(User, { where: { id: link.userId }, relations: { organization: true } });
      if (user.status !== 'invited') {
        throw new AccountsError('INVALID_OR_EXPIRED_TOKEN', 'This invitation is no longer valid.', {
          errors: [{ field: 'token', message: 'is no longer valid' }],
        });
      }
      await manager.update(User, { id: user.id }, { passwordHash, status: 'active', lastLoginAt: new Date() });
      await this.audit.record(manager, {
        type: 'user.invitation_accepted',
        organizationId: user.organizationId,
        actorUserId: user.id,
        targetUserId: user.id,
        client,
      });
      return this.sessions.open(manager, { ...user, status: 'active', lastLoginAt: new Date() }, user.organization!, client);
    });
  }
}
