import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompleteAnswers, ScorableAnswers } from '../../../src/lib/assessment/answers';
import { MODELS, type Model } from '../../../src/lib/assessment/models';
import type { AssessmentRules } from '../../../src/lib/assessment/rules-schema';
import { assessFit, type FitResult } from '../../../src/lib/assessment/score';
import { engineRules as rules } from '../../support/assessment-engine-rules';
import { completeAnswers, everyProfile } from './fixtures';

const assess = (answers: ScorableAnswers) => assessFit(answers, rules);
const hrefs = new Set(Object.values(rules.guideLinks));
const answerKeys = ['employees', 'itStaff', 'needs', 'customApps', 'itIs', 'mspIs'];

const base: CompleteAnswers = {
  employees: 150,
  itStaff: 2,
  needs: ['after-hours', 'security'],
  customApps: false,
  itIs: 'capability',
  mspIs: 'partner',
};

/** A copy of the rules with every bonus and penalty set to `points`. */
function withAllWeights(points: number): AssessmentRules {
  const copy = structuredClone(rules) as unknown as Record<string, unknown>;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number' && /bonus|penalty/i.test(key)) node[key] = points;
      else if (value !== null && typeof value === 'object') walk(value as Record<string, unknown>);
    }
  };
  walk(copy);
  return copy as unknown as AssessmentRules;
}

describe('scores across every profile', () => {
  let results: { answers: CompleteAnswers; result: FitResult }[] = [];
  beforeAll(() => {
    results = [...everyProfile()].map((answers) => ({ answers, result: assess(answers) }));
  }, 30_000);

  it('are whole numbers from 0 to 100, with the recommendation on top', () => {
    const wrong = results.filter(({ result: { scores, recommendation } }) =>
      MODELS.some(
        (model) =>
          !Number.isInteger(scores[model]) ||
          scores[model] < 0 ||
          scores[model] > 100 ||
          scores[model] > scores[recommendation],
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('never recommend co-managed (or in-house) without internal IT staff', () => {
    const wrong = results.filter(
      ({ answers, result }) => answers.itStaff === 0 && result.recommendation !== 'fully-managed',
    );
    expect(wrong).toEqual([]);
  });

  it('hold that rule even when the weights are tuned to favour co-managed', () => {
    const tuned = structuredClone(rules);
    tuned.headcount['co-managed'].penaltyPerPersonOutside = 0;
    tuned.providerAsPartner.coManagedBonus = 100;
    const answers = {
      ...base,
      itStaff: 0,
      needs: ['after-hours', 'security', 'compliance'] as const,
    };
    const result = assessFit({ ...answers, needs: [...answers.needs] }, tuned);
    expect(result.recommendation).toBe('fully-managed');
    expect(result.scores['co-managed']).toBeLessThan(result.scores['fully-managed']);
  });
});

describe('how single answers move the fit', () => {
  const some = [...everyProfile()].filter((_, index) => index % 7 === 0);

  it('treating the provider as a cost lever rules co-managed out, and says why', () => {
    for (const answers of some.filter((profile) => profile.mspIs === 'partner')) {
      const lever = assess({ ...answers, mspIs: 'cost-lever' });
      expect(lever.recommendation).not.toBe('co-managed');
      expect(lever.scores['co-managed']).toBeLessThan(lever.scores[lever.recommendation]);
    }
    const result = assess({ ...base, mspIs: 'cost-lever' });
    expect(result.ruledOut).toContain('co-managed');
    const reason = result.reasons.find((r) => r.rule === 'provider-as-cost-lever');
    expect(reason).toMatchObject({ model: 'co-managed', effect: 'against', answers: ['mspIs'] });
  });

  it('seeing IT as a cost center favours fully managed', () => {
    for (const answers of some.filter((profile) => profile.itIs === 'capability')) {
      const capability = assess(answers);
      const costCenter = assess({ ...answers, itIs: 'cost-center' });
      expect(costCenter.scores['fully-managed']).toBeGreaterThanOrEqual(capability.scores['fully-managed']);
    }
  });

  it('custom apps never move the recommendation away from in-house', () => {
    for (const answers of some.filter((profile) => !profile.customApps && profile.itStaff > 0)) {
      const without = assess(answers);
      const withApps = assess({ ...answers, customApps: true });
      if (without.recommendation === 'in-house') expect(withApps.recommendation).toBe('in-house');
    }
  });

  it('a one-person team with a gap is not offered co-managed below 50 employees, and is from 50 up', () => {
    const at = (employees: number) => assess({ ...base, itStaff: 1, employees }).recommendation;
    expect(at(49)).not.toBe('co-managed');
    expect(at(50)).toBe('co-managed');
    expect(at(100)).toBe('co-managed');
  });

  it('each core gap moves a capable three-person team from in-house to co-managed', () => {
    const team: CompleteAnswers = { ...base, itStaff: 3, needs: [], customApps: true };
    expect(assess(team).recommendation).toBe('in-house');
    for (const need of ['after-hours', 'security', 'compliance'] as const) {
      expect(assess({ ...team, needs: [need] }).recommendation, need).toBe('co-managed');
    }
  });
});

describe('reasons', () => {
  it('point back at real answers and at the guide', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const { reasons } = assess(answers);
        expect(reasons.length).toBeGreaterThan(0);
        for (const reason of reasons) {
          for (const key of reason.answers) expect(answerKeys).toContain(key);
          expect(hrefs.has(reason.href), reason.href).toBe(true);
          expect(MODELS).toContain(reason.model);
          expect(['for', 'against']).toContain(reason.effect);
          expect(reason.text).toMatch(/^[A-Z0-9].*\.$/);
          expect(reason.text).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lead with the recommended model', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const result = assess(answers);
        expect(result.reasons[0]?.model).toBe(result.recommendation);
      }),
      { numRuns: 300 },
    );
  });

  it('quote the answers that drove them', () => {
    const small = assess({ ...base, employees: 37, itStaff: 1 });
    const sizeReason = small.reasons.find((r) => r.rule === 'small-company');
    expect(sizeReason).toMatchObject({ model: 'co-managed', effect: 'against', answers: ['employees'] });

    const staffReason = assess({ ...base, itStaff: 4 }).reasons.find(
      (r) => r.answers.includes('itStaff') && r.model === 'in-house' && !r.rule,
    );
    expect(staffReason?.text).toContain('4');
  });

  it('lead with the rule that decided, quoting every answer it read', () => {
    const result = assess({ ...base, itStaff: 0 });
    expect(result.decidedBy).toBe('no-internal-it');
    expect(result.reasons[0]).toMatchObject({
      rule: 'no-internal-it',
      model: 'fully-managed',
      effect: 'for',
      answers: ['itStaff'],
    });
    const sweetSpot = assess({ ...base, employees: 120, itStaff: 2 });
    expect(sweetSpot.reasons[0]).toMatchObject({ rule: 'sweet-spot', answers: ['employees', 'itStaff', 'needs'] });
  });

  it('name the missing gaps when only project help is wanted', () => {
    const reason = assess({ ...base, itStaff: 3, needs: ['projects'] }).reasons.find(
      (r) => r.model === 'co-managed' && r.effect === 'against' && r.answers.includes('needs'),
    );
    for (const need of ['after-hours', 'security', 'cloud', 'compliance'] as const) {
      expect(reason?.text).toContain(rules.copy.needs[need]);
    }
  });
});

describe('tipping points', () => {
  it('each really changes the recommendation when applied', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const result = assess(answers);
        for (const point of result.tippingPoints) {
          const changed = assess({ ...answers, ...point.change });
          expect(changed.recommendation).toBe(point.recommendation);
          expect(changed.recommendation).not.toBe(result.recommendation);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('spell out the hire that would make in-house the better fit', () => {
    const twoPersonTeam: CompleteAnswers = {
      employees: 150,
      itStaff: 2,
      needs: ['projects'],
      customApps: true,
      itIs: 'capability',
      mspIs: 'partner',
    };
    const result = assess(twoPersonTeam);
    expect(result.recommendation).toBe('co-managed');
    expect(result.tippingPoints).toContainEqual({
      text: 'With one more internal IT hire (3 in all), in-house would fit best.',
      change: { itStaff: 3 },
      recommendation: 'in-house',
    });
  });

  it('show where the employee threshold would change the answer', () => {
    const result = assess({
      ...base,
      employees: 45,
      itStaff: 1,
      needs: ['after-hours', 'security'],
    });
    expect(result.recommendation).toBe('fully-managed');
    const growth = result.tippingPoints.find((point) => point.change.employees !== undefined);
    expect(growth?.change.employees).toBe(50);
    expect(growth?.recommendation).toBe('co-managed');
  });

  it('show that a partner mindset would reopen co-managed', () => {
    const result = assess({
      ...base,
      itStaff: 3,
      customApps: true,
      needs: ['after-hours'],
      mspIs: 'cost-lever',
    });
    expect(result.recommendation).toBe('in-house');
    expect(result.tippingPoints).toContainEqual(
      expect.objectContaining({ change: { mspIs: 'partner' }, recommendation: 'co-managed' }),
    );
  });

  it('are empty when no single change flips the answer', () => {
    const settled: CompleteAnswers = {
      employees: 20,
      itStaff: 0,
      needs: [],
      customApps: false,
      itIs: 'cost-center',
      mspIs: 'cost-lever',
    };
    expect(assess(settled).tippingPoints).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives the same result for the same answers and leaves them untouched', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const frozen = Object.freeze({ ...answers, needs: Object.freeze([...answers.needs]) });
        expect(assessFit(frozen, rules)).toEqual(assessFit(frozen, rules));
      }),
      { numRuns: 200 },
    );
  });

  it('breaks exact ties in the documented order: in-house, fully managed, co-managed', () => {
    const flat = withAllWeights(0);
    // Only the weights decide: a rule that matches nobody leaves every company to them.
    flat.decisionRules = [{ ...flat.decisionRules[0]!, when: { employees: { min: 100_000, max: 100_000 } } }];
    const tie = (itStaff: number): Model => assessFit({ ...base, itStaff }, flat).recommendation;
    expect(assessFit(base, flat).scores).toEqual({
      'in-house': 50,
      'co-managed': 50,
      'fully-managed': 50,
    });
    expect(tie(2)).toBe('in-house');
    expect(tie(0)).toBe('in-house');
  });
});
