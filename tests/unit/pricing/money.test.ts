import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centsToWholeDollars,
  divideRounded,
  divideRoundedBig,
  formatMoney,
  formatMoneyRange,
  roundHalfAwayFromZero,
} from '../../../src/lib/pricing/money';

describe('formatMoney', () => {
  it('prints large figures in whole dollars with grouping', () => {
    expect(formatMoney(1_234_500, 'en-US', 'USD')).toBe('$12,345');
    expect(formatMoney(123_456_789, 'en-US', 'USD')).toBe('$1,234,568');
  });

  it('keeps the cents on small amounts that have them', () => {
    expect(formatMoney(1_250, 'en-US', 'USD')).toBe('$12.50');
    expect(formatMoney(5_000, 'en-US', 'USD')).toBe('$50');
  });

  it('follows the requested precision', () => {
    expect(formatMoney(5_000, 'en-US', 'USD', 'cents')).toBe('$50.00');
    expect(formatMoney(1_250, 'en-US', 'USD', 'whole')).toBe('$13');
  });

  it('rounds whole-dollar figures half away from zero, like the stated rule', () => {
    expect(formatMoney(250, 'en-US', 'USD', 'whole')).toBe('$3');
    expect(formatMoney(-250, 'en-US', 'USD', 'whole')).toBe('-$3');
    expect(formatMoney(249, 'en-US', 'USD', 'whole')).toBe('$2');
  });

  it('formats in the visitor locale', () => {
    expect(formatMoney(1_234_500, 'de-DE', 'EUR')).toBe('12.345\u00a0€');
  });

  it('never prints NaN or Infinity: it refuses non-finite amounts loudly', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => formatMoney(bad, 'en-US', 'USD')).toThrow(/finite number of cents/);
    }
  });

  it('prints a range once when both ends are equal', () => {
    expect(formatMoneyRange(5_000, 20_000, 'en-US', 'USD')).toBe('$50–$200');
    expect(formatMoneyRange(5_000, 5_000, 'en-US', 'USD')).toBe('$50');
  });
});

describe('centsToWholeDollars', () => {
  it('rounds halves away from zero', () => {
    expect(centsToWholeDollars(150)).toBe(2);
    expect(centsToWholeDollars(149)).toBe(1);
    expect(centsToWholeDollars(-150)).toBe(-2);
    expect(centsToWholeDollars(-149)).toBe(-1);
    expect(Object.is(centsToWholeDollars(-49), 0)).toBe(true);
  });

  it('refuses non-finite input', () => {
    expect(() => centsToWholeDollars(Number.NaN)).toThrow(RangeError);
  });

  it('agrees with exact integer arithmetic for any safe amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (cents) => {
        const expected = Number(divideRoundedBig(BigInt(cents), 100n));
        expect(centsToWholeDollars(cents)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('rounding helpers', () => {
  it('round halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(7, 3)).toBe(2);
    expect(divideRoundedBig(-5n, 2n)).toBe(-3n);
  });

  it('divideRounded matches the BigInt version exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (numerator, denominator) => {
          expect(divideRounded(numerator, denominator)).toBe(
            Number(divideRoundedBig(BigInt(numerator), BigInt(denominator))),
          );
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
