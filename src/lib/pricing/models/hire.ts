import { divideRounded } from '../money';
import type { RateCard } from '../rate-card-schema';
import type { Context } from './context';
import { oneItemCoverage } from './coverage';
import type { ModelDraft } from './types';
import { fillTemplate } from '../../text/template';

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
  const words = card.modelText.hire;
  const salary = range(hire.annualSalary.low, hire.annualSalary.high);
  return {
    label: hire.label,
    lineItems: [{ label: words.lineItem, low: monthlyLow, high: monthlyHigh, unit: 'per-month', quantity: 1 }],
    explanation: fillTemplate(words.explanation, {
      salary,
      multiplier,
      monthly: range(monthlyLow, monthlyHigh),
      months: number(hire.monthsToHire),
    }),
    assumptions: [
      {
        label: hire.annualSalary.label,
        value: fillTemplate(words.salaryValue, { range: salary }),
        reasoning: hire.annualSalary.reasoning,
      },
      {
        label: words.loadedLabel,
        value: fillTemplate(words.loadedValue, { multiplier }),
        reasoning: hire.loadedCostPercent.reasoning,
      },
    ],
    monthsWithoutCover: hire.monthsToHire,
    ...oneItemCoverage(context, 'security', hire.leavesOut, card.perUser.base.label),
  };
}
