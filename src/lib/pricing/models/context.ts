import type { EstimatorInputs, Scope } from '../inputs';
import { formatMoneyRange } from '../money';
import type { RateCard } from '../rate-card-schema';
import { fillTemplate } from '../../text/template';

export interface EstimateOptions {
  /** Locale for the amounts inside explanations; the currency comes from the rate card. */
  locale?: string;
}

/** What every model builder reads: the normalised inputs, the card and the formatters. */
export interface Context {
  inputs: EstimatorInputs;
  card: RateCard;
  range: (low: number, high: number) => string;
  number: (value: number) => string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormatFor(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

export function contextFor(inputs: EstimatorInputs, card: RateCard, locale: string): Context {
  const numberFormat = numberFormatFor(locale);
  return {
    inputs,
    card,
    range: (low, high) => formatMoneyRange(low, high, locale, card.currency),
    number: (value) => numberFormat.format(value),
  };
}

/** "1 hour", "20 hours", from one of the rate card's counted words. */
export function counted(context: Context, count: number, forms: { one: string; other: string }): string {
  return fillTemplate(count === 1 ? forms.one : forms.other, { n: context.number(count) });
}

export function scopeLabel(card: RateCard, scope: Scope): string {
  return card.scopeLabels[scope];
}
