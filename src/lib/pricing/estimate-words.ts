/*
 * Sentences the estimator fills in from its wording (src/data/estimator-copy.json, passed in by
 * the page) and the figures on screen. Browser code imports this: the words' type is erased.
 */
import { fillTemplate } from '../text/template';
import type { PricingEstimate } from './estimate';
import type { EstimatorWords } from './estimator-copy-schema';
import type { Formats } from './formats';
import type { PricingSuggestion } from './suggestion';

/** The contract term: "1 year", "3 years". */
export function yearsInWords(forms: EstimatorWords['years'], years: number, f: Formats): string {
  return fillTemplate(years === 1 ? forms.one : forms.other, { n: f.number(years) });
}

/** The short summary read out once the figures settle: the three contract shapes and the suggestion. */
export function announcementFor(
  template: string,
  { models }: PricingEstimate,
  suggestion: PricingSuggestion,
  f: Formats,
): string {
  const band = (id: 'per-user' | 'per-device' | 'block-hours') =>
    f.range(models[id].monthly.low, models[id].monthly.high);
  return fillTemplate(template, {
    perUser: band('per-user'),
    perDevice: band('per-device'),
    blockHours: band('block-hours'),
    model: models[suggestion.model].label,
  });
}

/** The e-mail's subject names who the estimate is for, when it names anyone. */
export function emailSubject(words: EstimatorWords['email'], preparedFor: string | null, siteName: string): string {
  return preparedFor
    ? fillTemplate(words.subjectFor, { name: preparedFor, siteName })
    : fillTemplate(words.subject, { siteName });
}
