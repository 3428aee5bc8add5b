import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorableAnswers, EMPTY_ANSWERS, type ScorableAnswers } from '../../../src/lib/assessment/answers';
import { applyDecisionRules, ruleApplies, type DecisionRule } from '../../../src/lib/assessment/decision-rules';
import { collectContributions } from '../../../src/lib/assessment/factors';
import type { AssessmentRules } from '../../../src/lib/assessment/rules-schema';
import { assessFit } from '../../../src/lib/assessment/score';
import { engineRules as rules } from '../../support/assessment-engine-rules';
import { boundaryAnswers, breachesFor, publishedRuleBreaches } from '../../support/published-rules';

const CORE = ['after-hours', 'security', 'cloud', 'compliance'] as const;
const company = (answers: Partial<ScorableAnswers>): ScorableAnswers => ({
  employees: 150,
  itStaff: 2,
  needs: null,
  customApps: null,
  itIs: null,
  mspIs: null,
  ...answers,
});

/** The rules with every bonus and penalty replaced by a value drawn from `weights`. */
function reweighted(weights: number[]): AssessmentRules {
  const copy = structuredClone(rules) as unknown as Record<string, unknown>;
  let next = 0;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number' && /bonus|penalty/i.test(key)) node[key] = weights[next++ % weights.length];
      else if (value !== null && typeof value === 'object' && key !== 'decisionRules')
        walk(value as Record<string, unknown>);
    }
  };
  walk(copy);
  return copy as unknown as AssessmentRules;
}

describe('the published decision rules', () => {
  it('hold for every combination of answers at every boundary head count', () => {
    expect(publishedRuleBreaches(rules)).toEqual([]);
  }, 60_000);

  it('hold whatever the weights are: weights only rank what the rules leave open', () => {
    const grid = [...boundaryAnswers()].filter((_, index) => index % 97 === 0);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 40 }), (weights) => {
        const tuned = reweighted(weights);
        for (const answers of grid) expect(breachesFor(answers, tuned)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('show the recommendation with the highest score, whichever rule decided', () => {
    for (const answers of [...boundaryAnswers()].filter((_, index) => index % 13 === 0)) {
      const { scores, recommendation } = assessFit(answers, rules);
      for (const score of Object.values(scores)) expect(score).toBeLessThanOrEqual(scores[recommendation]);
    }
  });

  it('are read top to bottom: a model ruled out higher up is never named lower down', () => {
    const list: DecisionRule[] = [
      { id: 'out', when: { mspIs: 'cost-lever' }, exclude: ['co-managed'], why: 'x', guideLink: 'provider-role' },
      { id: 'in', when: { itStaff: { min: 1 } }, recommend: 'co-managed', why: 'x', guideLink: 'company-size' },
      { id: 'later', when: { itStaff: { min: 1 } }, recommend: 'in-house', why: 'x', guideLink: 'custom-apps' },
    ];
    expect(applyDecisionRules(company({ mspIs: 'partner' }), list, CORE).decidedBy?.id).toBe('in');
    const squeezed = applyDecisionRules(company({ mspIs: 'cost-lever' }), list, CORE);
    expect(squeezed.decidedBy?.id).toBe('later');
    expect(squeezed.ruledOut.get('co-managed')?.id).toBe('out');
  });

  it('the first rule that names a model wins where two meet: a cost center with a night-shift gap', () => {
    const result = assessFit(
      company({ needs: ['after-hours'], customApps: false, itIs: 'cost-center', mspIs: 'partner' }),
      rules,
    );
    expect(result.decidedBy).toBe('it-as-cost-center');
    expect(result.recommendation).toBe('fully-managed');
  });
});

describe('a result from some of the answers', () => {
  it('comes as soon as both head counts are known', () => {
    expect(scorableAnswers({ ...EMPTY_ANSWERS, employees: 40 })).toBeNull();
    const partial = scorableAnswers({ ...EMPTY_ANSWERS, employees: 40, itStaff: 0 })!;
    const result = assessFit(partial, rules);
    expect(result.recommendation).toBe('fully-managed');
    expect(result.unanswered).toEqual(['needs', 'customApps', 'itIs', 'mspIs']);
  });

  it('reads "none of these" as an answer, and an unanswered gaps question as no answer', () => {
    const none = scorableAnswers({ ...EMPTY_ANSWERS, employees: 150, itStaff: 2, needsAnswered: true })!;
    expect(none.needs).toEqual([]);
    expect(assessFit(none, rules).ruledOut).toContain('co-managed');
    const unasked = scorableAnswers({ ...EMPTY_ANSWERS, employees: 150, itStaff: 2 })!;
    expect(unasked.needs).toBeNull();
    expect(assessFit(unasked, rules).ruledOut).not.toContain('co-managed');
  });

  it('counts nothing for an unanswered question, neither in a rule nor in the weights', () => {
    fc.assert(
      fc.property(fc.constantFrom(...[...boundaryAnswers()].filter((_, index) => index % 11 === 0)), (answers) => {
        const read = new Set(collectContributions(answers, rules).flatMap((c) => c.answers));
        for (const key of ['needs', 'customApps', 'itIs', 'mspIs'] as const) {
          if (answers[key] === null) {
            expect(read.has(key)).toBe(false);
            for (const rule of rules.decisionRules) {
              const reads = key === 'needs' ? ['gaps', 'coreGaps', 'needsAny'] : [key];
              if (reads.some((condition) => condition in rule.when)) {
                expect(ruleApplies(rule.when, answers, CORE)).toBe(false);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
