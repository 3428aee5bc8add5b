import { describe, expect, it } from 'vitest';
import { estimatePricing, PRICING_MODEL_IDS, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { defaultInputsFrom, SCOPES, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';

const defaults = defaultInputsFrom(rateCard);

const dollars = (cents: number) => cents / 100;

function withInputs(changes: Partial<EstimatorInputs>): EstimatorInputs {
  return { ...defaults, scope: [...defaults.scope], ...changes };
}

describe('the rate card parameter', () => {
  it('fills missing or unusable inputs from the defaults of the card it is given', () => {
    const card = structuredClone(rateCard);
    card.defaults.users.value = 40;
    const estimate = estimatePricing({ users: Number.NaN }, card);
    expect(estimate.inputs).toEqual(defaultInputsFrom(card));
    expect(suggestPricingModel({}, card).model).toBe('per-user');
  });
});

describe('the facts, reproduced for the default inputs', () => {
  it('prices every model the facts describe, in order', () => {
    const estimate = estimatePricing(defaults, rateCard);
    expect(Object.keys(estimate.models)).toEqual([...PRICING_MODEL_IDS]);
  });

  it('per user: full scope stays within $50–$200 a user a month', () => {
    const { monthly } = estimatePricing(withInputs({ scope: [...SCOPES] }), rateCard).models['per-user'];
    expect(dollars(monthly.low) / 100).toBeGreaterThanOrEqual(50);
    expect(dollars(monthly.high) / 100).toBeLessThanOrEqual(200);
  });

  it('per user: tier-1 only sits at the $50 low end', () => {
    const { monthly } = estimatePricing(withInputs({ scope: [] }), rateCard).models['per-user'];
    expect(dollars(monthly.low) / 100).toBe(50);
    expect(dollars(monthly.high) / 100).toBeLessThan(100);
  });

  it('per user: everything it prices reaches the $200 high end; projects are left out, and it says so', () => {
    const withProjects = estimatePricing(withInputs({ scope: [...SCOPES] }), rateCard).models['per-user'];
    const without = estimatePricing(withInputs({ scope: SCOPES.filter((item) => item !== 'projects') }), rateCard)
      .models['per-user'];
    expect(dollars(without.monthly.high) / 100).toBe(200);
    expect(withProjects.monthly).toEqual(without.monthly);
    expect(withProjects.covers).not.toContain('projects');
    expect(withProjects.leavesOut).toContainEqual(
      expect.objectContaining({
        scopes: ['projects'],
        reasoning: expect.stringMatching(/projects are not in this fee/),
      }),
    );
  });

  it('per user: cloud is priced, not left at $0', () => {
    const without = estimatePricing(withInputs({ scope: [] }), rateCard).models['per-user'];
    const withCloud = estimatePricing(withInputs({ scope: ['cloud'] }), rateCard).models['per-user'];
    expect(withCloud.monthly.low).toBeGreaterThan(without.monthly.low);
    expect(withCloud.covers).toEqual(['cloud']);
  });

  it('per device: $25–$75 a device is RMM, patching and monitoring; the rest is on top, and the help desk is not in it', () => {
    const tier1 = estimatePricing(withInputs({ scope: [] }), rateCard).models['per-device'];
    expect(tier1.monthly.low).toBe(25 * 100 * 150);
    expect(tier1.monthly.high).toBe(75 * 100 * 150);
    expect(tier1.lineItems[0]).toMatchObject({ label: 'RMM, patching and monitoring', low: 2_500, high: 7_500 });
    expect(tier1.leavesOut).toEqual([expect.objectContaining({ scopes: [], labels: ['Tier-1 help desk'] })]);
    const patched = estimatePricing(withInputs({ scope: ['patching'] }), rateCard).models['per-device'];
    expect(patched.monthly).toEqual(tier1.monthly);
    expect(patched.covers).toEqual(['patching']);
    const nights = estimatePricing(withInputs({ scope: ['after-hours'] }), rateCard).models['per-device'];
    expect(nights.monthly.high).toBeGreaterThan(tier1.monthly.high);
    expect(nights.assumptions.map((item) => item.label)).toContain('After-hours cover (nights and weekends, tier-1)');
  });

  it('per device: security is its own line, not part of the device fee', () => {
    const model = estimatePricing(withInputs({ scope: ['security'] }), rateCard).models['per-device'];
    const addOn = model.lineItems.find((line) => line.label.startsWith('Security add-on'));
    expect(addOn).toMatchObject({ low: 2_000, high: 5_500, quantity: 150, unit: 'per-device-month' });
    expect(model.explanation).toMatch(/Security comes on top, quoted on its own/);
  });

  it('block hours: overage is billed at $150–$250 an hour above the bucket', () => {
    const base = estimatePricing(withInputs({ hoursPerMonth: 20 }), rateCard).models['block-hours'];
    const busier = estimatePricing(withInputs({ hoursPerMonth: 30 }), rateCard).models['block-hours'];
    expect(busier.monthly.low - base.monthly.low).toBe(10 * 15_000);
    expect(busier.monthly.high - base.monthly.high).toBe(10 * 25_000);
    expect(busier.explanation).toMatch(/10 hours are billed as overage at \$150–\$250 an hour/);
  });

  it('block hours: the bucket is paid for even when it is not used', () => {
    const idle = estimatePricing(withInputs({ hoursPerMonth: 0 }), rateCard).models['block-hours'];
    const full = estimatePricing(withInputs({ hoursPerMonth: 20 }), rateCard).models['block-hours'];
    expect(idle.monthly).toEqual(full.monthly);
    expect(idle.explanation).toMatch(/20 unused hours in the bucket are still paid for/);
  });

  it('block hours: nights and weekends add their own hours to the bucket, each a labelled assumption', () => {
    const daytime = estimatePricing(withInputs({ scope: [] }), rateCard).models['block-hours'];
    const nights = estimatePricing(withInputs({ scope: ['after-hours'] }), rateCard).models['block-hours'];
    const step = rateCard.blockHours.scope['after-hours'];
    const hours = step.kind === 'hours' ? step.hours : 0;
    expect(hours).toBeGreaterThan(0);
    expect(nights.monthly.low - daytime.monthly.low).toBe(hours * 15_000);
    expect(nights.monthly.high - daytime.monthly.high).toBe(hours * 25_000);
    expect(nights.explanation).toContain(`That makes a bucket of ${20 + hours} hours a month.`);
    expect(nights.assumptions).toContainEqual(
      expect.objectContaining({ value: `+${hours} hours a month`, reasoning: expect.stringMatching(/after 6 pm/) }),
    );
  });

  it('block hours: compliance evidence is priced as the half-time job the facts describe', () => {
    const step = rateCard.blockHours.scope.compliance;
    expect(step).toMatchObject({ kind: 'hours', hours: 80, reasoning: expect.stringMatching(/half-time job/) });
    const model = estimatePricing(withInputs({ scope: ['compliance'] }), rateCard).models['block-hours'];
    expect(model.covers).toEqual(['compliance']);
  });

  it('security tier: $30–$80 a user a month, live in about six weeks', () => {
    const model = estimatePricing(withInputs({ users: 100 }), rateCard).models['security-tier'];
    expect(model.monthly).toEqual({ low: 300_000, typical: 550_000, high: 800_000 });
    expect(model.monthsWithoutCover).toBeCloseTo(1.4, 1);
  });

  it('security tier and hire: price security only, and name the rest of the scope as left out', () => {
    const { models } = estimatePricing(withInputs({ scope: ['after-hours', 'security'] }), rateCard);
    for (const id of ['security-tier', 'hire'] as const) {
      expect(models[id].covers, id).toEqual(['security']);
      expect(models[id].leavesOut, id).toEqual([
        expect.objectContaining({
          scopes: ['after-hours'],
          labels: ['Tier-1 help desk and monitoring', 'After-hours cover (nights and weekends, tier-1)'],
        }),
      ]);
    }
  });

  it('hire: $180K+ a year loaded at 1.3×, as a monthly figure, nine months to fill', () => {
    const model = estimatePricing(defaults, rateCard).models.hire;
    expect(model.monthly.low).toBe(1_950_000); // 180,000 × 1.3 ÷ 12 = 19,500.00
    expect(model.monthly.high).toBe(2_383_333); // 220,000 × 1.3 ÷ 12 = 23,833.33…
    expect(model.monthsWithoutCover).toBe(9);
    expect(model.assumptions.map((item) => item.label)).toContain('Loaded cost');
  });

  it('compares a security hire with the security tier over the nine-month search', () => {
    const { securityComparison } = estimatePricing(withInputs({ users: 100 }), rateCard);
    expect(securityComparison.hireMonthsWithoutCover).toBe(9);
    expect(securityComparison.tierMonthsWithoutCover).toBeLessThan(2);
    expect(securityComparison.monthsOfExposureAvoided).toBeCloseTo(7.6, 1);
    expect(securityComparison.tierCost.low).toBe(9 * 300_000);
    expect(securityComparison.hireCost.low).toBe(9 * 1_950_000);
    expect(securityComparison.summary).toContain('$27,000–$72,000 for 100 users');
  });
});

describe('explanations a visitor reads', () => {
  it('say how the scope narrowed the per-user band', () => {
    const model = estimatePricing(withInputs({ users: 100, scope: ['after-hours', 'patching'] }), rateCard).models[
      'per-user'
    ];
    expect(model.explanation).toBe(
      'The market band is $50–$200 a user a month. Tier-1 help desk and monitoring on its own: $50–$75. ' +
        'After-hours cover (nights and weekends, tier-1) adds $10–$25. Patching and RMM adds $10–$20. ' +
        'Your scope puts you at $70–$120 a user a month.',
    );
    expect(model.monthly).toEqual({ low: 700_000, typical: 950_000, high: 1_200_000 });
  });

  it('label the annual adjustment as an assumption, and say when the visitor changed it', () => {
    const standard = estimatePricing(defaults, rateCard).models['per-user'].assumptions;
    const custom = estimatePricing(withInputs({ annualAdjustmentPercent: 5 }), rateCard).models['per-user'].assumptions;
    expect(standard.find((item) => item.label === 'Annual price adjustment')?.reasoning).toMatch(/assumption/);
    expect(custom.find((item) => item.label === 'Annual price adjustment')).toMatchObject({
      value: '5% a year',
      reasoning: expect.stringMatching(/You set this/),
    });
  });
});

describe('term totals', () => {
  it('compound the annual adjustment once a year, rounded to the cent each year', () => {
    const model = estimatePricing(
      withInputs({ users: 100, scope: [], termYears: 3, annualAdjustmentPercent: 3 }),
      rateCard,
    ).models['per-user'];
    // $5,000 a month low end: $60,000, then $61,800, then $63,654.
    expect(model.years.map((year) => year.low)).toEqual([6_000_000, 6_180_000, 6_365_400]);
    expect(model.term.low).toBe(18_545_400);
  });

  it('are twelve months per year with no adjustment', () => {
    const model = estimatePricing(withInputs({ termYears: 2, annualAdjustmentPercent: 0 }), rateCard).models[
      'per-device'
    ];
    expect(model.term.high).toBe(model.monthly.high * 24);
  });

  it('round a half cent away from zero', () => {
    // Hire typical is 2,166,667 cents a month; year 2 at 12.5% is 26,000,004 × 1.125 = 29,250,004.5 cents.
    const model = estimatePricing(withInputs({ termYears: 2, annualAdjustmentPercent: 12.5 }), rateCard).models.hire;
    expect(model.years[1]?.typical).toBe(29_250_005);
    // High end 2,383,333 × 12 × 1.125 = 32,174,995.5 cents.
    expect(model.years[1]?.high).toBe(32_174_996);
  });

  it('round to the nearest cent otherwise', () => {
    // 26,000,004 × 1.015 = 26,390,004.06 cents.
    const model = estimatePricing(withInputs({ termYears: 2, annualAdjustmentPercent: 1.5 }), rateCard).models.hire;
    expect(model.years[1]?.typical).toBe(26_390_004);
  });
});

describe('suggestPricingModel', () => {
  it('suggests per user by default', () => {
    const suggestion = suggestPricingModel(defaults, rateCard);
    expect(suggestion.model).toBe('per-user');
    expect(suggestion.why).toMatch(/default for co-managed contracts/);
  });

  it('suggests per device when devices do not track users (kiosks, shop floors)', () => {
    const many = suggestPricingModel(withInputs({ users: 50, devices: 400 }), rateCard);
    expect(many.model).toBe('per-device');
    expect(many.why).toMatch(/about 8 devices per user, far from the usual 1.5/);
    expect(suggestPricingModel(withInputs({ users: 400, devices: 100 }), rateCard).model).toBe('per-device');
  });

  it('suggests block hours for heavy project work', () => {
    const heavy = suggestPricingModel(withInputs({ scope: ['projects'], hoursPerMonth: 60 }), rateCard);
    expect(heavy.model).toBe('block-hours');
    expect(heavy.why).toMatch(/\$150–\$250 an hour/);
    expect(suggestPricingModel(withInputs({ scope: ['patching'], hoursPerMonth: 60 }), rateCard).model).toBe(
      'per-user',
    );
    expect(suggestPricingModel(withInputs({ scope: ['projects'], hoursPerMonth: 10 }), rateCard).model).toBe(
      'per-user',
    );
  });

  it('keeps the reason to one or two sentences', () => {
    for (const inputs of [
      defaults,
      withInputs({ users: 50, devices: 400 }),
      withInputs({ scope: ['projects'], hoursPerMonth: 60 }),
    ]) {
      const sentences = suggestPricingModel(inputs, rateCard).why.split(/(?<=\.)\s+(?=[A-Z])/);
      expect(sentences.length).toBeLessThanOrEqual(2);
    }
  });
});
