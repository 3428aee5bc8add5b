/**
 * A round end for the estimate chart's scale at or above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or
 * 8 times a power of ten), in whole cents, so its three axis labels read as round amounts.
 */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.max(2, Math.floor(Math.log10(Math.max(value, 1))));
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => step * power >= value) ?? 10) * power;
}
