import { decodeIdCursor, type Page, toPage } from '@hp/common';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent, type AuditEventType } from './audit-event.entity.js';

export interface AuditRecord {
  type: AuditEventType;
  organizationId: string | null;
  actorUserId?: string | null;
  targetUserId?: string | null;
  client?: { ip: string | null; userAgent: string | null };
  data?: Record<string, unknown>;
}

export interface AuditEventView {
  id: string;
  type: AuditEventType;
  actorUserId: string | null;
  targetUserId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface AuditQuery {
  type?: AuditEventType;
  actorId?: string;
  cursor?: string;
  limit: number;
}

@Injectable()
export class AuditService {
  /** Written with the manager of the change it records, so the trail and the change commit together. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEvent, {
      organizationId: record.organizationId,
      type: record.type,
      actorUserId: record.actorUserId ?? null,
      targetUserId: record.targetUserId ?? null,
      ip: record.client?.ip ?? null,
      userAgent: record.client?.userAgent ?? null,
      data: (record.data ?? {}) as never,
    });
  }

  /** Newest first; the id (UUID v7) orders events by time. */
  async list(scope: TenantScope, query: AuditQuery): Promise<Page<AuditEventView>> {
    const builder = scopedQuery(scope, AuditEvent, 'event')
      .orderBy('event.id', 'DESC')
      .limit(query.limit + 1);
    if (query.type) builder.andWhere('event.type = :type', { type: query.type });
    if (query.actorId) builder.andWhere('event.actor_user_id = :actorId', { actorId: query.actorId });
    if (query.cursor) builder.andWhere('event.id < :after', { after: decodeIdCursor(query.cursor) });
    return toPage(await builder.getMany(), query.limit, (event) => [event.id], toView);
  }
}

function toView(event: AuditEvent): AuditEventView {
  return {
    id: event.id,
    type: event.type,
    actorUserId: event.actorUserId,
    targetUserId: event.targetUserId,
    ip: event.ip,
    userAgent: event.userAgent,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}
