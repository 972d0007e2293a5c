import type { RequestContext } from '@hp/auth';
import { scopedQuery } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { pipelineShapeProblem } from './default-pipeline.js';
import type { CreateStageInput, StageView, UpdateStageInput } from './dto/jobs.schemas.js';
import { JobsError } from './jobs.errors.js';
import { JobsService, pipelineError, toStageView } from './jobs.service.js';
import { Stage } from './stage.entity.js';

/**
 * Edits a job's pipeline. Every change runs with the job row locked, so two editors (or an edit
 * and a move) are serialised, and checks the pipeline's shape before it commits.
 */
@Injectable()
export class StagesService {
  constructor(private readonly jobs: JobsService) {}

  async list(context: RequestContext, jobId: string): Promise<StageView[]> {
    await this.jobs.findVisible(context, jobId);
    return (await this.jobs.activeStages(context, jobId)).map(toStageView);
  }

  async add(context: RequestContext, jobId: string, input: CreateStageInput): Promise<StageView> {
    return context.transaction(async (tx) => {
      await this.jobs.findVisible(tx, jobId, true);
      if (input.kind === 'applied' || input.kind === 'hired')
        throw pipelineError('kind', `a pipeline has exactly one "${input.kind}" stage already`);
      const stages = await this.jobs.activeStages(tx, jobId);
      const hiredPosition = stages.length - 1;
      const position = input.position ?? hiredPosition;
      if (position < 1 || position > hiredPosition) throw pipelineError('position', `must be between 1 and ${hiredPosition}`);
      await tx.manager
        .createQueryBuilder()
        .update(Stage)
        .set({ position: () => 'position + 1' })
        .where('job_id = :jobId AND archived_at IS NULL AND position >= :position', { jobId, position })
        .execute();
      const stage = await tx.manager.save(
        tx.manager.create(Stage, {
          organizationId: tx.organizationId,
          jobId,
          name: input.name,
          kind: input.kind,
          position,
          slaDays: input.slaDays ?? null,
          scorecardAttributes: input.scorecardAttributes ?? [],
        }),
      );
      return toStageView(stage);
    });
  }

  async update(context: RequestContext, jobId: string, stageId: string, input: UpdateStageInput): Promise<StageView> {
    return context.transaction(async (tx) => {
      await this.jobs.findVisible(tx, jobId, true);
      const stage = await this.findActive(tx, jobId, stageId);
      if (input.kind !== undefined && input.kind !== stage.kind) {
        const fixed = stage.kind === 'applied' || stage.kind === 'hired';
        if (fixed || input.kind === 'applied' || input.kind === 'hired') {
          throw pipelineError('kind', 'the "applied" and "hired" stages keep their kind, and no other stage can take it');
        }
        stage.kind = input.kind;
      }
      if (input.name !== undefined) stage.name = input.name;
      if (input.slaDays !== undefined) stage.slaDays = input.slaDays;
      if (input.scorecardAttributes !== undefined) stage.scorecardAttributes = input.scorecardAttributes;
      return toStageView(await tx.manager.save(stage));
    });
  }

  async reorder(context: RequestContext, jobId: string, stageIds: string[]): Promise<StageView[]> {
    return context.transaction(async (tx) => {
      await this.jobs.findVisible(tx, jobId, true);
      const stages = await this.jobs.activeStages(tx, jobId);
      const byId = new Map(stages.map((stage) => [stage.id, stage]));
      if (stageIds.length !== stages.length || new Set(stageIds).size !== stageIds.length || !stageIds.every((id) => byId.has(id))) {
        throw pipelineError('stageIds', 'must list every stage of the job exactly once');
      }
      const ordered = stageIds.map((id) => byId.get(id)!);
      const problem = pipelineShapeProblem(ordered.map((stage) => stage.kind));
      if (problem) throw pipelineError('stageIds', problem);
      // The (job, position) constraint is deferred to commit, so positions may collide meanwhile.
      for (const [position, stage] of ordered.entries()) {
        if (stage.position !== position) await tx.manager.update(Stage, { id: stage.id }, { position });
        stage.position = position;
      }
      return ordered.map(toStageView);
    });
  }

  /**
   * Takes a stage out of the pipeline. It stays in the database (archived) because history and
   * reports refer to it; refused while active applications sit in it.
   */
  async remove(context: RequestContext, jobId: string, stageId: string): Promise<void> {
    await context.transaction(async (tx) => {
      await this.jobs.findVisible(tx, jobId, true);
      const stage = await this.findActive(tx, jobId, stageId);
      if (stage.kind === 'applied' || stage.kind === 'hired') {
        throw new JobsError('STAGE_NOT_REMOVABLE', `The "${stage.kind}" stage cannot be removed from a pipeline.`);
      }
      // Read by SQL (applications sit above this library). The stage row is locked above, and a
      // move takes a share lock on its target stage, so no application can enter meanwhile.
      const [{ count }] = await tx.manager.query(
        `SELECT count(*)::int AS count FROM applications WHERE stage_id = $1 AND status = 'active'`,
        [stageId],
      );
      if (count > 0) {
        throw new JobsError('STAGE_HAS_ACTIVE_APPLICATIONS', `${count} active application(s) are in this stage; move them first.`, {
          activeApplications: count,
        });
      }
      await tx.manager.update(Stage, { id: stage.id }, { archivedAt: new Date(), position: null });
      await tx.manager
        .createQueryBuilder()
        .update(Stage)
        .set({ position: () => 'position - 1' })
        .where('job_id = :jobId AND archived_at IS NULL AND position > :position', { jobId, position: stage.position })
        .execute();
    });
  }

  private async findActive(context: RequestContext, jobId: string, stageId: string): Promise<Stage> {
    const stage = await scopedQuery(context, Stage, 'stage')
      .andWhere('stage.id = :stageId AND stage.job_id = :jobId AND stage.archived_at IS NULL', { stageId, jobId })
      .setLock('pessimistic_write')
      .getOne();
    if (!stage) throw new JobsError('STAGE_NOT_FOUND', 'No such stage in this job.');
    return stage;
  }
}
