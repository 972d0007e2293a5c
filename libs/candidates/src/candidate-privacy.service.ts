import { type AuditRecord, AuditService } from '@hp/audit';
import type { RequestContext } from '@hp/auth';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { Candidate } from './candidate.entity.js';
import { CANDIDATE_DATA_CONTRIBUTOR, type CandidateDataContributor } from './candidate-data.js';
import { CandidatesService } from './candidates.service.js';
import type { CandidateExport } from './dto/candidates.schemas.js';

/** The section the candidates library itself contributes; erased last, so others may still read the profile. */
const OWN_SECTION = 'candidate';

/** Pure check used at boot: each section is contributed once, and the candidate's own is there. */
export function contributorProblems(found: { section: string; where: string }[]): string[] {
  const problems: string[] = [];
  const bySection = new Map<string, string[]>();
  for (const { section, where } of found) bySection.set(section, [...(bySection.get(section) ?? []), where]);
  for (const [section, where] of bySection) {
    if (!section) problems.push(`a contributor without a section: ${where.join(', ')}`);
    else if (where.length > 1) problems.push(`section "${section}" has several contributors: ${where.join(', ')}`);
  }
  if (!bySection.has(OWN_SECTION)) problems.push(`no contributor for the "${OWN_SECTION}" section`);
  return problems;
}

/**
 * GDPR export and erasure across libraries. Every provider marked `@CandidateDataContributor()`
 * (in any module of the application) is found at boot, as the queue worker finds its handlers:
 * libraries above this one take part without this one importing them.
 */
@Injectable()
export class CandidatePrivacyService implements OnApplicationBootstrap {
  private contributors: CandidateDataContributor[] | undefined;

  constructor(
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    this.contributors = this.discoverContributors();
  }

  /** The contributors, others first (in discovery order) and the candidate's own section last. */
  discoverContributors(): CandidateDataContributor[] {
    const found: CandidateDataContributor[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as CandidateDataContributor | undefined;
      if (!wrapper.metatype || !instance || typeof instance !== 'object') continue;
      if (!this.reflector.get<boolean | undefined>(CANDIDATE_DATA_CONTRIBUTOR, wrapper.metatype as object as new () => unknown)) continue;
      if (!found.includes(instance)) found.push(instance);
    }
    const problems = contributorProblems(
      found.map((contributor) => ({ section: contributor.section, where: contributor.constructor.name })),
    );
    if (problems.length)
      throw new Error(`Candidate data contributors are inconsistent:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return [
      ...found.filter((contributor) => contributor.section !== OWN_SECTION),
      ...found.filter((contributor) => contributor.section === OWN_SECTION),
    ];
  }

  get sections(): string[] {
    return this.all().map((contributor) => contributor.section);
  }

  /** Everything stored about a visible candidate, one section per contributor; recorded in the audit trail. */
  async export(context: RequestContext, candidateId: string): Promise<CandidateExport> {
    return context.transaction(async (tx) => {
      await this.candidates.findVisible(tx, candidateId);
      const sections: Record<string, unknown> = {};
      for (const contributor of this.all()) sections[contributor.section] = await contributor.exportCandidate(tx, candidateId);
      await this.audit.record(tx.manager, {
        type: 'candidate.exported',
        organizationId: tx.organizationId,
        actorUserId: tx.actor.userId,
        client: tx.client,
        data: { candidateId, sections: Object.keys(sections) },
      });
      // The candidate's own section first, as a reader expects.
      const { [OWN_SECTION]: own, ...others } = sections;
      return { candidateId, exportedAt: new Date().toISOString(), sections: { [OWN_SECTION]: own, ...others } };
    });
  }

  /**
   * Erases a candidate: every contributor removes its personal data in one transaction (the row
   * stays, anonymised, for reports), with an audit event. The stored résumé is deleted after
   * commit. The candidate is then gone from the API (404).
   */
  async erase(context: RequestContext, candidateId: string): Promise<void> {
    await this.eraseOne<RequestContext>(
      (work) => context.transaction(work),
      (tx) => this.candidates.findVisible(tx, candidateId, { lock: true }),
      (tx) => ({ actorUserId: tx.actor.userId, client: tx.client, data: {} }),
    );
  }

  /**
   * The same erasure, started by the system rather than a user (the retention job): no actor, the
   * audit event says why. `manager` must not be inside a transaction (the erasure is its own, and
   * the résumé is deleted after its commit). The candidate is locked, then `stillDue` is asked
   * again inside the transaction, so activity that arrived since the candidate was chosen wins.
   * Returns false, erasing nothing, when the candidate is already erased, gone, or no longer due.
   */
  async eraseForRetention(
    manager: EntityManager,
    organizationId: string,
    candidateId: string,
    retentionMonths: number,
    stillDue: (scope: TenantScope) => Promise<boolean> = async () => true,
  ): Promise<boolean> {
    if (manager.queryRunner?.isTransactionActive) throw new Error('eraseForRetention runs its own transaction');
    return this.eraseOne<TenantScope>(
      (work) => manager.transaction((transactional) => work({ organizationId, manager: transactional })),
      async (scope) => {
        const candidate = await scopedQuery(scope, Candidate, 'c')
          .andWhere('c.id = :candidateId', { candidateId })
          .andWhere('c.erased_at IS NULL')
          .setLock('pessimistic_write')
          .getOne();
        return candidate && (await stillDue(scope)) ? candidate : null;
      },
      () => ({ actorUserId: null, data: { reason: 'retention', retentionMonths } }),
    );
  }

  /**
   * The one erasure both entry points share: in `transaction`, lock the candidate (`lock` answers
   * null to skip), let every contributor erase its part, record `candidate.erased`; after commit,
   * delete the stored résumé. Returns whether the candidate was erased.
   */
  private async eraseOne<Scope extends TenantScope>(
    transaction: <T>(work: (scope: Scope) => Promise<T>) => Promise<T>,
    lock: (scope: Scope) => Promise<Candidate | null>,
    actor: (scope: Scope) => Pick<AuditRecord, 'actorUserId' | 'client'> & { data: Record<string, unknown> },
  ): Promise<boolean> {
    const erased = await transaction(async (scope) => {
      const candidate = await lock(scope);
      if (!candidate) return null;
      for (const contributor of this.all()) await contributor.eraseCandidate(scope, candidate.id);
      const { data, ...who } = actor(scope);
      await this.audit.record(scope.manager, {
        type: 'candidate.erased',
        organizationId: scope.organizationId,
        ...who,
        data: { candidateId: candidate.id, ...data, sections: this.sections },
      });
      return { resumeKey: candidate.resumeFile?.key };
    });
    if (!erased) return false;
    if (erased.resumeKey) await this.candidates.deleteStoredFile(erased.resumeKey);
    return true;
  }

  private all(): CandidateDataContributor[] {
    this.contributors ??= this.discoverContributors();
    return this.contributors;
  }
}
