import { SetMetadata } from '@nestjs/common';
import type { TenantScope } from '@hp/database';

export const CANDIDATE_DATA_CONTRIBUTOR = Symbol('CANDIDATE_DATA_CONTRIBUTOR');

/**
 * A library that stores personal data about candidates contributes its part to GDPR export and
 * erasure by implementing this on a provider marked `@CandidateDataContributor()`. The candidates
 * library discovers them at boot, so libraries above it (applications, interviews…) take part
 * without an import cycle.
 */
export interface CandidateDataContributor {
  /** Key of this part in the export document, e.g. "applications". */
  readonly section: string;
  /** Everything stored about the candidate in this part, as plain JSON. */
  exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown>;
  /** Irreversibly removes personal data in this part, keeping anonymous history for reports. */
  eraseCandidate(scope: TenantScope, candidateId: string): Promise<void>;
}

export const CandidateDataContributor = () => SetMetadata(CANDIDATE_DATA_CONTRIBUTOR, true);
