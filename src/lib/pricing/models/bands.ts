import type { EstimatorInputs } from '../inputs';
import { divideRounded, divideRoundedBig } from '../money';
import type { RateCard } from '../rate-card-schema';
import type { MoneyBand } from './types';

/* Money bands: the typical figure inside a band, contract years and sums. All integer cents. */

/** Basis points (hundredths of a percent) keep the compounding in integers. */
const BASIS_POINTS = 10_000n;

function typicalWithin(low: number, high: number, card: RateCard): number {
  const position = card.typical.positionPercent;
  return divideRounded(low * (100 - position) + high * position, 100);
}

export function bandOf(low: number, high: number, card: RateCard): MoneyBand {
  return { low, typical: typicalWithin(low, high, card), high };
}

function yearCost(monthly: number, year: number, adjustmentBasisPoints: number): number {
  const growth = (BASIS_POINTS + BigInt(adjustmentBasisPoints)) ** BigInt(year - 1);
  const scale = BASIS_POINTS ** BigInt(year - 1);
  return Number(divideRoundedBig(BigInt(monthly * 12) * growth, scale));
}

/** Each contract year priced with the adjustment compounded, rounded once per year. */
export function termYearBands(monthly: MoneyBand, inputs: EstimatorInputs): MoneyBand[] {
  const basisPoints = Math.round(inputs.annualAdjustmentPercent * 100);
  return Array.from({ length: inputs.termYears }, (_, index) => ({
    low: yearCost(monthly.low, index + 1, basisPoints),
    typical: yearCost(monthly.typical, index + 1, basisPoints),
    high: yearCost(monthly.high, index + 1, basisPoints),
  }));
}

export function sumBands(bands: readonly MoneyBand[]): MoneyBand {
  return bands.reduce(
    (total, band) => ({
      low: total.low + band.low,
      typical: total.typical + band.typical,
      high: total.high + band.high,
    }),
    { low: 0, typical: 0, high: 0 },
  );
}

export function scaleBand(band: MoneyBand, months: number): MoneyBand {
  return { low: band.low * months, typical: band.typical * months, high: band.high * months };
}
