import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { Application, ApplicationsService } from '@hp/applications';
import type { RequestContext } from '@hp/auth';
import { ChallengeReviewer, CodingChallenge } from '@hp/challenges';
import { DomainError, type FieldError } from '@hp/common';
import { scopedQuery } from '@hp/database';
import { Interview, InterviewInterviewer } from '@hp/interviews';
import { Injectable } from '@nestjs/common';
import type { ApplicationScorecards, ScorecardView, SubmitScorecardInput } from './dto/scorecards.schemas.js';
import { countByRecommendation, meanScore, type Rating } from './scale.js';
import { Scorecard } from './scorecard.entity.js';
import { scorecardVisibility } from './scorecard-visibility.js';
import { ScorecardsError } from './scorecards.errors.js';
import { dueOrderSql, dueRowsSql, scorerSql } from './scorecards-sql.js';

const UNIQUE_VIOLATION = '23505';
const unscorable = new Set(['cancelled', 'no_show']);

/** What a scorecard assesses: an interview (scored by its panel) or a coding challenge (scored by its reviewers). */
export type ScoredSubjectKind = 'interview' | 'challenge';

/** The rules that differ between the two kinds of subject; everything else is one code path. */
const subjectRules = {
  interview: {
    column: 'interview_id',
    /** One scorecard per panel member and interview. */
    oneEach: 'scorecards_interview_author_unique',
    notScorer: () => new ScorecardsError('NOT_ON_PANEL', "Only the interview's panel may submit scorecards for it."),
  },
  challenge: {
    column: 'challenge_id',
    /** One scorecard per reviewer and challenge. */
    oneEach: 'scorecards_challenge_author_unique',
    notScorer: () => new ScorecardsError('NOT_A_REVIEWER', "Only the challenge's reviewers may submit scorecards for it."),
  },
} as const;

interface ScoredSubject {
  kind: ScoredSubjectKind;
  id: string;
  applicationId: string;
  stageId: string;
  /** The scorecard attributes of the subject's stage. */
  attributes: readonly string[];
  /** Why the subject takes no scorecards now (a cancelled interview, a challenge not submitted yet), or null. */
  refusal: ScorecardsError | null;
}

/**
 * Scorecards of interviews and coding challenges: each panel member (or reviewer) submits one,
 * amends it while the application is still in the subject's stage, and reads the others' only once
 * they have submitted their own (blind scoring; the rule is `scorecardVisibility`).
 */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly outbox: OutboxWriter,
  ) {}

  async submit(context: RequestContext, kind: ScoredSubjectKind, subjectId: string, input: SubmitScorecardInput): Promise<ScorecardView> {
    const subject = await this.subject(context, kind, subjectId);
    if (!(await this.isScorer(context, subject))) throw subjectRules[kind].notScorer();
    if (subject.refusal) throw subject.refusal;
    assertRatings(input, subject);
    let id: string;
    try {
      // The unique constraint decides between two concurrent submissions: exactly one is inserted.
      id = await context.transaction(async (tx) => {
        const [row] = await tx.manager.query<{ id: string }[]>(
          `INSERT INTO scorecards (organization_id, application_id, ${subjectRules[kind].column}, author_user_id, ratings, recommendation, notes, submitted_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, now()) RETURNING id`,
          [
            context.organizationId,
            subject.applicationId,
            subject.id,
            context.actor.userId,
            JSON.stringify(toRatings(input)),
            input.recommendation,
            input.notes ?? null,
          ],
        );
        // The reminders stop chasing this scorer once the event is relayed (same transaction as the row).
        await this.outbox.publish(tx.manager, {
          name: QueueJobName.ScorecardSubmitted,
          organizationId: tx.organizationId,
          payload: {
            scorecardId: row!.id,
            applicationId: subject.applicationId,
            interviewId: kind === 'interview' ? subject.id : null,
            challengeId: kind === 'challenge' ? subject.id : null,
            authorUserId: tx.actor.userId,
            occurredAt: new Date().toISOString(),
          },
        });
        return row!.id;
      });
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === subjectRules[kind].oneEach) {
        throw new ScorecardsError(
          'SCORECARD_ALREADY_SUBMITTED',
          `You have already submitted your scorecard for this ${kind}; amend it instead.`,
        );
      }
      throw error;
    }
    return this.view(context, id);
  }

  /** Amends the caller's own scorecard, as long as the application is still in the subject's stage. */
  async amendOwn(context: RequestContext, kind: ScoredSubjectKind, subjectId: string, input: SubmitScorecardInput): Promise<ScorecardView> {
    const id = await context.transaction(async (tx) => {
      const subject = await this.subject(tx, kind, subjectId);
      // Having submitted one is what entitles to amend it: no one else has a scorecard of theirs here.
      const own = await scopedQuery(tx, Scorecard, 'scorecard')
        .andWhere(`scorecard.${subjectRules[kind].column} = :subjectId AND scorecard.author_user_id = :userId`, {
          subjectId: subject.id,
          userId: tx.actor.userId,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (!own) throw new ScorecardsError('SCORECARD_NOT_FOUND', `You have not submitted a scorecard for this ${kind} yet.`);
      if (subject.refusal) throw subject.refusal;
      assertRatings(input, subject);
      // A share lock: a concurrent move of the application waits for this amendment, or this one sees the move.
      const application = await scopedQuery(tx, Application, 'application')
        .andWhere('application.id = :id', { id: subject.applicationId })
        .setLock('pessimistic_read')
        .getOneOrFail();
      if (application.stageId !== subject.stageId) {
        throw new ScorecardsError('APPLICATION_LEFT_STAGE', `The application has left the ${kind}'s stage; its scorecards are final.`);
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
    const [[scorer], submittedOwn, seesApplication] = await Promise.all([
      // Panel members and reviewers alike are held to the blind rule.
      context.manager.query<{ scores: boolean }[]>(`SELECT ${scorerSql} AS scores`, [
        context.organizationId,
        applicationId,
        context.actor.userId,
      ]),
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
      onPanel: scorer!.scores,
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
      context.manager.query<{ interview_id: string | null; challenge_id: string | null; user_id: string; name: string }[]>(
        `SELECT due.interview_id, due.challenge_id, due.user_id, due.name FROM (${dueRowsSql}) AS due ORDER BY ${dueOrderSql}`,
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
        due: due.map((row) => ({
          interviewId: row.interview_id,
          challengeId: row.challenge_id,
          interviewerId: row.user_id,
          name: row.name,
        })),
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

  /** The interview or challenge, of the caller's organisation, with what scoring it needs to know. */
  private async subject(context: RequestContext, kind: ScoredSubjectKind, id: string): Promise<ScoredSubject> {
    if (kind === 'interview') {
      const interview = await scopedQuery(context, Interview, 'interview')
        .innerJoinAndSelect('interview.stage', 'stage')
        .andWhere('interview.id = :id', { id })
        .getOne();
      if (!interview) throw new ScorecardsError('INTERVIEW_NOT_FOUND', 'No such interview.');
      return {
        kind,
        id: interview.id,
        applicationId: interview.applicationId,
        stageId: interview.stageId,
        attributes: interview.stage!.scorecardAttributes,
        refusal: unscorable.has(interview.status)
          ? new ScorecardsError('INTERVIEW_NOT_SCORABLE', `The interview is ${interview.status}; it takes no scorecards.`, {
              interviewStatus: interview.status,
            })
          : null,
      };
    }
    const challenge = await scopedQuery(context, CodingChallenge, 'challenge')
      .innerJoinAndSelect('challenge.stage', 'stage')
      .andWhere('challenge.id = :id', { id })
      .getOne();
    if (!challenge) throw new ScorecardsError('CHALLENGE_NOT_FOUND', 'No such challenge.');
    return {
      kind,
      id: challenge.id,
      applicationId: challenge.applicationId,
      stageId: challenge.stageId,
      attributes: challenge.stage!.scorecardAttributes,
      // There is nothing to assess before the candidate hands their work in.
      refusal: challenge.submittedAt
        ? null
        : new ScorecardsError('CHALLENGE_NOT_SUBMITTED', 'The candidate has not submitted this challenge yet; there is nothing to score.'),
    };
  }

  /** Whether the caller sits on the interview's panel, or reviews the challenge. */
  private isScorer(context: RequestContext, subject: ScoredSubject): Promise<boolean> {
    const who = { userId: context.actor.userId, organizationId: context.organizationId };
    return subject.kind === 'interview'
      ? context.manager.existsBy(InterviewInterviewer, { ...who, interviewId: subject.id })
      : context.manager.existsBy(ChallengeReviewer, { ...who, challengeId: subject.id });
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
export function checkRatings(
  ratings: readonly Rating[],
  attributes: readonly string[],
  kind: ScoredSubjectKind = 'interview',
): FieldError[] {
  const known = new Set(attributes);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ratings.forEach((rating, index) => {
    if (!known.has(rating.attribute)) {
      errors.push({
        field: `ratings.${index}.attribute`,
        message: attributes.length
          ? `is not a scorecard attribute of the ${kind}'s stage (${attributes.join(', ')})`
          : `is not a scorecard attribute of the ${kind}'s stage (it has none)`,
      });
    } else if (seen.has(rating.attribute)) {
      errors.push({ field: `ratings.${index}.attribute`, message: 'is rated more than once' });
    }
    seen.add(rating.attribute);
  });
  return errors;
}

function assertRatings(input: SubmitScorecardInput, subject: ScoredSubject): void {
  const errors = checkRatings(input.ratings, subject.attributes, subject.kind);
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
