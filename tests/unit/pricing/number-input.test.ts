import { describe, expect, it } from 'vitest';
import { readNumberInput } from '../../../src/lib/pricing/number-input';
import { INPUT_LIMITS } from '../../../src/lib/pricing/scopes';

const users = { limit: INPUT_LIMITS.users, decimals: false };
const adjustment = { limit: INPUT_LIMITS.annualAdjustmentPercent, decimals: true };

describe('reading a typed number', () => {
  it('takes whole numbers with thousands commas and spaces', () => {
    expect(readNumberInput(' 1,250 ', users)).toEqual({ kind: 'number', value: 1250 });
    expect(readNumberInput('100 000', users)).toEqual({ kind: 'number', value: 100_000 });
  });

  it('calls a value outside the limits, a fraction or a word a mistake', () => {
    for (const typed of ['0', '100001', '2.5', '-3', 'ten', '1e3'])
      expect(readNumberInput(typed, users), typed).toEqual({ kind: 'invalid' });
  });

  it('treats an empty field as no value, not a mistake', () => {
    expect(readNumberInput('  ', users)).toEqual({ kind: 'empty' });
  });

  it('takes up to two decimals, with a point or a comma, and half-typed ones on the way', () => {
    expect(readNumberInput('4.75', adjustment)).toEqual({ kind: 'number', value: 4.75 });
    expect(readNumberInput('4,5', adjustment)).toEqual({ kind: 'number', value: 4.5 });
    expect(readNumberInput('2.', adjustment)).toEqual({ kind: 'number', value: 2 });
    expect(readNumberInput('.5', adjustment)).toEqual({ kind: 'number', value: 0.5 });
    for (const typed of ['4.755', '.', '26', '1,000'])
      expect(readNumberInput(typed, adjustment), typed).toEqual({ kind: 'invalid' });
  });
});
