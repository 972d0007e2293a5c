import { CandidateDataContributor } from '@hp/candidates';
import type { TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';

const ofCandidate = `application_id IN (SELECT id FROM applications WHERE organization_id = $1 AND candidate_id = $2)`;

interface ExportRow {
  id: string;
  application_id: string;
  title: string;
  stage: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  location: string | null;
  meeting_url: string | null;
  status: string;
  cancel_reason: string | null;
}

/**
 * The candidate's interviews in GDPR export and erasure. Erasure keeps when they took place and
 * how they ended (reports count them) and clears the free text: location, meeting link and the
 * cancellation reason.
 */
@Injectable()
@CandidateDataContributor()
export class InterviewsCandidateData {
  readonly section = 'interviews';

  async exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown> {
    const rows = (await scope.manager.query(
      `SELECT interview.id, interview.application_id, interview.title, stage.name AS stage, interview.starts_at, interview.ends_at,
              interview.timezone, interview.location, interview.meeting_url, interview.status, interview.cancel_reason
         FROM interviews interview
         JOIN stages stage ON stage.id = interview.stage_id
        WHERE interview.organization_id = $1 AND interview.${ofCandidate}
        ORDER BY interview.starts_at, interview.id`,
      [scope.organizationId, candidateId],
    )) as ExportRow[];
    return rows.map((row) => ({
      id: row.id,
      applicationId: row.application_id,
      title: row.title,
      stage: row.stage,
      startsAt: new Date(row.starts_at).toISOString(),
      endsAt: new Date(row.ends_at).toISOString(),
      timezone: row.timezone,
      location: row.location,
      meetingUrl: row.meeting_url,
      status: row.status,
      cancelReason: row.cancel_reason,
    }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    await scope.manager.query(
      `UPDATE interviews SET location = NULL, meeting_url = NULL, cancel_reason = NULL, updated_at = now()
        WHERE organization_id = $1 AND ${ofCandidate}`,
      [scope.organizationId, candidateId],
    );
  }
}
