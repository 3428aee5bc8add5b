import { divideRounded } from '../money';
import type { RateCard } from '../rate-card-schema';
import type { Context } from './context';
import { oneItemCoverage } from './coverage';
import type { ModelDraft } from './types';

function hireMonthlyCost(annualSalary: number, card: RateCard): number {
  // One rounding: salary × loaded percent ÷ (100 × 12 months).
  return divideRounded(annualSalary * card.hire.loadedCostPercent.value, 100 * 12);
}

/** One senior security engineer on the payroll, loaded with taxes, benefits and tools. */
export function hireDraft(context: Context): ModelDraft {
  const { card, range, number } = context;
  const { hire } = card;
  const monthlyLow = hireMonthlyCost(hire.annualSalary.low, card);
  const monthlyHigh = hireMonthlyCost(hire.annualSalary.high, card);
  const multiplier = number(hire.loadedCostPercent.value / 100);
  return {
    label: hire.label,
    lineItems: [
      { label: 'Loaded cost of one engineer', low: monthlyLow, high: monthlyHigh, unit: 'per-month', quantity: 1 },
    ],
    explanation: `One senior security engineer earns ${range(hire.annualSalary.low, hire.annualSalary.high)} a year; times ${multiplier} for payroll taxes, benefits and tools, that is ${range(monthlyLow, monthlyHigh)} a month. Filling the role takes about ${number(hire.monthsToHire)} months, and one person cannot cover nights, weekends and holidays alone.`,
    assumptions: [
      {
        label: hire.annualSalary.label,
        value: `${range(hire.annualSalary.low, hire.annualSalary.high)} a year`,
        reasoning: hire.annualSalary.reasoning,
      },
      {
        label: 'Loaded cost',
        value: `${multiplier} × salary`,
        reasoning: hire.loadedCostPercent.reasoning,
      },
    ],
    monthsWithoutCover: hire.monthsToHire,
    ...oneItemCoverage(context, 'security', hire.leavesOut, card.perUser.base.label),
  };
}
