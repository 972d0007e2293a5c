import { Organization, User } from '@hp/accounts';
import { ApplicationsError, ApplicationsService } from '@hp/applications';
import type { RequestContext } from '@hp/auth';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { scopedQuery } from '@hp/database';
import { MailService } from '@hp/mail';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { ChallengeReviewer } from './challenge-reviewer.entity.js';
import { hashChallengeToken, newChallengeToken } from './challenge-token.js';
import { toChallengeView } from './challenge-views.js';
import { challengeNotFound, ChallengesError } from './challenges.errors.js';
import { CodingChallenge } from './coding-challenge.entity.js';
import type { ChallengeView, CreateChallengeInput, CreatedChallenge, UpdateChallengeInput } from './dto/challenges.schemas.js';

export type ChallengeEventType = 'sent' | 'submitted' | 'extended';

/** Outbox event of a challenge change, with the caller's transactional manager. */
export async function publishChallengeChanged(
  outbox: OutboxWriter,
  manager: EntityManager,
  challenge: Pick<CodingChallenge, 'id' | 'applicationId' | 'organizationId'>,
  type: ChallengeEventType,
  dueAt: Date,
): Promise<void> {
  await outbox.publish(manager, {
    name: QueueJobName.ChallengeChanged,
    payload: {
      challengeId: challenge.id,
      applicationId: challenge.applicationId,
      type,
      dueAt: dueAt.toISOString(),
      occurredAt: new Date().toISOString(),
    },
    organizationId: challenge.organizationId,
  });
}

/**
 * Take-home coding challenges, as recruiters see them. A challenge is visible to whoever may see
 * its application (the applications library decides: a hiring manager sees those of their jobs),
 * and to its reviewers.
 */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly mail: MailService,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(context: RequestContext, applicationId: string, input: CreateChallengeInput): Promise<CreatedChallenge> {
    const token = newChallengeToken();
    const id = await context.transaction(async (tx) => {
      const application = await this.applications.getView(tx, applicationId);
      if (application.status !== 'active') {
        throw new ChallengesError(
          'APPLICATION_NOT_ACTIVE',
          `The application is ${application.status}; only active applications get challenges.`,
          {
            status: application.status,
          },
        );
      }
      const reviewerIds = await this.assertReviewers(tx, input.reviewerIds);
      const dueAt = new Date(input.dueAt);
      const challenge = await tx.manager.save(
        tx.manager.create(CodingChallenge, {
          organizationId: tx.organizationId,
          applicationId: application.id,
          stageId: application.stage.id,
          title: input.title,
          instructions: input.instructions,
          dueAt,
          tokenHash: hashChallengeToken(this.config.JWT_REFRESH_SECRET, token),
          submittedAt: null,
          repositoryUrl: null,
          submissionNotes: null,
          createdByUserId: tx.actor.userId,
        }),
      );
      await tx.manager.insert(
        ChallengeReviewer,
        reviewerIds.map((userId) => ({ challengeId: challenge.id, userId, organizationId: tx.organizationId })),
      );
      if (application.candidate.email) {
        const organization = await tx.manager.findOneOrFail(Organization, {
          where: { id: tx.organizationId },
          select: { id: true, name: true },
        });
        await this.mail.enqueue(tx.manager, {
          dedupeKey: `challenge-invitation:${challenge.id}`,
          to: application.candidate.email,
          template: 'challengeInvitation',
          organizationId: tx.organizationId,
          data: {
            candidateName: application.candidate.firstName,
            organizationName: organization.name,
            jobTitle: application.job.title,
            challengeTitle: challenge.title,
            url: this.submissionUrl(token),
            dueAt: dueAt.toISOString(),
          },
        });
      }
      await publishChallengeChanged(this.outbox, tx.manager, challenge, 'sent', dueAt);
      return challenge.id;
    });
    return { challenge: await this.get(context, id), submissionUrl: this.submissionUrl(token) };
  }

  async get(context: RequestContext, challengeId: string): Promise<ChallengeView> {
    const challenge = await this.withRelations(context).andWhere('challenge.id = :challengeId', { challengeId }).getOne();
    if (!challenge) throw challengeNotFound();
    // Its reviewers read it to score it, whether or not they may see the application otherwise.
    const reviews = await context.manager.existsBy(ChallengeReviewer, {
      challengeId: challenge.id,
      userId: context.actor.userId,
      organizationId: context.organizationId,
    });
    if (!reviews) await this.assertApplicationVisible(context, challenge.applicationId);
    return (await this.toViews(context, [challenge]))[0]!;
  }

  async listForApplication(context: RequestContext, applicationId: string): Promise<ChallengeView[]> {
    await this.applications.getView(context, applicationId);
    const challenges = await this.withRelations(context)
      .andWhere('challenge.application_id = :applicationId', { applicationId })
      .orderBy('challenge.id')
      .getMany();
    return this.toViews(context, challenges);
  }

  /** Moves the deadline (later, or earlier but still ahead); a submitted challenge is final. */
  async update(context: RequestContext, challengeId: string, input: UpdateChallengeInput): Promise<ChallengeView> {
    await context.transaction(async (tx) => {
      const challenge = await scopedQuery(tx, CodingChallenge, 'challenge')
        .andWhere('challenge.id = :challengeId', { challengeId })
        .setLock('pessimistic_write')
        .getOne();
      if (!challenge) throw challengeNotFound();
      await this.assertApplicationVisible(tx, challenge.applicationId);
      if (challenge.submittedAt) {
        throw new ChallengesError('CHALLENGE_ALREADY_SUBMITTED', 'The challenge was submitted; its deadline cannot change.');
      }
      const dueAt = new Date(input.dueAt);
      await tx.manager.update(CodingChallenge, { id: challenge.id }, { dueAt });
      await publishChallengeChanged(this.outbox, tx.manager, challenge, 'extended', dueAt);
    });
    return this.get(context, challengeId);
  }

  private submissionUrl(token: string): string {
    return `${this.config.APP_URL}/challenges/${token}`;
  }

  /** Reviewers must be active users of the organisation; each refused one is named by its index. */
  private async assertReviewers(context: RequestContext, reviewerIds: string[]): Promise<string[]> {
    const wanted = [...new Set(reviewerIds)];
    const users = await scopedQuery(context, User, 'user')
      .select(['user.id'])
      .andWhere(`user.id IN (:...wanted) AND user.status = 'active'`, { wanted })
      .getMany();
    const found = new Set(users.map((user) => user.id));
    const errors = reviewerIds.flatMap((id, index) =>
      found.has(id) ? [] : [{ field: `reviewerIds.${index}`, message: 'is not an active user of the organisation' }],
    );
    if (errors.length) throw new ChallengesError('REVIEWER_NOT_ASSIGNABLE', 'Some reviewers cannot review this challenge.', { errors });
    return wanted;
  }

  /** A challenge exists for the caller only when its application does. */
  private async assertApplicationVisible(context: RequestContext, applicationId: string): Promise<void> {
    try {
      await this.applications.getView(context, applicationId);
    } catch (error) {
      if (error instanceof ApplicationsError && error.code === 'APPLICATION_NOT_FOUND') throw challengeNotFound();
      throw error;
    }
  }

  private withRelations(context: RequestContext) {
    return scopedQuery(context, CodingChallenge, 'challenge')
      .innerJoinAndSelect('challenge.stage', 'stage')
      .leftJoinAndSelect('challenge.createdBy', 'createdBy');
  }

  private async toViews(context: RequestContext, challenges: CodingChallenge[]): Promise<ChallengeView[]> {
    if (challenges.length === 0) return [];
    const reviewers = await scopedQuery(context, ChallengeReviewer, 'reviewer')
      .innerJoinAndSelect('reviewer.user', 'user')
      .andWhere({ challengeId: In(challenges.map((challenge) => challenge.id)) })
      .orderBy('user.name')
      .addOrderBy('user.id')
      .getMany();
    const now = new Date();
    return challenges.map((challenge) =>
      toChallengeView(
        challenge,
        reviewers
          .filter((reviewer) => reviewer.challengeId === challenge.id)
          .map((reviewer) => ({ id: reviewer.user!.id, name: reviewer.user!.name })),
        now,
      ),
    );
  }
}
