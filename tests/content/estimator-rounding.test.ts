/*
 * Shipped content: the estimate states how it rounds (src/data/estimator-copy.json,
 * tool.estimate.assumptions.roundingRule). The words are the MSP's; the rule they state is the
 * engine's (src/lib/pricing/money.ts), so rewording must keep saying what the code does.
 */
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from '../../src/lib/pricing/money';
import { estimatorCopy } from '../../src/lib/pricing/estimator-copy';

describe('the rounding rule the estimate states', () => {
  const rule = estimatorCopy.tool.estimate.assumptions.roundingRule;

  it('says what the code does: whole cents, each step rounded once, halves away from zero', () => {
    expect(rule).toMatch(/whole cents/);
    expect(rule).toMatch(/halves rounded away from zero/);
    expect([roundHalfAwayFromZero(2.5), roundHalfAwayFromZero(-2.5)]).toEqual([3, -3]);
  });
});
