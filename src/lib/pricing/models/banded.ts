import type { RateCard } from '../rate-card-schema';
import { scopeLabel, type Context } from './context';
import type { Assumption, LineItem, ModelDraft } from './types';

/**
 * Per-user and per-device models share one shape: a base that sits at the bottom of the
 * market band, and scope steps that move the price up within it.
 */
export function bandedDraft(
  context: Context,
  pricing: RateCard['perUser'],
  unit: 'per-user-month' | 'per-device-month',
  quantity: number,
  unitWord: string,
): ModelDraft {
  const { card, inputs, range } = context;
  const chosen = inputs.scope;
  const moving = chosen.filter((scope) => pricing.scope[scope].high > 0);
  const notMoving = chosen.filter((scope) => pricing.scope[scope].high === 0);

  const lineItems: LineItem[] = [
    { label: pricing.base.label, low: pricing.base.low, high: pricing.base.high, unit, quantity },
    ...moving.map((scope) => ({
      label: scopeLabel(card, scope),
      low: pricing.scope[scope].low,
      high: pricing.scope[scope].high,
      unit,
      quantity,
    })),
  ];
  const perUnitLow = lineItems.reduce((sum, item) => sum + item.low, 0);
  const perUnitHigh = lineItems.reduce((sum, item) => sum + item.high, 0);

  const sentences = [
    `The market band is ${range(pricing.band.low, pricing.band.high)} a ${unitWord} a month.`,
    `${pricing.base.label} on its own sits at the bottom of it: ${range(pricing.base.low, pricing.base.high)}.`,
    ...moving.map(
      (scope) =>
        `${scopeLabel(card, scope)} adds ${range(pricing.scope[scope].low, pricing.scope[scope].high)}.`,
    ),
    ...notMoving.map((scope) => pricing.scope[scope].reasoning),
    `Your scope puts you at ${range(perUnitLow, perUnitHigh)} a ${unitWord} a month.`,
  ];

  const assumptions: Assumption[] = [
    {
      label: pricing.base.label,
      value: `${range(pricing.base.low, pricing.base.high)} a ${unitWord}`,
      reasoning: pricing.base.reasoning,
    },
    ...chosen.map((scope) => ({
      label: scopeLabel(card, scope),
      value:
        pricing.scope[scope].high === 0
          ? 'no change to this price'
          : `+${range(pricing.scope[scope].low, pricing.scope[scope].high)} a ${unitWord}`,
      reasoning: pricing.scope[scope].reasoning,
    })),
  ];
  return { label: pricing.label, lineItems, explanation: sentences.join(' '), assumptions };
}
