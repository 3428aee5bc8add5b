import { describe, expect, it } from 'vitest';
import { numberChange } from '../../../src/lib/pricing/input-change';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';

const start = defaultInputsFrom(rateCard);

describe('what a changed number does to the inputs', () => {
  it('moves devices with users while they sit at the usual ratio', () => {
    expect(numberChange('users', 250, start, rateCard)).toEqual({ users: 250, devices: 375 });
  });

  it('leaves a device count the reader set alone', () => {
    expect(numberChange('users', 250, { ...start, devices: 1000 }, rateCard)).toEqual({ users: 250 });
  });

  it('changes only the field for every other number', () => {
    expect(numberChange('devices', 90, start, rateCard)).toEqual({ devices: 90 });
    expect(numberChange('annualAdjustmentPercent', 4.75, start, rateCard)).toEqual({ annualAdjustmentPercent: 4.75 });
  });
});
