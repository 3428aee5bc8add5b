import { describe, expect, it } from 'vitest';
import { inputsFromAssessment } from '../../../src/lib/pricing/assessment-prefill';
import {
  completeInputs,
  defaultInputsFrom,
  INPUT_LIMITS,
  normalizeInputs,
  normalizePartialInputs,
  SCOPES,
} from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { scopeByGap } from '../../../src/lib/work/work-by-gap';

const defaults = defaultInputsFrom(rateCard);
const SCOPE_BY_GAP = scopeByGap(gapToWork);

describe('defaultInputsFrom', () => {
  it('starts at the sweet spot from the facts, with the most common first slice', () => {
    expect(defaults).toEqual({
      users: 100,
      devices: 150,
      scope: ['after-hours', 'patching'],
      hoursPerMonth: 20,
      termYears: 3,
      annualAdjustmentPercent: 3,
    });
  });

  it('hands each caller its own copy, so a careless change cannot leak', () => {
    const first = defaultInputsFrom(rateCard);
    first.users = 7;
    first.scope.push('projects');
    expect(defaultInputsFrom(rateCard)).toEqual(defaults);
  });

  it('reads every value from the card it is given', () => {
    const card = structuredClone(rateCard);
    card.defaults.users.value = 40;
    card.defaults.scope.value = ['security'];
    expect(defaultInputsFrom(card)).toMatchObject({ users: 40, devices: 60, scope: ['security'] });
  });
});

describe('inputsFromAssessment', () => {
  it('turns employees into users and derives devices at 1.5 per user', () => {
    const inputs = inputsFromAssessment({ employees: 240, needs: [] }, rateCard, SCOPE_BY_GAP);
    expect(inputs.users).toBe(240);
    expect(inputs.devices).toBe(360);
  });

  it('with no needs, prices tier-1 help only', () => {
    expect(inputsFromAssessment({ employees: 80, needs: [] }, rateCard, SCOPE_BY_GAP).scope).toEqual([]);
  });

  it('maps each need to scope items, in a stable order, without duplicates', () => {
    const inputs = inputsFromAssessment(
      {
        employees: 120,
        needs: ['security', 'after-hours', 'compliance', 'cloud', 'projects'],
      },
      rateCard,
      SCOPE_BY_GAP,
    );
    expect(inputs.scope).toEqual(['after-hours', 'patching', 'backup', 'security', 'cloud', 'compliance', 'projects']);
  });

  it('prices after-hours with patching, cloud as its own item, and compliance as the evidence work and backups', () => {
    const scopeFor = (need: string) =>
      inputsFromAssessment({ employees: 90, needs: [need] }, rateCard, SCOPE_BY_GAP).scope;
    expect(scopeFor('after-hours')).toEqual(['after-hours', 'patching']);
    expect(scopeFor('cloud')).toEqual(['cloud']);
    expect(scopeFor('compliance')).toEqual(['backup', 'compliance']);
  });

  it('reads the mapping it is given', () => {
    const inputs = inputsFromAssessment({ employees: 90, needs: ['cloud'] }, rateCard, {
      ...SCOPE_BY_GAP,
      cloud: ['projects'],
    });
    expect(inputs.scope).toEqual(['projects']);
  });

  it('skips needs it does not know, own keys only, and keeps the other defaults', () => {
    const inputs = inputsFromAssessment(
      { employees: 60, needs: ['coffee', 'constructor', '__proto__', 'after-hours'] },
      rateCard,
      SCOPE_BY_GAP,
    );
    expect(inputs.scope).toEqual(['after-hours', 'patching']);
    expect(inputs.hoursPerMonth).toBe(defaults.hoursPerMonth);
    expect(inputs.termYears).toBe(defaults.termYears);
  });

  it('keeps silly head counts inside the limits', () => {
    expect(inputsFromAssessment({ employees: 0, needs: [] }, rateCard, SCOPE_BY_GAP).users).toBe(1);
    expect(inputsFromAssessment({ employees: 5e9, needs: [] }, rateCard, SCOPE_BY_GAP).users).toBe(
      INPUT_LIMITS.users.max,
    );
    expect(inputsFromAssessment({ employees: Number.NaN, needs: [] }, rateCard, SCOPE_BY_GAP).users).toBe(
      defaults.users,
    );
  });
});

describe('normalizeInputs', () => {
  it('clamps, rounds and drops what the estimator cannot use', () => {
    const normalized = normalizeInputs(
      {
        users: 0,
        devices: 2e9,
        scope: ['security', 'nonsense', 'after-hours', 'security'] as never,
        hoursPerMonth: 12.6,
        termYears: 7 as never,
        annualAdjustmentPercent: 3.456,
      },
      defaults,
    );
    expect(normalized).toEqual({
      users: 1,
      devices: INPUT_LIMITS.devices.max,
      scope: ['after-hours', 'security'],
      hoursPerMonth: 13,
      termYears: 3,
      annualAdjustmentPercent: 3.46,
    });
  });

  it('falls back to the given defaults for missing or non-finite values', () => {
    expect(normalizeInputs({ users: Number.NaN, devices: Number.POSITIVE_INFINITY }, defaults)).toEqual(defaults);
  });

  it('returns the six inputs only, and a copy of the fallback scope', () => {
    const normalized = normalizeInputs({ users: 5, extra: 'x' } as never, defaults);
    expect(Object.keys(normalized).sort()).toEqual(Object.keys(defaults).sort());
    expect(normalized.scope).not.toBe(defaults.scope);
  });

  it('keeps SCOPES in the order the page lists them', () => {
    expect(SCOPES).toEqual(['after-hours', 'patching', 'backup', 'security', 'cloud', 'compliance', 'projects']);
  });
});

describe('normalizePartialInputs', () => {
  it('clamps what it can use and leaves out the rest, with no rate card', () => {
    expect(
      normalizePartialInputs({
        users: 2e9,
        devices: Number.NaN,
        scope: ['projects', 'nonsense'] as never,
        termYears: Number.POSITIVE_INFINITY as never,
        annualAdjustmentPercent: -4,
      }),
    ).toEqual({ users: INPUT_LIMITS.users.max, scope: ['projects'], annualAdjustmentPercent: 0 });
    expect(normalizePartialInputs({})).toEqual({});
  });
});

describe('completeInputs', () => {
  it('lets devices follow users when a link only gives users', () => {
    expect(completeInputs({ users: 40 }, rateCard).devices).toBe(60);
  });

  it('keeps devices that were given', () => {
    expect(completeInputs({ users: 40, devices: 400 }, rateCard).devices).toBe(400);
  });
});
