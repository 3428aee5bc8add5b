import { PRICING_MODEL_IDS, type Assumption } from './models/types';
import type { PricingEstimate } from './estimate';

/** Every assumption behind an estimate, once each, though several models rest on it; in model order. */
export function distinctAssumptions({ models }: PricingEstimate): Assumption[] {
  const seen = new Map<string, Assumption>();
  for (const id of PRICING_MODEL_IDS) {
    for (const item of models[id].assumptions) seen.set(`${item.label}|${item.value}`, item);
  }
  return [...seen.values()];
}
