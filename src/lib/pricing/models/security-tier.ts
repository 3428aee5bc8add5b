import type { Context } from './context';
import { oneItemCoverage } from './coverage';
import type { ModelDraft } from './types';
import { fillTemplate } from '../../text/template';

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
    explanation: fillTemplate(card.modelText.securityTier.explanation, {
      range: range(tier.perUser.low, tier.perUser.high),
      weeks: number(tier.weeksToLive),
    }),
    assumptions: [],
    monthsWithoutCover: weeksAsMonths(tier.weeksToLive),
    ...oneItemCoverage(context, 'security', tier.leavesOut, card.perUser.base.label),
  };
}
