/* Which contract shape fits the visitor; browser code imports it, so the card is a parameter. */
import { defaultInputsFrom, normalizeInputs, type EstimatorInputs } from './inputs';
import { contextFor, type EstimateOptions } from './models/context';
import type { PricingModelId } from './models/types';
import type { RateCard } from './rate-card-schema';
import { fillTemplate } from '../text/template';

export interface PricingSuggestion {
  model: Extract<PricingModelId, 'per-user' | 'per-device' | 'block-hours'>;
  why: string;
}

/**
 * Which contract shape fits: per-device when devices do not track users, block hours
 * for heavy project months, otherwise per-user, the default for co-managed contracts.
 */
export function suggestPricingModel(
  inputs: Partial<EstimatorInputs>,
  card: RateCard,
  options: EstimateOptions = {},
): PricingSuggestion {
  const normalized = normalizeInputs(inputs, defaultInputsFrom(card));
  const { number, range } = contextFor(normalized, card, options.locale ?? 'en-US');
  const usual = card.defaults.devicesPerUser.value;
  const factor = card.suggestion.deviceRatioFactor.value;
  const ratio = normalized.devices / normalized.users;
  if (ratio > usual * factor || ratio < usual / factor) {
    return {
      model: 'per-device',
      why: fillTemplate(card.modelText.suggestion.perDeviceWhy, {
        ratio: number(Math.round(ratio * 10) / 10),
        usual: number(usual),
      }),
    };
  }
  if (normalized.scope.includes('projects') && normalized.hoursPerMonth >= card.suggestion.heavyProjectHours.value) {
    const overage = card.blockHours.overageRate;
    return {
      model: 'block-hours',
      why: fillTemplate(card.modelText.suggestion.blockHoursWhy, {
        hours: number(normalized.hoursPerMonth),
        range: range(overage.low, overage.high),
      }),
    };
  }
  return {
    model: 'per-user',
    why: card.suggestion.perUserWhy,
  };
}
