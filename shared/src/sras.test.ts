import { describe, expect, it } from 'vitest';
import { SrasScores, hasSrasScores, srasProfile } from './sras';

function scores(raw: unknown) {
  return SrasScores.parse(raw);
}

describe('the SRAS-R profile', () => {
  it('averages the child and parent score of each function', () => {
    const profile = srasProfile(scores({ attention: { child: 3, parent: 4 } }));
    expect(profile.functions.find((f) => f.fn === 'attention')).toEqual({ fn: 'attention', child: 3, parent: 4, combined: 3.5 });
  });

  it('uses the one score given when the other is missing', () => {
    const profile = srasProfile(scores({ tangibleRewards: { parent: 2.5 }, attention: { child: null, parent: 1 } }));
    expect(profile.functions.find((f) => f.fn === 'tangibleRewards')?.combined).toBe(2.5);
    expect(profile.functions.find((f) => f.fn === 'attention')?.combined).toBe(1);
    expect(profile.complete).toBe(false);
  });

  it('names the highest function as primary', () => {
    const profile = srasProfile(
      scores({
        avoidNegativeAffect: { child: 5, parent: 5 },
        escapeSocialEvaluative: { child: 3, parent: 3 },
        attention: { child: 2, parent: 2 },
        tangibleRewards: { child: 1, parent: 1 },
      }),
    );
    expect(profile.primary).toEqual(['avoidNegativeAffect']);
    expect(profile.complete).toBe(true);
  });

  it('counts a function exactly 0.25 below the highest as equally high', () => {
    const profile = srasProfile(scores({ avoidNegativeAffect: { child: 4, parent: 4 }, attention: { child: 3.75, parent: 3.75 } }));
    expect(profile.primary).toEqual(['avoidNegativeAffect', 'attention']);
  });

  it('counts a tie within 0.25 even when floating point rounding would break it', () => {
    // 3.8 − 3.55 is 0.25000000000000000 only on paper.
    const profile = srasProfile(scores({ escapeSocialEvaluative: { child: 3.8 }, tangibleRewards: { child: 3.55 } }));
    expect(profile.primary).toEqual(['escapeSocialEvaluative', 'tangibleRewards']);
  });

  it('does not count a function more than 0.25 below the highest', () => {
    const profile = srasProfile(scores({ avoidNegativeAffect: { child: 4 }, attention: { child: 3.74 } }));
    expect(profile.primary).toEqual(['avoidNegativeAffect']);
  });

  it('measures ties from the highest score, not from one another', () => {
    // 4.0, 3.8 and 3.6: 3.6 is within 0.25 of 3.8 but not of 4.0.
    const profile = srasProfile(
      scores({ avoidNegativeAffect: { child: 4 }, escapeSocialEvaluative: { child: 3.8 }, attention: { child: 3.6 } }),
    );
    expect(profile.primary).toEqual(['avoidNegativeAffect', 'escapeSocialEvaluative']);
  });

  it('can have all four functions primary', () => {
    const profile = srasProfile(
      scores({
        avoidNegativeAffect: { child: 2 },
        escapeSocialEvaluative: { child: 2.1 },
        attention: { child: 2.2 },
        tangibleRewards: { child: 2.2 },
      }),
    );
    expect(profile.primary).toHaveLength(4);
  });

  it('has no primary function when no score is given', () => {
    const empty = scores({});
    expect(srasProfile(empty).primary).toEqual([]);
    expect(hasSrasScores(empty)).toBe(false);
  });

  it('refuses scores outside 0–6 and anything that looks like items', () => {
    expect(SrasScores.safeParse({ attention: { child: 7 } }).success).toBe(false);
    expect(SrasScores.safeParse({ attention: { child: -1 } }).success).toBe(false);
    expect(SrasScores.safeParse({ attention: { child: 3, items: [1, 2, 3, 4, 5, 6] } }).success).toBe(false);
  });
});
