import { describe, expect, it } from 'vitest';
import { countByRecommendation, meanOf, meanScore, ratingScore, ratingValues, recommendations, scoreOf } from './scale.js';

describe('the scorecard scale', () => {
  it('scores strong_no 1, no 2, yes 3, strong_yes 4, and no_decision nothing', () => {
    expect(recommendations.map((value) => scoreOf[value])).toEqual([1, 2, 3, 4]);
    expect(ratingValues.map(ratingScore)).toEqual([1, 2, 3, 4, null]);
  });

  it('leaves attributes not assessed out of the mean', () => {
    expect(
      meanScore([{ ratings: [{ rating: 'strong_yes' }, { rating: 'no_decision' }, { rating: 'no' }] }, { ratings: [{ rating: 'yes' }] }]),
    ).toBe(3); // (4 + 2 + 3) / 3
  });

  it('has no mean when nothing was assessed', () => {
    expect(meanScore([])).toBeNull();
    expect(meanScore([{ ratings: [{ rating: 'no_decision' }] }])).toBeNull();
    expect(meanOf(0, 0)).toBeNull();
  });

  it('rounds means to two decimals', () => {
    expect(meanScore([{ ratings: [{ rating: 'strong_yes' }, { rating: 'strong_yes' }, { rating: 'no' }] }])).toBe(3.33);
    expect(meanOf(7, 3)).toBe(2.33);
  });

  it('counts recommendations, every one present even at zero', () => {
    expect(countByRecommendation([{ recommendation: 'yes' }, { recommendation: 'yes' }, { recommendation: 'strong_no' }])).toEqual({
      strong_no: 1,
      no: 0,
      yes: 2,
      strong_yes: 0,
    });
  });
});
