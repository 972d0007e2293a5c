import { CandidatePrivacyService } from '@hp/candidates';
import { Clock } from '@hp/common';
import { type PeriodicTask, PeriodicTaskRunner } from '@hp/queue';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CANDIDATE_STILL_EXPIRED, EXPIRED_CANDIDATES_PAGE } from './expired-candidates.js';

/** Candidates read per query; each one is then erased in its own transaction. */
export const RETENTION_BATCH_SIZE = 200;

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * GDPR retention: once a day, for every organisation that set `retention_months`, erases the
 * candidates with nothing active and no activity for that long (the rule is in
 * `expired-candidates.ts`). Each erasure is the one a user asks for (`CandidatePrivacyService`),
 * started by the system: audited as `candidate.erased` with no actor and reason `retention`.
 */
@Injectable()
export class CandidateRetention implements OnApplicationBootstrap {
  private readonly logger = new Logger(CandidateRetention.name);

  /** The daily task; PostgreSQL lets one worker run it per period (`periodic_task_runs`). */
  readonly task: PeriodicTask = { name: 'candidates.retention', everyMs: 24 * 3_600_000, run: () => this.run() };

  constructor(
    private readonly dataSource: DataSource,
    private readonly privacy: CandidatePrivacyService,
    private readonly periodic: PeriodicTaskRunner,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // Erasure is only complete when every library that stores candidate data is loaded here.
    this.logger.log({ sections: this.privacy.sections }, 'Candidate retention erases these sections');
    this.periodic.schedule(this.task);
  }

  /** Every organisation with a retention period, one after the other. */
  async run(): Promise<{ organizations: number; erased: number }> {
    const organizations: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM organizations WHERE retention_months IS NOT NULL ORDER BY id`,
    );
    let erased = 0;
    for (const { id } of organizations) erased += (await this.eraseExpired(id)).length;
    if (erased > 0) this.logger.log({ organizations: organizations.length, erased }, 'Candidate retention erased candidates');
    return { organizations: organizations.length, erased };
  }

  /**
   * Erases the organisation's due candidates, reading them by pages of ids and erasing each in
   * its own transaction, where the rule is checked again with the row locked. A candidate whose
   * erasure fails is logged and left for the next run; the others go on. Returns the ids erased.
   */
  async eraseExpired(organizationId: string): Promise<string[]> {
    const [organization]: { retention_months: number | null; cutoff: Date | null }[] = await this.dataSource.query(
      `SELECT retention_months, $2::timestamptz - make_interval(months => retention_months) AS cutoff
         FROM organizations WHERE id = $1`,
      [organizationId, this.clock.now()],
    );
    if (!organization?.retention_months || !organization.cutoff) return [];
    const { retention_months: retentionMonths, cutoff } = organization;
    const erased: string[] = [];
    let after = FIRST_ID;
    for (;;) {
      const page: { id: string }[] = await this.dataSource.query(EXPIRED_CANDIDATES_PAGE, [
        organizationId,
        cutoff,
        after,
        RETENTION_BATCH_SIZE,
      ]);
      for (const { id } of page) {
        try {
          const done = await this.privacy.eraseForRetention(this.dataSource.manager, organizationId, id, retentionMonths, async (scope) => {
            const still: unknown[] = await scope.manager.query(CANDIDATE_STILL_EXPIRED, [organizationId, cutoff, id]);
            return still.length > 0;
          });
          if (done) erased.push(id);
        } catch (error) {
          this.logger.error({ organizationId, candidateId: id, error: (error as Error).message }, 'Retention could not erase a candidate');
        }
      }
      if (page.length < RETENTION_BATCH_SIZE) return erased;
      after = page[page.length - 1].id;
    }
  }
}
