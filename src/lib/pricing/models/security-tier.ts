import type { Context } from './context';
import { oneItemCoverage } from './coverage';
import type { ModelDraft } from './types';

/** Six weeks as months, to one decimal, for the side-by-side with a hire. */
function weeksAsMonths(weeks: number): number {
  return Math.round(((weeks * 12) / 52) * 10) / 10;
}

/** A co-managed security tier: per user, running within weeks; stands apart from scope. */
export function securityTierDraft(context: Context): ModelDraft {
  const { card, inputs, range, number } = context;
  const tier = card.securityTier;
  return {
    label: tier.label,
    lineItems: [
      {
        label: tier.label,
        low: tier.perUser.low,
        high: tier.perUser.high,
        unit: 'per-user-month',
        quantity: inputs.users,
      },
    ],
    explanation: `Security operations on their own cost ${range(tier.perUser.low, tier.perUser.high)} a user a month from a co-managed security provider, running in about ${number(tier.weeksToLive)} weeks.`,
    assumptions: [],
    monthsWithoutCover: weeksAsMonths(tier.weeksToLive),
    ...oneItemCoverage(context, 'security', tier.leavesOut, card.perUser.base.label),
  };
}
