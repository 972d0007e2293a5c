import type { RequestContext } from '@hp/auth';
import { decodeIdCursor, encodeCursor, PlatformError } from '@hp/common';
import type { TenantScope } from '@hp/database';
import { JobsService } from '@hp/jobs';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Board, BoardCardScoreSummary, BoardQuery } from './dto/applications.schemas.js';

/**
 * Where the cards' score summaries come from: a port this library declares and the scorecards
 * library (which builds on this one, so cannot be imported here) provides, globally. One statement
 * per board.
 */
export const BOARD_SCORE_SUMMARIES = Symbol('BOARD_SCORE_SUMMARIES');

export interface BoardScoreSummaries {
  summaries(scope: TenantScope, applicationIds: readonly string[]): Promise<Map<string, BoardCardScoreSummary>>;
}

interface CardRow {
  stage_id: string;
  application_id: string;
  version: number;
  candidate_id: string;
  first_name: string;
  last_name: string;
  tags: string[];
  days_in_stage: number;
}

/**
 * The board: a fixed number of statements whatever the size of the job. Counts come from the board
 * index (job, stage, status); each stage's first page of cards comes from one LATERAL subquery, so a
 * stage with 20,000 cards costs the same as one with 20; the page's score summaries come from one more.
 */
@Injectable()
export class PipelineBoardService {
  constructor(
    private readonly jobs: JobsService,
    @Optional() @Inject(BOARD_SCORE_SUMMARIES) private readonly scores: BoardScoreSummaries | null = null,
  ) {}

  async board(context: RequestContext, jobId: string, query: BoardQuery): Promise<Board> {
    if (query.cursor && !query.stageId) throw PlatformError.validation([{ field: 'stageId', message: 'is required with cursor' }]);
    const job = await this.jobs.findVisible(context, jobId);
    const stages = (await this.jobs.activeStages(context, jobId)).filter((stage) => !query.stageId || stage.id === query.stageId);
    if (query.stageId && stages.length === 0) throw PlatformError.validation([{ field: 'stageId', message: 'is not a stage of this job' }]);
    const after = query.cursor ? decodeIdCursor(query.cursor) : null;
    const stageIds = stages.map((stage) => stage.id);
    const [counts, cards] = await Promise.all([
      context.manager.query<{ stage_id: string; count: number }[]>(
        `SELECT stage_id, count(*)::int AS count FROM applications
          WHERE organization_id = $1 AND job_id = $2 AND stage_id = ANY($3::uuid[]) AND status = 'active'
          GROUP BY stage_id`,
        [context.organizationId, jobId, stageIds],
      ),
      context.manager.query<CardRow[]>(
        `SELECT s.id AS stage_id, card.*
           FROM unnest($3::uuid[]) AS s(id)
          CROSS JOIN LATERAL (
            SELECT a.id AS application_id, a.version, c.id AS candidate_id, c.first_name, c.last_name, c.tags,
                   floor(extract(epoch FROM now() - a.stage_entered_at) / 86400)::int AS days_in_stage
              FROM applications a
              JOIN candidates c ON c.id = a.candidate_id
             WHERE a.organization_id = $1 AND a.job_id = $2 AND a.stage_id = s.id AND a.status = 'active'
               AND ($4::uuid IS NULL OR a.id > $4::uuid)
             ORDER BY a.id
             LIMIT $5
          ) AS card`,
        [context.organizationId, jobId, stageIds, after, query.limit + 1],
      ),
    ]);
    const countByStage = new Map(counts.map((row) => [row.stage_id, row.count]));
    const scores = this.scores
      ? await this.scores.summaries(
          context,
          cards.map((card) => card.application_id),
        )
      : new Map();
    return {
      job: { id: job.id, title: job.title, status: job.status },
      stages: stages.map((stage) => {
        const rows = cards.filter((card) => card.stage_id === stage.id);
        const page = rows.slice(0, query.limit);
        return {
          id: stage.id,
          name: stage.name,
          kind: stage.kind,
          position: stage.position ?? -1,
          slaDays: stage.slaDays,
          activeCount: countByStage.get(stage.id) ?? 0,
          cards: page.map((card) => ({
            applicationId: card.application_id,
            version: card.version,
            candidate: { id: card.candidate_id, name: `${card.first_name} ${card.last_name}` },
            daysInStage: card.days_in_stage,
            tags: card.tags,
            scoreSummary: scores.get(card.application_id) ?? null,
          })),
          nextCursor: rows.length > query.limit ? encodeCursor([page.at(-1)!.application_id]) : null,
        };
      }),
    };
  }
}
