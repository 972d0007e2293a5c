import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReminderKind } from './reminder-kinds.js';
import type { PlannedReminder } from './reminder-rules.js';

/** What the reminders of one subject are matched against: the subject's column and the kinds planned for it. */
export interface ReminderSubject {
  organizationId: string;
  column: 'interview_id' | 'challenge_id' | 'application_id' | 'recipient_user_id';
  id: string;
  kinds: readonly ReminderKind[];
}

/** A scheduled reminder the dispatcher may have to queue. */
export interface DueReminder {
  id: string;
  kind: ReminderKind;
  dueAt: Date;
}

interface ExistingRow {
  id: string;
  dedupe_key: string;
  status: string;
  due_at: Date;
}

/**
 * Writes plans into `reminders`. Rows are matched by their dedupe key; only rows still
 * `scheduled` (or `cancelled` by an earlier plan) change: a reminder sent, skipped when it fired,
 * or failed stays as it is.
 */
@Injectable()
export class ReminderStore {
  /**
   * Makes the subject's reminders of the given kinds match `planned`: new ones inserted, moved
   * ones re-timed, scheduled ones no longer planned cancelled with `obsoleteReason`. Returns the
   * scheduled reminders whose queue job may now be missing (new or re-timed).
   */
  async sync(
    manager: EntityManager,
    subject: ReminderSubject,
    planned: PlannedReminder[],
    now: Date,
    obsoleteReason: string,
    options: { keepDue?: boolean } = {},
  ): Promise<DueReminder[]> {
    const existing: ExistingRow[] = await manager.query(
      `SELECT id, dedupe_key, status, due_at FROM reminders
        WHERE organization_id = $1 AND ${subject.column} = $2 AND kind = ANY($3)
        FOR UPDATE`,
      [subject.organizationId, subject.id, subject.kinds],
    );
    const byKey = new Map(existing.map((row) => [row.dedupe_key, row]));
    const toQueue: DueReminder[] = [];
    const fresh = planned.filter((reminder) => !byKey.has(reminder.dedupeKey));
    toQueue.push(...(await this.insert(manager, subject.organizationId, fresh, now)));

    for (const reminder of planned) {
      const row = byKey.get(reminder.dedupeKey);
      if (!row || (row.status !== 'scheduled' && row.status !== 'cancelled')) continue;
      // Unchanged: left to fire, even when already due (a late reminder is sent, not dropped by a re-plan).
      if (row.status === 'scheduled' && row.due_at.getTime() === reminder.dueAt.getTime()) continue;
      if (reminder.skipReason) {
        if (row.status === 'scheduled') await this.close(manager, [row.id], 'skipped', reminder.skipReason, now);
        continue;
      }
      await manager.query(
        `UPDATE reminders
            SET status = 'scheduled', status_reason = NULL, processed_at = NULL, due_at = $2, details = $3,
                enqueued_at = NULL, updated_at = now()
          WHERE id = $1`,
        [row.id, reminder.dueAt, reminder.details],
      );
      toQueue.push({ id: row.id, kind: reminder.kind, dueAt: reminder.dueAt });
    }

    const plannedKeys = new Set(planned.map((reminder) => reminder.dedupeKey));
    const obsolete = existing
      .filter((row) => row.status === 'scheduled' && !plannedKeys.has(row.dedupe_key))
      // `keepDue`: a reminder already due is left to fire (a digest whose day has come).
      .filter((row) => !options.keepDue || row.due_at > now)
      .map((row) => row.id);
    await this.close(manager, obsolete, 'cancelled', obsoleteReason, now);
    return toQueue;
  }

  /** Inserts the reminders not yet known (by dedupe key); returns those inserted as scheduled. */
  async insert(manager: EntityManager, organizationId: string, planned: PlannedReminder[], now: Date): Promise<DueReminder[]> {
    if (planned.length === 0) return [];
    const rows: { id: string; kind: ReminderKind; due_at: Date; status: string }[] = await manager.query(
      `INSERT INTO reminders (organization_id, kind, dedupe_key, recipient_user_id, recipient_candidate_id, application_id,
                              interview_id, challenge_id, due_at, status, status_reason, details, processed_at)
       SELECT $1, r.kind, r.dedupe_key, r.recipient_user_id, r.recipient_candidate_id, r.application_id,
              r.interview_id, r.challenge_id, r.due_at, r.status, r.status_reason, r.details,
              CASE WHEN r.status = 'skipped' THEN $3::timestamptz END
         FROM jsonb_to_recordset($2::jsonb) AS r(kind text, dedupe_key text, recipient_user_id uuid, recipient_candidate_id uuid,
              application_id uuid, interview_id uuid, challenge_id uuid, due_at timestamptz, status text, status_reason text, details jsonb)
       ON CONFLICT (organization_id, dedupe_key) DO NOTHING
       RETURNING id, kind, due_at, status`,
      [
        organizationId,
        JSON.stringify(
          planned.map((reminder) => ({
            kind: reminder.kind,
            dedupe_key: reminder.dedupeKey,
            recipient_user_id: 'userId' in reminder.recipient ? reminder.recipient.userId : null,
            recipient_candidate_id: 'candidateId' in reminder.recipient ? reminder.recipient.candidateId : null,
            application_id: reminder.applicationId,
            interview_id: reminder.interviewId ?? null,
            challenge_id: reminder.challengeId ?? null,
            due_at: reminder.dueAt.toISOString(),
            status: reminder.skipReason ? 'skipped' : 'scheduled',
            status_reason: reminder.skipReason ?? null,
            details: reminder.details,
          })),
        ),
        now,
      ],
    );
    return rows.filter((row) => row.status === 'scheduled').map((row) => ({ id: row.id, kind: row.kind, dueAt: row.due_at }));
  }

  async close(manager: EntityManager, ids: string[], status: 'skipped' | 'cancelled', reason: string, now: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE reminders SET status = $2, status_reason = $3, processed_at = $4, updated_at = now()
        WHERE id = ANY($1) AND status = 'scheduled'`,
      [ids, status, reason, now],
    );
  }
}
