import { bandOf, sumBands, termYearBands } from './bands';
import type { Context } from './context';
import type { Assumption, ModelDraft, ModelEstimate, PricingModelId } from './types';

/** Turns a model's draft into monthly, yearly and term bands, adding the shared assumptions. */
export function finish(model: PricingModelId, draft: ModelDraft, context: Context): ModelEstimate {
  const low = draft.lineItems.reduce((sum, item) => sum + item.low * item.quantity, 0);
  const high = draft.lineItems.reduce((sum, item) => sum + item.high * item.quantity, 0);
  const monthly = bandOf(low, high, context.card);
  const years = termYearBands(monthly, context.inputs);
  const estimate: ModelEstimate = {
    model,
    label: draft.label,
    monthly,
    term: sumBands(years),
    years,
    lineItems: draft.lineItems,
    explanation: draft.explanation,
    assumptions: [...draft.assumptions, adjustmentAssumption(context), typicalAssumption(context)],
    covers: draft.covers,
    leavesOut: draft.leavesOut,
  };
  if (draft.monthsWithoutCover !== undefined) estimate.monthsWithoutCover = draft.monthsWithoutCover;
  return estimate;
}

function typicalAssumption({ card }: Context): Assumption {
  return {
    label: 'Typical figure',
    value: `${card.typical.positionPercent}% of the way up each band`,
    reasoning: card.typical.reasoning,
  };
}

function adjustmentAssumption({ card, inputs, number }: Context): Assumption {
  const isDefault = inputs.annualAdjustmentPercent === card.defaults.annualAdjustmentPercent.value;
  return {
    label: 'Annual price adjustment',
    value: `${number(inputs.annualAdjustmentPercent)}% a year`,
    reasoning: isDefault
      ? card.defaults.annualAdjustmentPercent.reasoning
      : 'You set this. The term total applies it once a year, compounding, from the second year on.',
  };
}
