/** The shapes every pricing model produces; the builders live beside this file. */
import type { Scope } from '../scopes';

export const PRICING_MODEL_IDS = ['per-user', 'per-device', 'block-hours', 'security-tier', 'hire'] as const;
export type PricingModelId = (typeof PRICING_MODEL_IDS)[number];

/** Integer cents. `typical` sits inside the band at the rate card's typical position. */
export interface MoneyBand {
  low: number;
  typical: number;
  high: number;
}

export type LineItemUnit = 'per-user-month' | 'per-device-month' | 'per-hour' | 'per-month';

/** One priced line: `low`/`high` are cents per unit; the model's monthly band is Σ price × quantity. */
export interface LineItem {
  label: string;
  low: number;
  high: number;
  unit: LineItemUnit;
  quantity: number;
}

/** A figure that is the site's own assumption, with the reasoning shown to users. */
export interface Assumption {
  label: string;
  value: string;
  reasoning: string;
}

/**
 * Work a model's figure does not price, shown next to the figure so that no model looks cheaper
 * than another only because it prices less. `scopes` are the chosen scope items it names (none
 * for baseline work such as the help desk); `labels` name everything it names, in words.
 */
export interface LeftOut {
  scopes: Scope[];
  labels: string[];
  reasoning: string;
}

/** What a model prices and what it leaves out, of the scope the visitor chose. */
export interface Coverage {
  /** Scope items whose work is in the figure (the page's `data-covers`), in SCOPES order. */
  covers: Scope[];
  leavesOut: LeftOut[];
}

export interface ModelEstimate extends Coverage {
  model: PricingModelId;
  label: string;
  monthly: MoneyBand;
  /** The whole contract term: the sum of `years`. */
  term: MoneyBand;
  /** Year k costs monthly × 12 × (1 + adjustment)^(k-1), each year rounded to the cent. */
  years: MoneyBand[];
  lineItems: LineItem[];
  explanation: string;
  assumptions: Assumption[];
  /** Months before cover starts (security tier and hire only). */
  monthsWithoutCover?: number;
}

/** What a model builder decides; the shared finisher turns it into bands and term totals. */
export interface ModelDraft extends Coverage {
  label: string;
  lineItems: LineItem[];
  explanation: string;
  assumptions: Assumption[];
  monthsWithoutCover?: number;
}
