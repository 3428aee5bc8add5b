import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatePricing,
  PRICING_MODEL_IDS,
  suggestPricingModel,
  type ModelEstimate,
  type MoneyBand,
  type PricingEstimate,
  type PricingModelId,
} from '../../../src/lib/pricing/estimate';
import {
  defaultInputsFrom,
  INPUT_LIMITS,
  SCOPES,
  type EstimatorInputs,
  type Scope,
} from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';

const RUNS = 2_000;

const scopeArbitrary = fc.subarray([...SCOPES]);

const inputsArbitrary: fc.Arbitrary<EstimatorInputs> = fc.record({
  users: fc.integer(INPUT_LIMITS.users),
  devices: fc.integer(INPUT_LIMITS.devices),
  scope: scopeArbitrary,
  hoursPerMonth: fc.integer(INPUT_LIMITS.hoursPerMonth),
  termYears: fc.constantFrom(1 as const, 2 as const, 3 as const),
  // The estimator works in hundredths of a percent.
  annualAdjustmentPercent: fc.integer({ min: 0, max: 2_500 }).map((hundredths) => hundredths / 100),
});

/** Every money band in an estimate, labelled so a failure says which one. */
function bandsOf(estimate: PricingEstimate): [string, MoneyBand][] {
  const bands: [string, MoneyBand][] = [];
  for (const id of PRICING_MODEL_IDS) {
    const model = estimate.models[id];
    bands.push([`${id}.monthly`, model.monthly], [`${id}.term`, model.term]);
    model.years.forEach((year, index) => bands.push([`${id}.years[${index}]`, year]));
  }
  const comparison = estimate.securityComparison;
  bands.push(
    ['securityComparison.tierCost', comparison.tierCost],
    ['securityComparison.hireCost', comparison.hireCost],
  );
  return bands;
}

function expectNoLowerFigures(smaller: PricingEstimate, larger: PricingEstimate): void {
  const after = new Map(bandsOf(larger));
  for (const [name, before] of bandsOf(smaller)) {
    const band = after.get(name);
    expect(band, name).toBeDefined();
    expect(band!.low, `${name}.low`).toBeGreaterThanOrEqual(before.low);
    expect(band!.typical, `${name}.typical`).toBeGreaterThanOrEqual(before.typical);
    expect(band!.high, `${name}.high`).toBeGreaterThanOrEqual(before.high);
  }
}

/** Year k = monthly × 12 × (1 + adj)^(k-1), rounded half away from zero, in exact rational arithmetic. */
function expectedYear(monthly: number, year: number, percent: number): number {
  const basisPoints = BigInt(Math.round(percent * 100));
  const numerator = BigInt(monthly) * 12n * (10_000n + basisPoints) ** BigInt(year - 1);
  const denominator = 10_000n ** BigInt(year - 1);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

function everyNumberAndString(value: unknown, visit: (path: string, leaf: number | string) => void, path = ''): void {
  if (typeof value === 'number' || typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => everyNumberAndString(item, visit, `${path}[${index}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) everyNumberAndString(item, visit, `${path}.${key}`);
  }
}

function expectSaneEverywhere(estimate: PricingEstimate): void {
  everyNumberAndString(estimate, (path, leaf) => {
    if (typeof leaf === 'number') expect(Number.isFinite(leaf), path).toBe(true);
    else expect(leaf, path).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });
}

// Thousands of runs per property: give slow CI machines room.
describe('estimatePricing properties', { timeout: 60_000 }, () => {
  it('orders every band low ≤ typical ≤ high, in whole non-negative cents', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        for (const [name, band] of bandsOf(estimatePricing(inputs, rateCard))) {
          for (const figure of [band.low, band.typical, band.high]) {
            expect(Number.isSafeInteger(figure) && figure >= 0, name).toBe(true);
          }
          expect(band.low, name).toBeLessThanOrEqual(band.typical);
          expect(band.typical, name).toBeLessThanOrEqual(band.high);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers any figure when users grow', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.integer(INPUT_LIMITS.users), (inputs, otherUsers) => {
        const [fewer, more] = [inputs.users, otherUsers].sort((a, b) => a - b) as [number, number];
        expectNoLowerFigures(
          estimatePricing({ ...inputs, users: fewer }, rateCard),
          estimatePricing({ ...inputs, users: more }, rateCard),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers any figure when devices grow', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.integer(INPUT_LIMITS.devices), (inputs, otherDevices) => {
        const [fewer, more] = [inputs.devices, otherDevices].sort((a, b) => a - b) as [number, number];
        expectNoLowerFigures(
          estimatePricing({ ...inputs, devices: fewer }, rateCard),
          estimatePricing({ ...inputs, devices: more }, rateCard),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers any figure when a scope item is added', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.constantFrom(...SCOPES), (inputs, added: Scope) => {
        const wider = [...new Set([...inputs.scope, added])];
        expectNoLowerFigures(estimatePricing(inputs, rateCard), estimatePricing({ ...inputs, scope: wider }, rateCard));
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers any figure when hours grow', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.integer(INPUT_LIMITS.hoursPerMonth), (inputs, otherHours) => {
        const [fewer, more] = [inputs.hoursPerMonth, otherHours].sort((a, b) => a - b) as [number, number];
        expectNoLowerFigures(
          estimatePricing({ ...inputs, hoursPerMonth: fewer }, rateCard),
          estimatePricing({ ...inputs, hoursPerMonth: more }, rateCard),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the per-user price per user inside the rate card band', () => {
    const { band } = rateCard.perUser;
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const { monthly } = estimatePricing(inputs, rateCard).models['per-user'];
        expect(monthly.low).toBeGreaterThanOrEqual(band.low * inputs.users);
        expect(monthly.high).toBeLessThanOrEqual(band.high * inputs.users);
      }),
      { numRuns: RUNS },
    );
  });

  it('prices RMM, patching and monitoring at the per-device band, and every line on top as a labelled assumption', () => {
    const { band, base } = rateCard.perDevice;
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const { lineItems, assumptions } = estimatePricing(inputs, rateCard).models['per-device'];
        const [first, ...onTop] = lineItems;
        expect(first).toEqual({
          label: base.label,
          low: band.low,
          high: band.high,
          unit: 'per-device-month',
          quantity: inputs.devices,
        });
        const assumed = assumptions.map((item) => item.label);
        for (const line of onTop) expect(assumed, line.label).toContain(line.label);
      }),
      { numRuns: RUNS },
    );
  });

  it('makes each monthly band the exact sum of its line items', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        for (const model of Object.values(estimatePricing(inputs, rateCard).models)) {
          const low = model.lineItems.reduce((sum, line) => sum + line.low * line.quantity, 0);
          const high = model.lineItems.reduce((sum, line) => sum + line.high * line.quantity, 0);
          expect({ low, high }, model.model).toEqual({ low: model.monthly.low, high: model.monthly.high });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('makes term totals the exact sum of the adjusted years', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        for (const model of Object.values(estimatePricing(inputs, rateCard).models)) {
          expect(model.years).toHaveLength(inputs.termYears);
          for (const key of ['low', 'typical', 'high'] as const) {
            const years = model.years.map((year) => year[key]);
            years.forEach((amount, index) => {
              expect(amount, `${model.model} year ${index + 1} ${key}`).toBe(
                expectedYear(model.monthly[key], index + 1, inputs.annualAdjustmentPercent),
              );
            });
            expect(model.term[key]).toBe(years.reduce((sum, amount) => sum + amount, 0));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never produces NaN, Infinity or "undefined", even from nonsense inputs', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308),
    );
    const nonsense = fc.record(
      {
        users: anyNumber,
        devices: anyNumber,
        scope: fc.array(fc.oneof(fc.constantFrom(...SCOPES), fc.string())),
        hoursPerMonth: anyNumber,
        termYears: anyNumber,
        annualAdjustmentPercent: anyNumber,
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Partial<EstimatorInputs>>;
    fc.assert(
      fc.property(nonsense, (inputs) => {
        const estimate = estimatePricing(inputs, rateCard);
        expectSaneEverywhere(estimate);
        expect(estimate.inputs.users).toBeGreaterThanOrEqual(INPUT_LIMITS.users.min);
        expect(estimate.inputs.users).toBeLessThanOrEqual(INPUT_LIMITS.users.max);
        const suggestion = suggestPricingModel(inputs, rateCard);
        expect(['per-user', 'per-device', 'block-hours']).toContain(suggestion.model);
        expect(suggestion.why).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps valid inputs exactly as given', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const estimate = estimatePricing(inputs, rateCard);
        expect(estimate.inputs).toEqual({ ...inputs, scope: SCOPES.filter((item) => inputs.scope.includes(item)) });
      }),
      { numRuns: RUNS },
    );
  });
});

/*
 * Like with like: every model either prices each scope item chosen or names it, next to its
 * figure, as left out. So no model can look cheaper than another only because it quietly prices
 * less scope, and a model that claims to price an item really charges for it.
 */

/** Every subset of the scope items. */
const SCOPE_SETS: Scope[][] = Array.from({ length: 2 ** SCOPES.length }, (_, mask) =>
  SCOPES.filter((_, bit) => mask & (2 ** bit)),
);

const leftOutScopes = (model: ModelEstimate): Scope[] => model.leavesOut.flatMap((entry) => entry.scopes);

/** How the rate card says a model treats an item; the security tier and a hire price security whatever is chosen. */
function treatmentOf(id: PricingModelId, item: Scope): string {
  if (id === 'per-user') return rateCard.perUser.scope[item].kind;
  if (id === 'per-device') return rateCard.perDevice.scope[item].kind;
  if (id === 'block-hours') return rateCard.blockHours.scope[item].kind;
  return item === 'security' ? 'always' : 'left-out';
}

/** Across models, for an estimate: whoever does not price an item someone else prices says so. */
function expectNoSilentGap(estimate: PricingEstimate, item: Scope, context: string): void {
  const pricing = PRICING_MODEL_IDS.filter((id) => estimate.models[id].covers.includes(item));
  if (pricing.length === 0) return;
  for (const id of PRICING_MODEL_IDS.filter((other) => !pricing.includes(other))) {
    expect(
      leftOutScopes(estimate.models[id]),
      `${context}: ${id} is silent about ${item}, which ${pricing.join(', ')} prices`,
    ).toContain(item);
  }
}

describe('like with like', { timeout: 60_000 }, () => {
  it('has every model price each chosen scope item or list it as left out, never both, for every scope set', () => {
    for (const scope of SCOPE_SETS) {
      const { models } = estimatePricing({ ...defaultInputsFrom(rateCard), scope }, rateCard);
      for (const id of PRICING_MODEL_IDS) {
        const { covers } = models[id];
        const leftOut = leftOutScopes(models[id]);
        const context = `${id} with ${scope.join(',') || 'nothing'}`;
        for (const item of scope)
          expect(covers.includes(item) !== leftOut.includes(item), `${context}: ${item}`).toBe(true);
        for (const item of leftOut) expect(scope, context).toContain(item);
        for (const item of covers.filter((covered) => !scope.includes(covered)))
          expect(treatmentOf(id, item), context).toBe('always');
      }
    }
  });

  it('never leaves a model silently cheaper than one that prices an added item: every scope set, every item', () => {
    for (const scope of SCOPE_SETS) {
      for (const added of SCOPES.filter((item) => !scope.includes(item))) {
        const estimate = estimatePricing({ ...defaultInputsFrom(rateCard), scope: [...scope, added] }, rateCard);
        expectNoSilentGap(estimate, added, `${scope.join(',') || 'nothing'} + ${added}`);
      }
    }
  });

  it('never leaves a model silently cheaper, whatever the head count, devices, hours and term', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.constantFrom(...SCOPES), (inputs, added: Scope) => {
        const estimate = estimatePricing({ ...inputs, scope: [...inputs.scope, added] }, rateCard);
        for (const item of estimate.inputs.scope)
          expectNoSilentGap(estimate, item, `${inputs.scope.join(',')} + ${added}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('charges for an item a model claims to price with a step, hours or the add-on; only what it already priced costs nothing more', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.constantFrom(...SCOPES), (inputs, added: Scope) => {
        fc.pre(!inputs.scope.includes(added));
        const before = estimatePricing(inputs, rateCard).models;
        const after = estimatePricing({ ...inputs, scope: [...inputs.scope, added] }, rateCard).models;
        for (const id of PRICING_MODEL_IDS) {
          const kind = treatmentOf(id, added);
          const context = `${id} adding ${added} (${kind})`;
          if (kind === 'step' || kind === 'hours' || kind === 'add-on') {
            expect(after[id].covers, context).toContain(added);
            expect(after[id].monthly.high, context).toBeGreaterThan(before[id].monthly.high);
          } else {
            expect(after[id].monthly, context).toEqual(before[id].monthly);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
