import { scaleBand } from './bands';
import { counted, type Context } from './context';
import type { ModelEstimate, MoneyBand } from './types';
import { fillTemplate } from '../../text/template';

export interface SecurityComparison {
  /** The period compared: how long hiring takes. */
  months: number;
  hireMonthsWithoutCover: number;
  tierMonthsWithoutCover: number;
  /** Months of cover gained by choosing the tier over waiting for a hire. */
  monthsOfExposureAvoided: number;
  /** What the security tier costs over the hiring period. */
  tierCost: MoneyBand;
  /** What the hire costs over a period of the same length, once in the seat. */
  hireCost: MoneyBand;
  summary: string;
}

/** The security tier against a hire, over the months a hire takes to fill. */
export function compareSecurity(tier: ModelEstimate, hire: ModelEstimate, context: Context): SecurityComparison {
  const { card, inputs, range, number } = context;
  const months = card.hire.monthsToHire;
  const tierMonthsWithoutCover = tier.monthsWithoutCover ?? 0;
  const tierCost = scaleBand(tier.monthly, months);
  const hireCost = scaleBand(hire.monthly, months);
  const monthsOfExposureAvoided = Math.max(0, Math.round((months - tierMonthsWithoutCover) * 10) / 10);
  return {
    months,
    hireMonthsWithoutCover: months,
    tierMonthsWithoutCover,
    monthsOfExposureAvoided,
    tierCost,
    hireCost,
    summary: fillTemplate(card.modelText.securityComparison, {
      months: number(months),
      weeks: number(card.securityTier.weeksToLive),
      tierMonths: number(tierMonthsWithoutCover),
      tierCost: range(tierCost.low, tierCost.high),
      users: counted(context, inputs.users, card.modelText.counts.users),
      hireCost: range(hireCost.low, hireCost.high),
    }),
  };
}
