import { describe, expect, it } from 'vitest';
import { browserRateCard } from '../../../src/lib/pricing/browser-card';
import { estimateCsv } from '../../../src/lib/pricing/csv';
import { estimatePricing, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { NEEDS } from '../../../src/lib/assessment/answers';
import { inputsFromAssessment } from '../../../src/lib/pricing/assessment-prefill';
import { SCOPES, type EstimatorInputs, type Scope } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { scopeByGap } from '../../../src/lib/work/work-by-gap';

const trimmed = browserRateCard(rateCard);

/** Every subset of the scope items. */
const scopeSets: Scope[][] = Array.from({ length: 2 ** SCOPES.length }, (_, mask) =>
  SCOPES.filter((_, index) => mask & (1 << index)),
);

const shapes: Partial<EstimatorInputs>[] = [
  {},
  { users: 1, devices: 1, hoursPerMonth: 0, termYears: 1, annualAdjustmentPercent: 0 },
  { users: 120, devices: 180, hoursPerMonth: 25, termYears: 2, annualAdjustmentPercent: 3 },
  { users: 40, devices: 400, hoursPerMonth: 60, termYears: 3, annualAdjustmentPercent: 4.25 },
  { users: 100_000, devices: 1_000_000, hoursPerMonth: 2_000, termYears: 3, annualAdjustmentPercent: 25 },
];

describe('the rate card the island receives', () => {
  it('is smaller than the full card', () => {
    expect(JSON.stringify(trimmed).length).toBeLessThan(JSON.stringify(rateCard).length - 1000);
  });

  it('gives the same estimate, explanations, assumptions, suggestion and CSV for every scope and shape', () => {
    for (const shape of shapes) {
      for (const scope of scopeSets) {
        const inputs = { ...shape, scope };
        expect(estimatePricing(inputs, trimmed)).toEqual(estimatePricing(inputs, rateCard));
        expect(suggestPricingModel(inputs, trimmed)).toEqual(suggestPricingModel(inputs, rateCard));
        expect(estimateCsv(estimatePricing(inputs, trimmed), 'USD', trimmed.modelText.csv)).toBe(
          estimateCsv(estimatePricing(inputs, rateCard), 'USD', rateCard.modelText.csv),
        );
      }
    }
  });

  it('starts from the fit assessment the same way', () => {
    for (const need of NEEDS) {
      expect(inputsFromAssessment({ employees: 120, needs: [need] }, trimmed, scopeByGap(gapToWork))).toEqual(
        inputsFromAssessment({ employees: 120, needs: [need] }, rateCard, scopeByGap(gapToWork)),
      );
    }
  });

  it('leaves the full card untouched', () => {
    expect(rateCard.defaults.users.reasoning.length).toBeGreaterThan(20);
  });
});
