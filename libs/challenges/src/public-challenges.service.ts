import { APP_CONFIG, type AppConfig } from '@hp/config';
import { OutboxWriter } from '@hp/outbox';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hashChallengeToken, isChallengeTokenShaped } from './challenge-token.js';
import { challengeStatus } from './challenge-views.js';
import { publishChallengeChanged } from './challenges.service.js';
import { challengeNotFound, ChallengesError } from './challenges.errors.js';
import { CodingChallenge } from './coding-challenge.entity.js';
import type { ChallengeSubmissionInput, PublicChallenge, SubmissionReceived } from './dto/challenges.schemas.js';

/**
 * The candidate's side, without an account: the link's token is the only credential. A malformed
 * token is answered exactly like an unknown one.
 */
@Injectable()
export class PublicChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(token: string): Promise<PublicChallenge> {
    const challenge = await this.findByToken(this.dataSource.manager, token, true);
    return {
      title: challenge.title,
      instructions: challenge.instructions,
      dueAt: challenge.dueAt.toISOString(),
      status: challengeStatus(challenge),
      organizationName: challenge.organization!.name,
      jobTitle: challenge.application!.job!.title,
    };
  }

  /**
   * Records the submission once. The conditional UPDATE is the guard: of two concurrent
   * submissions the second waits for the first's row lock, then finds `submitted_at` set and
   * changes nothing. The deadline is the one stored now, so an extension re-opens submission.
   */
  async submit(token: string, input: ChallengeSubmissionInput): Promise<SubmissionReceived> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.findByToken(manager, token, false);
      const updated = (await manager.query(
        `UPDATE coding_challenges
            SET submitted_at = now(), repository_url = $2, submission_notes = $3, updated_at = now()
          WHERE id = $1 AND submitted_at IS NULL AND due_at > now()
            AND EXISTS (SELECT 1 FROM applications a WHERE a.id = coding_challenges.application_id AND a.status = 'active')
          RETURNING submitted_at, due_at`,
        [challenge.id, input.repositoryUrl ?? null, input.notes ?? null],
      )) as [{ submitted_at: Date; due_at: Date }[], number];
      const row = updated[0][0];
      if (!row) {
        const [current] = (await manager.query(
          `SELECT c.submitted_at, a.status AS application_status FROM coding_challenges c JOIN applications a ON a.id = c.application_id WHERE c.id = $1`,
          [challenge.id],
        )) as { submitted_at: Date | null; application_status: string }[];
        if (current?.submitted_at) throw new ChallengesError('CHALLENGE_ALREADY_SUBMITTED', 'This challenge was already submitted.');
        // A rejected, withdrawn or hired application takes no more work from the candidate.
        if (current?.application_status !== 'active') throw new ChallengesError('CHALLENGE_CLOSED', 'This challenge is closed.');
        throw new ChallengesError('CHALLENGE_EXPIRED', 'The deadline of this challenge has passed.');
      }
      await publishChallengeChanged(this.outbox, manager, challenge, 'submitted', row.due_at);
      return { status: 'submitted' as const, submittedAt: row.submitted_at.toISOString() };
    });
  }

  /**
   * Deliberately a cross-tenant lookup: the caller has no organisation, the token's keyed hash is
   * unique across all of them, and the organisation is the one of the row it finds.
   */
  private async findByToken(manager: EntityManager, token: string, withContext: boolean): Promise<CodingChallenge> {
    if (!isChallengeTokenShaped(token)) throw challengeNotFound();
    const query = manager
      .createQueryBuilder(CodingChallenge, 'challenge')
      .where('challenge.token_hash = :tokenHash', { tokenHash: hashChallengeToken(this.config.JWT_REFRESH_SECRET, token) });
    if (withContext) {
      query
        .innerJoin('challenge.organization', 'organization')
        .addSelect(['organization.id', 'organization.name'])
        .innerJoin('challenge.application', 'application')
        .addSelect(['application.id'])
        .innerJoin('application.job', 'job')
        .addSelect(['job.id', 'job.title']);
    }
    const challenge = await query.getOne();
    if (!challenge) throw challengeNotFound();
    return challenge;
  }
}
