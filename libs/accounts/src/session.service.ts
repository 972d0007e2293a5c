import { AuditService } from '@hp/audit';
import { AuthError, type ClientInfo } from '@hp/auth';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { ActorLoader } from './actor-loader.js';
import type { SessionTokens } from './dto/accounts.schemas.js';
import type { Organization } from './entities/organization.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { Session } from './entities/session.entity.js';
import { User } from './entities/user.entity.js';
import { TokenService } from './token.service.js';
import { toOrganizationView, toUserView } from './views.js';

const DAY_MS = 86_400_000;

interface RefreshRow {
  token_id: string;
  spent_at: Date | null;
  token_expires_at: Date;
  session_id: string;
  session_revoked_at: Date | null;
  session_expires_at: Date;
  organization_id: string;
  user_id: string;
  user_status: string;
}

/**
 * Sessions and their refresh tokens. A refresh token is spent when exchanged; presenting a spent
 * one again means it was copied, so the whole session (the token family) is revoked.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly actors: ActorLoader,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user who just proved who they are. */
  async open(manager: EntityManager, user: User, organization: Organization, client: ClientInfo): Promise<SessionTokens> {
    const session = await manager.save(
      manager.create(Session, {
        organizationId: user.organizationId,
        userId: user.id,
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
        ip: client.ip,
        userAgent: client.userAgent,
      }),
    );
    return this.issue(manager, session, user, organization);
  }

  /** Exchanges a refresh token for a new pair. */
  async refresh(refreshToken: string, client: ClientInfo): Promise<SessionTokens> {
    const result = await this.dataSource.transaction(async (manager): Promise<{ tokens?: SessionTokens; reused?: RefreshRow }> => {
      const [row] = await manager.query<RefreshRow[]>(
        `SELECT t.id AS token_id, t.spent_at, t.expires_at AS token_expires_at, s.id AS session_id,
                s.revoked_at AS session_revoked_at, s.expires_at AS session_expires_at,
                s.organization_id, s.user_id, u.status AS user_status
           FROM refresh_tokens t
           JOIN sessions s ON s.id = t.session_id
           JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1
          FOR UPDATE OF t, s`,
        [this.tokens.hashToken(refreshToken)],
      );
      if (!row) throw invalidRefreshToken();
      if (row.spent_at) return { reused: row };
      const now = new Date();
      if (row.session_revoked_at || row.session_expires_at <= now || row.token_expires_at <= now || row.user_status !== 'active') {
        throw invalidRefreshToken();
      }
      await manager.update(RefreshToken, { id: row.token_id }, { spentAt: now });
      const session = await manager.findOneByOrFail(Session, { id: row.session_id });
      const user = await manager.findOneOrFail(User, { where: { id: row.user_id }, relations: { organization: true } });
      return { tokens: await this.issue(manager, session, user, user.organization!) };
    });
    // Reuse is handled after that transaction, in one of its own, which must commit even though
    // the caller gets an error.
    if (result.reused) {
      await this.revokeForReuse(result.reused, client);
      throw new AuthError('REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been ended for safety.');
    }
    return result.tokens!;
  }

  /**
   * An access token for the live session a refresh token belongs to, without spending the token:
   * for pages the API serves to a browser that holds the session cookie but no bearer token (the
   * queue dashboard). Undefined when the token is spent, expired, or its session or user ended.
   */
  async accessTokenWithoutRotation(refreshToken: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ session_id: string; user_id: string; organization_id: string }[]>(
      `SELECT s.id AS session_id, s.user_id, s.organization_id
         FROM refresh_tokens t
         JOIN sessions s ON s.id = t.session_id
         JOIN users u ON u.id = s.user_id
        WHERE t.token_hash = $1 AND t.spent_at IS NULL AND t.expires_at > now()
          AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'active'`,
      [this.tokens.hashToken(refreshToken)],
    );
    if (!row) return undefined;
    return this.tokens.signAccessToken({ sub: row.user_id, org: row.organization_id, sid: row.session_id });
  }

  /** Ends the session a refresh token belongs to; unknown tokens are ignored (logout is idempotent). */
  async closeByRefreshToken(refreshToken: string): Promise<void> {
    const [row] = await this.dataSource.query<{ session_id: string; user_id: string }[]>(
      `SELECT s.id AS session_id, s.user_id FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = $1`,
      [this.tokens.hashToken(refreshToken)],
    );
    if (!row) return;
    await this.dataSource.manager.update(
      Session,
      { id: row.session_id, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: 'logout' },
    );
    this.actors.forgetUser(row.user_id);
  }

  /**
   * Ends every live session of a user, except `keepSessionId` (the one changing its own password).
   * Runs inside the caller's transaction; the caller drops the user from the actor cache after its
   * commit (ActorLoader.forgetUser), so no request re-caches the sessions in between.
   */
  async revokeAllForUser(manager: EntityManager, userId: string, reason: string, keepSessionId?: string): Promise<void> {
    await manager.update(
      Session,
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  private async revokeForReuse(row: RefreshRow, client: ClientInfo): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        Session,
        { id: row.session_id, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedReason: 'refresh_token_reused' },
      );
      await this.audit.record(manager, {
        type: 'session.refresh_reused',
        organizationId: row.organization_id,
        actorUserId: row.user_id,
        targetUserId: row.user_id,
        client,
        data: { sessionId: row.session_id },
      });
    });
    this.actors.forgetUser(row.user_id);
  }

  private async issue(manager: EntityManager, session: Session, user: User, organization: Organization): Promise<SessionTokens> {
    const refreshToken = this.tokens.randomToken();
    await manager.insert(RefreshToken, {
      organizationId: session.organizationId,
      sessionId: session.id,
      tokenHash: this.tokens.hashToken(refreshToken),
      expiresAt: session.expiresAt,
    });
    return {
      accessToken: await this.tokens.signAccessToken({ sub: user.id, org: user.organizationId, sid: session.id }),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: toUserView(user),
      organization: toOrganizationView(organization),
    };
  }
}

const invalidRefreshToken = () => new AuthError('INVALID_TOKEN', 'The refresh token is invalid or expired.');
