import { bandOf, sumBands, termYearBands } from './bands';
import type { Context } from './context';
import type { Assumption, ModelDraft, ModelEstimate, PricingModelId } from './types';
import { fillTemplate } from '../../text/template';

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
    label: card.modelText.shared.typicalLabel,
    value: fillTemplate(card.modelText.shared.typicalValue, { percent: card.typical.positionPercent }),
    reasoning: card.typical.reasoning,
  };
}

function adjustmentAssumption({ card, inputs, number }: Context): Assumption {
  const isDefault = inputs.annualAdjustmentPercent === card.defaults.annualAdjustmentPercent.value;
  return {
    label: card.modelText.shared.adjustmentLabel,
    value: fillTemplate(card.modelText.shared.adjustmentValue, { percent: number(inputs.annualAdjustmentPercent) }),
    reasoning: isDefault ? card.defaults.annualAdjustmentPercent.reasoning : card.modelText.shared.adjustmentYours,
  };
}
