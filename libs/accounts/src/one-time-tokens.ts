import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { AccountsError } from './accounts.errors.js';
import { OneTimeToken, type OneTimeTokenPurpose } from './entities/one-time-token.entity.js';
import { TokenService } from './token.service.js';

/** Single-use links: invitation (7 days) and password reset (1 hour). */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly tokens: TokenService) {}

  /** Issues a new link; earlier unused links of the same purpose for the user stop working. */
  async issue(manager: EntityManager, user: { id: string; organizationId: string }, purpose: OneTimeTokenPurpose, ttlMs: number) {
    await manager.update(OneTimeToken, { userId: user.id, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = this.tokens.randomToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    const row = await manager.save(
      manager.create(OneTimeToken, {
        organizationId: user.organizationId,
        userId: user.id,
        purpose,
        tokenHash: this.tokens.hashToken(token),
        expiresAt,
      }),
    );
    return { token, id: row.id, expiresAt };
  }

  /** Spends a link inside the caller's transaction; a used, expired or unknown token is a 400 naming `token`. */
  async consume(manager: EntityManager, token: string, purpose: OneTimeTokenPurpose): Promise<OneTimeToken> {
    const row = await manager.findOne(OneTimeToken, {
      where: { tokenHash: this.tokens.hashToken(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || row.usedAt || row.expiresAt <= new Date()) {
      throw new AccountsError('INVALID_OR_EXPIRED_TOKEN', 'This link is invalid, already used or expired.', {
        errors: [{ field: 'token', message: 'is invalid, already used or expired' }],
      });
    }
    await manager.update(OneTimeToken, { id: row.id }, { usedAt: new Date() });
    return row;
  }
}
