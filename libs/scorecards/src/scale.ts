/**
 * The scorecard scale, in one place: what interviewers may answer for an attribute and as their
 * overall recommendation, and the score each answer counts for. `no_decision` (an attribute not
 * assessed) is an allowed rating that counts for nothing: it is left out of means.
 */
export const recommendations = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof recommendations)[number];

export const ratingValues = [...recommendations, 'no_decision'] as const;
export type RatingValue = (typeof ratingValues)[number];

export const scoreOf: Readonly<Record<Recommendation, number>> = Object.freeze({ strong_no: 1, no: 2, yes: 3, strong_yes: 4 });

export interface Rating {
  attribute: string;
  rating: RatingValue;
  note?: string;
}

export type RecommendationCounts = Record<Recommendation, number>;

/** The score of one rating, or null for `no_decision`. */
export function ratingScore(rating: RatingValue): number | null {
  return rating === 'no_decision' ? null : scoreOf[rating];
}

/** Means are shown with two decimals. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The mean of a sum of scores over how many there were; null when nothing was assessed. */
export function meanOf(total: number, assessed: number): number | null {
  return assessed === 0 ? null : roundScore(total / assessed);
}

/** The mean score of every assessed rating of every scorecard (each rating weighs the same). */
export function meanScore(scorecards: readonly { ratings: readonly Pick<Rating, 'rating'>[] }[]): number | null {
  const scores = scorecards
    .flatMap((scorecard) => scorecard.ratings.map((rating) => ratingScore(rating.rating)))
    .filter((score) => score !== null);
  return meanOf(
    scores.reduce((sum, score) => sum + score, 0),
    scores.length,
  );
}

export function countByRecommendation(scorecards: readonly { recommendation: Recommendation }[]): RecommendationCounts {
  const counts: RecommendationCounts = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
  for (const scorecard of scorecards) counts[scorecard.recommendation]++;
  return counts;
}

/**
 * SQL over one scorecard row (alias `alias`): the sum of its assessed ratings' scores and how many
 * there are, from the same table as above (passed as a jsonb parameter, `$n`), so SQL never holds a
 * copy of the scale.
 */
export function ratingTotalsSql(alias: string, scaleParameter: string): string {
  return `(SELECT coalesce(sum((${scaleParameter}::jsonb ->> (r.value ->> 'rating'))::int), 0)::int AS total,
                  count(${scaleParameter}::jsonb ->> (r.value ->> 'rating'))::int AS assessed
             FROM jsonb_array_elements(${alias}.ratings) AS r)`;
}

export const scaleJson = JSON.stringify(scoreOf);
