import type { ScopeTreatment } from '../rate-card-schema';
import type { Scope } from '../scopes';
import { scopeLabel, type Context } from './context';
import { chosenOfKind, coverageOf } from './coverage';
import type { Assumption, LeftOut, LineItem, ModelDraft } from './types';
import { fillTemplate } from '../../text/template';

type StepTreatment = Extract<ScopeTreatment, { kind: 'step' }>;

/** A model priced per unit (user or device): a base, and scope steps on top of it. */
export interface BandedPricing {
  label: string;
  /** The market band from the facts. */
  band: { low: number; high: number };
  /** Without reasoning when the base is the market band itself, not an assumption of ours. */
  base: { label: string; low: number; high: number; reasoning?: string };
  scope: Readonly<Record<Scope, ScopeTreatment>>;
}

/**
 * Per-user and per-device models share one shape: a base, plus a step for each chosen scope
 * item the model prices that way. Items already in the base are explained; items priced as the
 * security add-on are left to the caller; items the model leaves out are listed by coverageOf.
 */
export function bandedDraft(
  context: Context,
  pricing: BandedPricing,
  unit: 'per-user-month' | 'per-device-month',
  quantity: number,
  unitWord: 'user' | 'device',
  baselineLeftOut: readonly LeftOut[] = [],
): ModelDraft {
  const { card, range } = context;
  const { base, band, scope } = pricing;
  const words = card.modelText.banded;
  const perUnit = card.modelText.units[unitWord];
  const steps = chosenOfKind(context, scope, 'step').map((item) => ({ item, step: scope[item] as StepTreatment }));
  const covered = chosenOfKind(context, scope, 'covered');

  const lineItems: LineItem[] = [
    { label: base.label, low: base.low, high: base.high, unit, quantity },
    ...steps.map(({ item, step }) => ({
      label: scopeLabel(card, item),
      low: step.low,
      high: step.high,
      unit,
      quantity,
    })),
  ];
  const perUnitLow = lineItems.reduce((sum, line) => sum + line.low, 0);
  const perUnitHigh = lineItems.reduce((sum, line) => sum + line.high, 0);

  const baseIsBand = base.reasoning === undefined;
  const baseRange = range(base.low, base.high);
  const sentences = [
    baseIsBand
      ? fillTemplate(words.baseIsBand, { base: base.label, range: baseRange, unit: perUnit })
      : fillTemplate(words.baseWithinBand, {
          band: range(band.low, band.high),
          base: base.label,
          range: baseRange,
          unit: perUnit,
        }),
    ...steps.map(({ item, step }) =>
      fillTemplate(words.stepAdds, { item: scopeLabel(card, item), range: range(step.low, step.high) }),
    ),
    ...covered.map((item) => scope[item].reasoning),
    fillTemplate(words.total, { range: range(perUnitLow, perUnitHigh), unit: perUnit }),
  ];

  const assumptions: Assumption[] = [
    ...(base.reasoning === undefined
      ? []
      : [
          {
            label: base.label,
            value: fillTemplate(words.priceValue, { range: baseRange, unit: perUnit }),
            reasoning: base.reasoning,
          },
        ]),
    ...steps.map(({ item, step }) => ({
      label: scopeLabel(card, item),
      value: fillTemplate(words.stepValue, { range: range(step.low, step.high), unit: perUnit }),
      reasoning: step.reasoning,
    })),
    ...covered.map((item) => ({
      label: scopeLabel(card, item),
      value: words.coveredValue,
      reasoning: scope[item].reasoning,
    })),
  ];
  return {
    label: pricing.label,
    lineItems,
    explanation: sentences.join(' '),
    assumptions,
    ...coverageOf(context, scope, baselineLeftOut),
  };
}
