import type { StageKind } from './stage.entity.js';

export interface StageTemplate {
  name: string;
  kind: StageKind;
  slaDays?: number | null;
  scorecardAttributes?: string[];
}

/** The pipeline a job gets when it is created without one. */
export const defaultPipeline: readonly StageTemplate[] = [
  { name: 'Applied', kind: 'applied', scorecardAttributes: [] },
  { name: 'Screening', kind: 'screening', scorecardAttributes: ['Motivation', 'Communication', 'Role fit'] },
  {
    name: 'Technical interview',
    kind: 'technical_interview',
    scorecardAttributes: ['Problem solving', 'Technical depth', 'Communication'],
  },
  { name: 'Coding challenge', kind: 'coding_challenge', scorecardAttributes: ['Code quality', 'Correctness', 'Testing'] },
  { name: 'Offer', kind: 'offer', scorecardAttributes: [] },
  { name: 'Hired', kind: 'hired', scorecardAttributes: [] },
];

/** A pipeline has exactly one `applied` stage, first, and one `hired` stage, last. Returns what is wrong, if anything. */
export function pipelineShapeProblem(kinds: readonly StageKind[]): string | undefined {
  if (kinds.length < 2) return 'a pipeline needs at least an applied and a hired stage';
  if (kinds.filter((kind) => kind === 'applied').length !== 1 || kinds[0] !== 'applied') return 'needs exactly one "applied" stage, first';
  if (kinds.filter((kind) => kind === 'hired').length !== 1 || kinds.at(-1) !== 'hired') return 'needs exactly one "hired" stage, last';
  return undefined;
}
