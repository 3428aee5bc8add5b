/*
 * Prices the visitor's situation under every model the facts describe. Each model is
 * built in ./models; this file composes them. Browser code imports it, so the rate card
 * is a parameter: importing ./rate-card here would ship zod and the data file.
 */
import { defaultInputsFrom, normalizeInputs, type EstimatorInputs } from './inputs';
import { blockHoursDraft } from './models/block-hours';
import { contextFor, type EstimateOptions } from './models/context';
import { finish } from './models/finish';
import { hireDraft } from './models/hire';
import { perDeviceDraft } from './models/per-device';
import { perUserDraft } from './models/per-user';
import { compareSecurity, type SecurityComparison } from './models/security-comparison';
import { securityTierDraft } from './models/security-tier';
import type { ModelEstimate, PricingModelId } from './models/types';
import type { RateCard } from './rate-card-schema';

export type { EstimateOptions } from './models/context';
export type { SecurityComparison } from './models/security-comparison';
export { PRICING_MODEL_IDS, type ModelEstimate, type MoneyBand, type PricingModelId } from './models/types';
export { suggestPricingModel, type PricingSuggestion } from './suggestion';

export interface PricingEstimate {
  /** The inputs after clamping to the limits: the figures are for these. */
  inputs: EstimatorInputs;
  models: Record<PricingModelId, ModelEstimate>;
  securityComparison: SecurityComparison;
}

/**
 * Prices the visitor's situation under every model the facts describe. Inputs are
 * normalised first; missing or unusable fields come from the card's defaults.
 */
export function estimatePricing(
  inputs: Partial<EstimatorInputs>,
  card: RateCard,
  options: EstimateOptions = {},
): PricingEstimate {
  const normalized = normalizeInputs(inputs, defaultInputsFrom(card));
  const context = contextFor(normalized, card, options.locale ?? 'en-US');
  const models: Record<PricingModelId, ModelEstimate> = {
    'per-user': finish('per-user', perUserDraft(context), context),
    'per-device': finish('per-device', perDeviceDraft(context), context),
    'block-hours': finish('block-hours', blockHoursDraft(context), context),
    'security-tier': finish('security-tier', securityTierDraft(context), context),
    hire: finish('hire', hireDraft(context), context),
  };
  return {
    inputs: normalized,
    models,
    securityComparison: compareSecurity(models['security-tier'], models.hire, context),
  };
}
