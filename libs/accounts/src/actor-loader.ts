import type { Actor, Role } from '@hp/auth';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

/**
 * How long a loaded actor is trusted. A change made through this process is seen at once (the
 * entry is dropped); another replica sees it within this time, which keeps "a deactivated user
 * stops working within 60 seconds" true everywhere.
 */
export const ACTOR_CACHE_TTL_MS = 30_000;

interface ActorRow {
  user_id: string;
  organization_id: string;
  role: Role;
  name: string;
  email: string;
  timezone: string;
}

/** Turns verified token claims into the current actor: the user must be active and the session live. */
@Injectable()
export class ActorLoader {
  private readonly cache = new LRUCache<string, Actor | false>({ max: 50_000, ttl: ACTOR_CACHE_TTL_MS });

  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, organizationId: string, sessionId: string): Promise<Actor | undefined> {
    const key = `${userId}/${sessionId}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached || undefined;
    const [row] = await this.dataSource.query<ActorRow[]>(
      `SELECT u.id AS user_id, u.organization_id, u.role, u.name, u.email, coalesce(u.timezone, o.timezone) AS timezone
         FROM users u
         JOIN organizations o ON o.id = u.organization_id
         JOIN sessions s ON s.id = $3 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()
        WHERE u.id = $1 AND u.organization_id = $2 AND u.status = 'active'`,
      [userId, organizationId, sessionId],
    );
    const actor: Actor | false = row
      ? {
          userId: row.user_id,
          organizationId: row.organization_id,
          sessionId,
          role: row.role,
          name: row.name,
          email: row.email,
          timezone: row.timezone,
        }
      : false;
    this.cache.set(key, actor);
    return actor || undefined;
  }

  /** After a change to the user or their sessions, in this process. */
  forgetUser(userId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${userId}/`)) this.cache.delete(key);
  }
}
