import { describe, expect, it } from 'vitest';
import {
  completeInputs,
  DEFAULT_INPUTS,
  INPUT_LIMITS,
  inputsFromAssessment,
  normalizeInputs,
  SCOPES,
} from '../../../src/lib/pricing/inputs';

describe('DEFAULT_INPUTS', () => {
  it('starts at the sweet spot from the facts, with the most common first slice', () => {
    expect(DEFAULT_INPUTS).toEqual({
      users: 100,
      devices: 150,
      scope: ['after-hours', 'patching'],
      hoursPerMonth: 20,
      termYears: 3,
      annualAdjustmentPercent: 3,
    });
  });

  it('cannot be changed by a careless caller', () => {
    expect(Object.isFrozen(DEFAULT_INPUTS)).toBe(true);
  });
});

describe('inputsFromAssessment', () => {
  it('turns employees into users and derives devices at 1.5 per user', () => {
    const inputs = inputsFromAssessment({ employees: 240, needs: [] });
    expect(inputs.users).toBe(240);
    expect(inputs.devices).toBe(360);
  });

  it('with no needs, prices tier-1 help only', () => {
    expect(inputsFromAssessment({ employees: 80, needs: [] }).scope).toEqual([]);
  });

  it('maps each need to scope items, in a stable order, without duplicates', () => {
    const inputs = inputsFromAssessment({
      employees: 120,
      needs: ['security', 'after-hours', 'compliance', 'cloud', 'projects'],
    });
    expect(inputs.scope).toEqual(['after-hours', 'patching', 'backup', 'security', 'projects']);
  });

  it('treats cloud work as projects and compliance as the controls auditors check', () => {
    expect(inputsFromAssessment({ employees: 90, needs: ['cloud'] }).scope).toEqual(['projects']);
    expect(inputsFromAssessment({ employees: 90, needs: ['compliance'] }).scope).toEqual([
      'patching',
      'backup',
      'security',
    ]);
  });

  it('skips needs it does not know and keeps the other defaults', () => {
    const inputs = inputsFromAssessment({ employees: 60, needs: ['coffee', 'after-hours'] });
    expect(inputs.scope).toEqual(['after-hours']);
    expect(inputs.hoursPerMonth).toBe(DEFAULT_INPUTS.hoursPerMonth);
    expect(inputs.termYears).toBe(DEFAULT_INPUTS.termYears);
  });

  it('keeps silly head counts inside the limits', () => {
    expect(inputsFromAssessment({ employees: 0, needs: [] }).users).toBe(1);
    expect(inputsFromAssessment({ employees: 5e9, needs: [] }).users).toBe(INPUT_LIMITS.users.max);
    expect(inputsFromAssessment({ employees: Number.NaN, needs: [] }).users).toBe(DEFAULT_INPUTS.users);
  });
});

describe('normalizeInputs', () => {
  it('clamps, rounds and drops what the estimator cannot use', () => {
    const normalized = normalizeInputs({
      users: 0,
      devices: 2e9,
      scope: ['security', 'nonsense', 'after-hours', 'security'] as never,
      hoursPerMonth: 12.6,
      termYears: 7 as never,
      annualAdjustmentPercent: 3.456,
    });
    expect(normalized).toEqual({
      users: 1,
      devices: INPUT_LIMITS.devices.max,
      scope: ['after-hours', 'security'],
      hoursPerMonth: 13,
      termYears: 3,
      annualAdjustmentPercent: 3.46,
    });
  });

  it('falls back to the defaults for missing or non-finite values', () => {
    expect(normalizeInputs({ users: Number.NaN, devices: Number.POSITIVE_INFINITY })).toEqual(DEFAULT_INPUTS);
  });

  it('keeps SCOPES in the order the page lists them', () => {
    expect(SCOPES).toEqual(['after-hours', 'patching', 'backup', 'security', 'projects']);
  });
});

describe('completeInputs', () => {
  it('lets devices follow users when a link only gives users', () => {
    expect(completeInputs({ users: 40 }).devices).toBe(60);
  });

  it('keeps devices that were given', () => {
    expect(completeInputs({ users: 40, devices: 400 }).devices).toBe(400);
  });
});
