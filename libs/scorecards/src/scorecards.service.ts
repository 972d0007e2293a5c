import { Application, ApplicationsService } from '@hp/applications';
import type { RequestContext } from '@hp/auth';
import { DomainError, type FieldError } from '@hp/common';
import { scopedQuery } from '@hp/database';
import { Interview, InterviewInterviewer } from '@hp/interviews';
import type { Stage } from '@hp/jobs';
import { Injectable } from '@nestjs/common';
import type { ApplicationScorecards, ScorecardView, SubmitScorecardInput } from './dto/scorecards.schemas.js';
import { countByRecommendation, meanScore, type Rating } from './scale.js';
import { Scorecard } from './scorecard.entity.js';
import { scorecardVisibility } from './scorecard-visibility.js';
import { ScorecardsError } from './scorecards.errors.js';

const UNIQUE_VIOLATION = '23505';
const ONE_PER_INTERVIEWER = 'scorecards_interview_author_unique';
const unscorable = new Set(['cancelled', 'no_show']);

/**
 * Scorecards of interviews: each panel member submits one, amends it while the application is still
 * in the interview's stage, and reads the others' only once they have submitted their own (blind
 * scoring; the rule is `scorecardVisibility`).
 */
@Injectable()
export class ScorecardsService {
  constructor(private readonly applications: ApplicationsService) {}

  async submit(context: RequestContext, interviewId: string, input: SubmitScorecardInput): Promise<ScorecardView> {
    const interview = await this.interview(context, interviewId);
    const onPanel = await context.manager.existsBy(InterviewInterviewer, {
      interviewId: interview.id,
      userId: context.actor.userId,
      organizationId: context.organizationId,
    });
    if (!onPanel) throw new ScorecardsError('NOT_ON_PANEL', "Only the interview's panel may submit scorecards for it.");
    assertScorable(interview);
    assertRatings(input, interview.stage.scorecardAttributes);
    let id: string;
    try {
      // The unique constraint decides between two concurrent submissions: exactly one is inserted.
      const [row] = await context.manager.query<{ id: string }[]>(
        `INSERT INTO scorecards (organization_id, application_id, interview_id, author_user_id, ratings, recommendation, notes, submitted_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, now()) RETURNING id`,
        [
          context.organizationId,
          interview.applicationId,
          interview.id,
          context.actor.userId,
          JSON.stringify(toRatings(input)),
          input.recommendation,
          input.notes ?? null,
        ],
      );
      id = row!.id;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === ONE_PER_INTERVIEWER) {
        throw new ScorecardsError(
          'SCORECARD_ALREADY_SUBMITTED',
          'You have already submitted your scorecard for this interview; amend it instead.',
        );
      }
      throw error;
    }
    return this.view(context, id);
  }

  /** Amends the caller's own scorecard, as long as the application is still in the interview's stage. */
  async amendOwn(context: RequestContext, interviewId: string, input: SubmitScorecardInput): Promise<ScorecardView> {
    const id = await context.transaction(async (tx) => {
      const interview = await this.interview(tx, interviewId);
      // Having submitted one is what entitles to amend it: no one else has a scorecard of theirs here.
      const own = await scopedQuery(tx, Scorecard, 'scorecard')
        .andWhere('scorecard.interview_id = :interviewId AND scorecard.author_user_id = :userId', {
          interviewId,
          userId: tx.actor.userId,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (!own) throw new ScorecardsError('SCORECARD_NOT_FOUND', 'You have not submitted a scorecard for this interview yet.');
      assertScorable(interview);
      assertRatings(input, interview.stage.scorecardAttributes);
      // A share lock: a concurrent move of the application waits for this amendment, or this one sees the move.
      const application = await scopedQuery(tx, Application, 'application')
        .andWhere('application.id = :id', { id: interview.applicationId })
        .setLock('pessimistic_read')
        .getOneOrFail();
      if (application.stageId !== interview.stageId) {
        throw new ScorecardsError('APPLICATION_LEFT_STAGE', "The application has left the interview's stage; its scorecards are final.");
      }
      await tx.manager.update(
        Scorecard,
        { id: own.id },
        { ratings: toRatings(input) as never, recommendation: input.recommendation, notes: input.notes ?? null },
      );
      return own.id;
    });
    return this.view(context, id);
  }

  async listForApplication(context: RequestContext, applicationId: string): Promise<ApplicationScorecards> {
    const application = await scopedQuery(context, Application, 'application')
      .innerJoinAndSelect('application.job', 'job')
      .andWhere('application.id = :applicationId', { applicationId })
      .getOne();
    if (!application) throw applicationNotFound();
    const [onPanel, submittedOwn, seesApplication] = await Promise.all([
      scopedQuery(context, InterviewInterviewer, 'member')
        .innerJoin('member.interview', 'interview')
        .andWhere('interview.application_id = :applicationId AND member.user_id = :userId', { applicationId, userId: context.actor.userId })
        .getExists(),
      scopedQuery(context, Scorecard, 'scorecard')
        .andWhere('scorecard.application_id = :applicationId AND scorecard.author_user_id = :userId', {
          applicationId,
          userId: context.actor.userId,
        })
        .getExists(),
      this.seesApplication(context, applicationId),
    ]);
    const visibility = scorecardVisibility({
      role: context.actor.role,
      userId: context.actor.userId,
      jobHiringManagerId: application.job!.hiringManagerId,
      onPanel,
      submittedOwn,
      seesApplication,
    });
    if (visibility === 'none') throw applicationNotFound();
    if (visibility === 'blind') return { blind: true, scorecards: [], summary: null };

    const [scorecards, due] = await Promise.all([
      scopedQuery(context, Scorecard, 'scorecard')
        .innerJoinAndSelect('scorecard.author', 'author')
        .andWhere('scorecard.application_id = :applicationId', { applicationId })
        .orderBy('scorecard.id')
        .getMany(),
      context.manager.query<{ interview_id: string; user_id: string; name: string }[]>(
        `SELECT member.interview_id, member.user_id, u.name
           FROM interview_interviewers member
           JOIN interviews interview ON interview.id = member.interview_id
           JOIN users u ON u.id = member.user_id
          WHERE interview.organization_id = $1 AND interview.application_id = $2
            AND interview.status NOT IN ('cancelled', 'no_show')
            AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = member.interview_id AND s.author_user_id = member.user_id)
          ORDER BY interview.starts_at, interview.id, u.name, member.user_id`,
        [context.organizationId, applicationId],
      ),
    ]);
    return {
      blind: false,
      scorecards: scorecards.map(toScorecardView),
      summary: {
        countByRecommendation: countByRecommendation(scorecards),
        meanScore: meanScore(scorecards),
        submitted: scorecards.length,
        due: due.map((row) => ({ interviewId: row.interview_id, interviewerId: row.user_id, name: row.name })),
      },
    };
  }

  /** ApplicationsService's rule (the caller's jobs): its 404 means the application is not visible that way. */
  private async seesApplication(context: RequestContext, applicationId: string): Promise<boolean> {
    try {
      await this.applications.getView(context, applicationId);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) return false;
      throw error;
    }
  }

  /** The interview, of the caller's organisation, with its stage. */
  private async interview(context: RequestContext, interviewId: string): Promise<Interview & { stage: Stage }> {
    const interview = await scopedQuery(context, Interview, 'interview')
      .innerJoinAndSelect('interview.stage', 'stage')
      .andWhere('interview.id = :interviewId', { interviewId })
      .getOne();
    if (!interview) throw new ScorecardsError('INTERVIEW_NOT_FOUND', 'No such interview.');
    return interview as Interview & { stage: Stage };
  }

  private async view(context: RequestContext, id: string): Promise<ScorecardView> {
    const scorecard = await scopedQuery(context, Scorecard, 'scorecard')
      .innerJoinAndSelect('scorecard.author', 'author')
      .andWhere('scorecard.id = :id', { id })
      .getOneOrFail();
    return toScorecardView(scorecard);
  }
}

/** The ratings as stored, after checking each names an attribute of the stage, at most once. */
export function checkRatings(ratings: readonly Rating[], attributes: readonly string[]): FieldError[] {
  const known = new Set(attributes);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ratings.forEach((rating, index) => {
    if (!known.has(rating.attribute)) {
      errors.push({
        field: `ratings.${index}.attribute`,
        message: attributes.length
          ? `is not a scorecard attribute of the interview's stage (${attributes.join(', ')})`
          : "is not a scorecard attribute of the interview's stage (it has none)",
      });
    } else if (seen.has(rating.attribute)) {
      errors.push({ field: `ratings.${index}.attribute`, message: 'is rated more than once' });
    }
    seen.add(rating.attribute);
  });
  return errors;
}

function assertScorable(interview: Interview): void {
  if (unscorable.has(interview.status)) {
    throw new ScorecardsError('INTERVIEW_NOT_SCORABLE', `The interview is ${interview.status}; it takes no scorecards.`, {
      interviewStatus: interview.status,
    });
  }
}

function assertRatings(input: SubmitScorecardInput, attributes: readonly string[]): void {
  const errors = checkRatings(input.ratings, attributes);
  if (errors.length) {
    throw new ScorecardsError('SCORECARD_ATTRIBUTE_INVALID', `Invalid scorecard: check ${errors.map((error) => error.field).join(', ')}.`, {
      errors,
    });
  }
}

function toRatings(input: SubmitScorecardInput): Rating[] {
  return input.ratings.map((rating) => ({
    attribute: rating.attribute,
    rating: rating.rating,
    ...(rating.note ? { note: rating.note } : {}),
  }));
}

const applicationNotFound = () => new ScorecardsError('APPLICATION_NOT_FOUND', 'No such application.');

export const toScorecardView = (scorecard: Scorecard): ScorecardView => ({
  id: scorecard.id,
  applicationId: scorecard.applicationId,
  interviewId: scorecard.interviewId,
  challengeId: scorecard.challengeId,
  author: { id: scorecard.author!.id, name: scorecard.author!.name },
  ratings: scorecard.ratings.map((rating) => ({
    attribute: rating.attribute,
    rating: rating.rating,
    ...(rating.note !== undefined ? { note: rating.note } : {}),
  })),
  recommendation: scorecard.recommendation,
  notes: scorecard.notes,
  submittedAt: scorecard.submittedAt.toISOString(),
  updatedAt: scorecard.updatedAt.toISOString(),
});
