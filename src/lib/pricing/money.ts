/**
 * Money is kept as integer cents (hundredths of the currency unit) everywhere in the
 * estimator, so sums are exact. Fractions of a cent only appear in a division or a
 * percentage; each such result is rounded once, half away from zero (roundHalfAwayFromZero).
 * The page states this rule in words from src/data/estimator-copy.json (tool.estimate.assumptions.roundingRule).
 */

/** Rounds to the nearest integer, halves away from zero (2.5 → 3, -2.5 → -3). */
export function roundHalfAwayFromZero(value: number): number {
  assertFinite(value, 'roundHalfAwayFromZero');
  // `|| 0` turns -0 into 0 so a rounded "minus nothing" never prints as "-$0".
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

/**
 * Integer division rounded half away from zero, without going through a float
 * quotient, so 1e12-cent figures divide exactly.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(
      `divideRounded needs safe integers and a non-zero denominator, got ${numerator} / ${denominator}`,
    );
  }
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const absNumerator = Math.abs(numerator);
  const absDenominator = Math.abs(denominator);
  const quotient = Math.floor(absNumerator / absDenominator);
  const remainder = absNumerator - quotient * absDenominator;
  const rounded = remainder * 2 >= absDenominator ? quotient + 1 : quotient;
  return sign * rounded || 0;
}

/** The same rounding rule for BigInt, used where a compounded product outgrows 2^53. */
export function divideRoundedBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('divideRoundedBig: the denominator is zero');
  const negative = numerator < 0n !== denominator < 0n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  const quotient = absNumerator / absDenominator;
  const remainder = absNumerator % absDenominator;
  const rounded = remainder * 2n >= absDenominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** Whole currency units for `data-*` attributes and analytics, rounded half away from zero. */
export function centsToWholeDollars(cents: number): number {
  assertFinite(cents, 'centsToWholeDollars');
  if (Number.isSafeInteger(cents)) return divideRounded(cents, 100);
  return roundHalfAwayFromZero(cents / 100);
}

/**
 * How many decimals to print: `auto` drops the cents on round amounts and on large
 * figures, where cents are noise in an estimate; `cents` always shows them; `whole`
 * never does.
 */
export type MoneyPrecision = 'auto' | 'cents' | 'whole';

/** Figures at or above this many whole units print without cents under `auto`. */
const WHOLE_UNITS_FROM = 1000;

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, fractionDigits: 0 | 2): Intl.NumberFormat {
  const key = `${locale}|${currency}|${fractionDigits}`;
  let formatter = formatterCache.get(key);
  if (formatter === undefined) {
    // halfExpand is Intl's name for half away from zero, the rule the estimate states (roundingRule in estimator-copy.json).
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      roundingMode: 'halfExpand',
    });
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/** Formats integer cents as money, e.g. formatMoney(1234500, 'en-US', 'USD') → "$12,345". */
export function formatMoney(
  cents: number,
  locale: string,
  currency: string,
  precision: MoneyPrecision = 'auto',
): string {
  assertFinite(cents, 'formatMoney');
  const showCents =
    precision === 'cents' || (precision === 'auto' && cents % 100 !== 0 && Math.abs(cents) < WHOLE_UNITS_FROM * 100);
  if (showCents) return formatterFor(locale, currency, 2).format(cents / 100);
  return formatterFor(locale, currency, 0).format(centsToWholeDollars(cents));
}

/** Formats a low–high band, e.g. "$50–$200". */
export function formatMoneyRange(
  lowCents: number,
  highCents: number,
  locale: string,
  currency: string,
  precision: MoneyPrecision = 'auto',
): string {
  const low = formatMoney(lowCents, locale, currency, precision);
  const high = formatMoney(highCents, locale, currency, precision);
  return low === high ? low : `${low}–${high}`;
}

function assertFinite(value: number, where: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    // Printing "$NaN" on a pricing page is worse than a loud failure in development.
    throw new RangeError(`${where} needs a finite number of cents, got ${String(value)}`);
  }
}
