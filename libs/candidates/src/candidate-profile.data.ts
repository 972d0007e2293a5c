import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { Candidate } from './candidate.entity.js';
import { CandidateDataContributor } from './candidate-data.js';
import { toStoredFileView } from './candidate-view.js';

/** What erasure leaves in place of the name: the row stays, for anonymous history and reports. */
export const ERASED_NAME = { firstName: 'Erased', lastName: 'Candidate' } as const;

/** The candidates library's own part of a GDPR export and erasure: the profile and the résumé. */
@Injectable()
@CandidateDataContributor()
export class CandidateProfileData implements CandidateDataContributor {
  readonly section = 'candidate';

  async exportCandidate(scope: TenantScope, candidateId: string) {
    const candidate = await scopedQuery(scope, Candidate, 'c')
      .addSelect('c.resumeText')
      .andWhere('c.id = :candidateId', { candidateId })
      .getOne();
    if (!candidate) return null;
    return {
      id: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      email: candidate.email,
      phone: candidate.phone,
      location: candidate.location,
      links: candidate.links,
      source: candidate.source,
      tags: candidate.tags,
      consentGivenAt: candidate.consentGivenAt?.toISOString() ?? null,
      resume: candidate.resumeFile ? toStoredFileView(candidate.resumeFile) : null,
      resumeText: candidate.resumeText,
      createdAt: candidate.createdAt.toISOString(),
      updatedAt: candidate.updatedAt.toISOString(),
    };
  }

  /**
   * Clears every personal field; the search document follows (its trigger recomputes it). The stored résumé
   * object is deleted by the caller after commit (storage is not transactional). The consent
   * timestamp stays: it is the record that earlier processing had a lawful basis, and says
   * nothing about who the person was.
   */
  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    await scope.manager.update(
      Candidate,
      { id: candidateId, organizationId: scope.organizationId },
      {
        ...ERASED_NAME,
        email: null,
        emailNormalized: null,
        phone: null,
        location: null,
        links: [],
        tags: [],
        resumeText: null,
        resumeFile: null,
        erasedAt: new Date(),
      },
    );
  }
}
