import { Organization } from '@hp/accounts';
import { ApplicationsError, ApplicationsService } from '@hp/applications';
import { Candidate, CandidatesService, normalizeEmail, type UploadedFile } from '@hp/candidates';
import { decodeIdCursor, defineDomainErrors, type Page, toPage } from '@hp/common';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Job } from '@hp/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PublicApplicationInput, PublicJob } from './career-site.schemas.js';

export class CareerSiteError extends defineDomainErrors('CareerSiteError', { ORGANIZATION_NOT_FOUND: 404, JOB_NOT_FOUND: 404 }) {}

const toPublicJob = (job: Job): PublicJob => ({
  id: job.id,
  title: job.title,
  department: job.department,
  location: job.location,
  employmentType: job.employmentType,
  description: job.description,
  postedAt: job.openedAt?.toISOString() ?? null,
});

/**
 * The public career site: open jobs, and applications from people without an account. The
 * organisation comes from the URL's slug, then everything is scoped to it as usual.
 */
@Injectable()
export class CareerSiteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly candidates: CandidatesService,
  ) {}

  async listJobs(slug: string, query: { limit: number; cursor?: string }): Promise<Page<PublicJob>> {
    const scope = await this.scopeOf(slug);
    const builder = scopedQuery(scope, Job, 'job')
      .andWhere(`job.status = 'open'`)
      .orderBy('job.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) builder.andWhere('job.id < :after', { after: decodeIdCursor(query.cursor) });
    return toPage(await builder.getMany(), query.limit, (job) => [job.id], toPublicJob);
  }

  async getJob(slug: string, jobId: string): Promise<PublicJob> {
    return toPublicJob(await this.openJob(await this.scopeOf(slug), jobId));
  }

  /**
   * Always the same answer, whether the person was known or had applied already, so the form
   * reveals nothing. A known candidate's record is left as recruiters keep it; what was sent is
   * stored on the application as its submitted form.
   */
  async apply(
    slug: string,
    jobId: string,
    { input, resume: upload }: { input: PublicApplicationInput; resume?: UploadedFile },
  ): Promise<void> {
    const scope = await this.scopeOf(slug);
    // Checked (type, readable text) before anything is written; stored once the candidate is known.
    const resume = upload ? await this.candidates.readResume(upload) : undefined;
    const storedKeys: string[] = [];
    try {
      await this.dataSource.transaction(async (manager) => {
        const tx: TenantScope = { organizationId: scope.organizationId, manager };
        const job = await this.openJob(tx, jobId);
        const emailNormalized = normalizeEmail(input.email);
        // Insert-or-find in one statement pair that concurrent identical submissions agree on.
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(Candidate)
          .values({
            organizationId: tx.organizationId,
            firstName: input.firstName,
            lastName: input.lastName,
            email: input.email.trim(),
            emailNormalized,
            phone: input.phone ?? null,
            links: (input.links ?? []) as never,
            source: 'career_site',
            resumeText: input.resumeText ?? null,
            consentGivenAt: new Date(),
          })
          .orIgnore()
          .execute();
        const isNew = (inserted.raw as unknown[]).length > 0;
        const candidate = await scopedQuery(tx, Candidate, 'candidate')
          .andWhere('candidate.email_normalized = :emailNormalized', { emailNormalized })
          .getOneOrFail();
        const stored = resume ? await this.candidates.storeResume(tx.organizationId, candidate.id, resume) : undefined;
        if (stored) storedKeys.push(stored.key);
        // A new candidate gets the résumé on their record; a known one keeps what recruiters
        // have, and the file travels with the submitted form.
        if (stored && isNew)
          await manager.update(Candidate, { id: candidate.id }, { resumeFile: stored as never, resumeText: resume!.text || null });
        const { consent: _consent, ...form } = input;
        try {
          await this.applications.apply(tx, {
            job,
            candidateId: candidate.id,
            source: 'career_site',
            actorUserId: null,
            submittedForm: { ...form, ...(stored ? { resumeFile: stored } : {}), submittedAt: new Date().toISOString() },
          });
        } catch (error) {
          if (!(error instanceof ApplicationsError && error.code === 'APPLICATION_EXISTS')) throw error;
          // Already applied (so not a new candidate): nothing changes, and the file is not needed.
          if (stored) await this.candidates.deleteStoredFile(storedKeys.pop()!);
        }
      });
    } catch (error) {
      for (const key of storedKeys) await this.candidates.deleteStoredFile(key);
      throw error;
    }
  }

  private async scopeOf(slug: string): Promise<TenantScope> {
    const organization = await this.dataSource.manager.findOne(Organization, { where: { slug }, select: { id: true } });
    if (!organization) throw new CareerSiteError('ORGANIZATION_NOT_FOUND', 'No such organisation.');
    return { organizationId: organization.id, manager: this.dataSource.manager };
  }

  /** Only open jobs exist publicly; any other is answered as missing. */
  private async openJob(scope: TenantScope, jobId: string): Promise<Job> {
    const job = await scopedQuery(scope, Job, 'job').andWhere(`job.id = :jobId AND job.status = 'open'`, { jobId }).getOne();
    if (!job) throw new CareerSiteError('JOB_NOT_FOUND', 'No such open job.');
    return job;
  }
}
