import { AuditService } from '@hp/audit';
import type { RequestContext } from '@hp/auth';
import { Candidate, CandidatesService, type CandidateView, toCandidateView } from '@hp/candidates';
import { Injectable } from '@nestjs/common';
import { ApplicationsError } from './applications.errors.js';

/**
 * Merges a duplicate candidate into the primary one: applications (with their history and
 * notes), tags, links and the résumé move to the primary; the duplicate is deleted. Refused when
 * both applied to the same job, since one person cannot hold two applications to it.
 */
@Injectable()
export class CandidateMergeService {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
  ) {}

  async merge(context: RequestContext, primaryId: string, duplicateId: string): Promise<CandidateView> {
    if (primaryId === duplicateId) {
      throw new ApplicationsError('MERGE_SAME_CANDIDATE', 'A candidate cannot be merged into itself.', {
        errors: [{ field: 'duplicateId', message: 'must differ from primaryId' }],
      });
    }
    let orphanedFile: string | undefined;
    const merged = await context.transaction(async (tx) => {
      // Locked in id order, so two merges of the same pair cannot deadlock.
      const [first, second] = [primaryId, duplicateId].sort();
      const locked = new Map<string, Candidate>();
      for (const id of [first!, second!]) locked.set(id, await this.candidates.findVisible(tx, id, { lock: true }));
      const primary = locked.get(primaryId)!;
      const duplicate = locked.get(duplicateId)!;
      const shared: { job_id: string }[] = await tx.manager.query(
        `SELECT job_id FROM applications WHERE organization_id = $1 AND candidate_id IN ($2, $3) GROUP BY job_id HAVING count(*) > 1 ORDER BY job_id`,
        [tx.organizationId, primaryId, duplicateId],
      );
      if (shared.length) {
        throw new ApplicationsError(
          'CANDIDATES_SHARE_A_JOB',
          'Both candidates applied to the same job; close or remove one of those applications first.',
          {
            jobIds: shared.map((row) => row.job_id),
          },
        );
      }
      await tx.manager.query(
        `UPDATE applications SET candidate_id = $1, updated_at = now() WHERE organization_id = $2 AND candidate_id = $3`,
        [primaryId, tx.organizationId, duplicateId],
      );
      const [resume] = await tx.manager.query<{ resume_text: string | null }[]>(`SELECT resume_text FROM candidates WHERE id = $1`, [
        duplicateId,
      ]);
      const takeResume = !primary.resumeFile && Boolean(duplicate.resumeFile);
      if (duplicate.resumeFile && !takeResume) orphanedFile = duplicate.resumeFile.key;
      await tx.manager.delete(Candidate, { id: duplicateId, organizationId: tx.organizationId });
      await tx.manager.update(
        Candidate,
        { id: primaryId, organizationId: tx.organizationId },
        {
          tags: [...new Set([...primary.tags, ...duplicate.tags])],
          links: [...new Set([...primary.links, ...duplicate.links])] as never,
          phone: primary.phone ?? duplicate.phone,
          location: primary.location ?? duplicate.location,
          consentGivenAt: earliest(primary.consentGivenAt, duplicate.consentGivenAt),
          ...(takeResume ? { resumeFile: duplicate.resumeFile as never, resumeText: resume?.resume_text ?? null } : {}),
        },
      );
      await this.audit.record(tx.manager, {
        type: 'candidate.merged',
        organizationId: tx.organizationId,
        actorUserId: tx.actor.userId,
        client: tx.client,
        data: { primaryId, duplicateId },
      });
      return tx.manager.findOneByOrFail(Candidate, { id: primaryId });
    });
    if (orphanedFile) await this.candidates.deleteStoredFile(orphanedFile);
    return toCandidateView(merged);
  }
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a < b ? a : b;
}
