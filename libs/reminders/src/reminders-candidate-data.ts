import { CandidateDataContributor } from '@hp/candidates';
import { type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';

/**
 * The reminders sent to a candidate, in GDPR export and erasure. Erasure cancels those still
 * scheduled and removes the address and wording of the emails already sent or given up on.
 */
@Injectable()
@CandidateDataContributor()
export class RemindersCandidateData {
  readonly section = 'reminders';

  async exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown> {
    const rows: { kind: string; status: string; due_at: Date; processed_at: Date | null }[] = await scope.manager.query(
      `SELECT kind, status, due_at, processed_at FROM reminders
        WHERE organization_id = $1 AND recipient_candidate_id = $2 ORDER BY id`,
      [scope.organizationId, candidateId],
    );
    return rows.map((row) => ({
      kind: row.kind,
      status: row.status,
      dueAt: row.due_at.toISOString(),
      processedAt: row.processed_at?.toISOString() ?? null,
    }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    await scope.manager.query(
      `UPDATE reminders SET status = 'cancelled', status_reason = 'The candidate''s data was erased', processed_at = now(), updated_at = now()
        WHERE organization_id = $1 AND recipient_candidate_id = $2 AND status = 'scheduled'`,
      [scope.organizationId, candidateId],
    );
    await scope.manager.query(
      `UPDATE mail_deliveries SET recipient = 'erased', data = '{}', updated_at = now()
        WHERE organization_id = $1 AND status IN ('sent', 'failed')
          AND id IN (SELECT mail_delivery_id FROM reminders WHERE organization_id = $1 AND recipient_candidate_id = $2)`,
      [scope.organizationId, candidateId],
    );
  }
}
