import { normalizeInputs, type EstimatorInputs, type Scope } from './inputs';
import { divideRounded, divideRoundedBig, formatMoneyRange, ROUNDING_RULE } from './money';
import { rateCard as defaultRateCard } from './rate-card';
import type { RateCard } from './rate-card-schema';

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

export interface ModelEstimate {
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

export interface SecurityComparison {
  /** The period compared: how long hiring takes. */
  months: number;
  hireMonthsWithoutCover: number;
  tierMonthsWithoutCover: number;
  /** Months of cover gained by choosing the tier over waiting for a hire. */
  monthsOfExposureAvoided: number;
  /** What the security tier costs over the hiring period. */
  tierCost: MoneyBand;
  /** What the hire costs over a period of the same length, once in the seat. */
  hireCost: MoneyBand;
  summary: string;
}

export interface PricingEstimate {
  /** The inputs after clamping to the limits: the figures are for these. */
  inputs: EstimatorInputs;
  models: Record<PricingModelId, ModelEstimate>;
  securityComparison: SecurityComparison;
  roundingRule: string;
}

export interface EstimateOptions {
  /** Locale for the amounts inside explanations; the currency comes from the rate card. */
  locale?: string;
}

/** What a model builder decides; the shared finisher turns it into bands and term totals. */
interface ModelDraft {
  label: string;
  lineItems: LineItem[];
  explanation: string;
  assumptions: Assumption[];
  monthsWithoutCover?: number;
}

interface Context {
  inputs: EstimatorInputs;
  card: RateCard;
  range: (low: number, high: number) => string;
  number: (value: number) => string;
}

/** Basis points (hundredths of a percent) keep the compounding in integers. */
const BASIS_POINTS = 10_000n;

function typicalWithin(low: number, high: number, card: RateCard): number {
  const position = card.typical.positionPercent;
  return divideRounded(low * (100 - position) + high * position, 100);
}

function bandOf(low: number, high: number, card: RateCard): MoneyBand {
  return { low, typical: typicalWithin(low, high, card), high };
}

function yearCost(monthly: number, year: number, adjustmentBasisPoints: number): number {
  const growth = (BASIS_POINTS + BigInt(adjustmentBasisPoints)) ** BigInt(year - 1);
  const scale = BASIS_POINTS ** BigInt(year - 1);
  return Number(divideRoundedBig(BigInt(monthly * 12) * growth, scale));
}

/** Each contract year priced with the adjustment compounded, rounded once per year. */
export function termYearBands(monthly: MoneyBand, inputs: EstimatorInputs): MoneyBand[] {
  const basisPoints = Math.round(inputs.annualAdjustmentPercent * 100);
  return Array.from({ length: inputs.termYears }, (_, index) => ({
    low: yearCost(monthly.low, index + 1, basisPoints),
    typical: yearCost(monthly.typical, index + 1, basisPoints),
    high: yearCost(monthly.high, index + 1, basisPoints),
  }));
}

function sumBands(bands: readonly MoneyBand[]): MoneyBand {
  return bands.reduce(
    (total, band) => ({
      low: total.low + band.low,
      typical: total.typical + band.typical,
      high: total.high + band.high,
    }),
    { low: 0, typical: 0, high: 0 },
  );
}

function finish(model: PricingModelId, draft: ModelDraft, context: Context): ModelEstimate {
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

/** "1 hour", "20 hours". */
function counted(context: Context, count: number, singular: string, plural: string): string {
  return `${context.number(count)} ${count === 1 ? singular : plural}`;
}

function scopeLabel(card: RateCard, scope: Scope): string {
  return card.scopeLabels[scope];
}

/**
 * Per-user and per-device models share one shape: a base that sits at the bottom of the
 * market band, and scope steps that move the price up within it.
 */
function bandedDraft(
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

function securityAddOnAssumption({ card, range }: Context): Assumption {
  const addOn = card.perDevice.securityAddOn;
  return {
    label: addOn.label,
    value: `${range(addOn.low, addOn.high)} a device`,
    reasoning: addOn.reasoning,
  };
}

function securityAddOnLine(context: Context): LineItem[] {
  if (!context.inputs.scope.includes('security')) return [];
  const addOn = context.card.perDevice.securityAddOn;
  return [
    {
      label: addOn.label,
      low: addOn.low,
      high: addOn.high,
      unit: 'per-device-month',
      quantity: context.inputs.devices,
    },
  ];
}

function perUserDraft(context: Context): ModelDraft {
  return bandedDraft(context, context.card.perUser, 'per-user-month', context.inputs.users, 'user');
}

function perDeviceDraft(context: Context): ModelDraft {
  const draft = bandedDraft(
    context,
    context.card.perDevice,
    'per-device-month',
    context.inputs.devices,
    'device',
  );
  const addOn = securityAddOnLine(context);
  if (addOn.length === 0) return draft;
  const { range } = context;
  const { securityAddOn } = context.card.perDevice;
  return {
    ...draft,
    lineItems: [...draft.lineItems, ...addOn],
    explanation: `${draft.explanation} Security comes on top, quoted on its own: ${range(securityAddOn.low, securityAddOn.high)} a device.`,
    assumptions: [...draft.assumptions, securityAddOnAssumption(context)],
  };
}

function blockHoursDraft(context: Context): ModelDraft {
  const { card, inputs, range, number } = context;
  const pricing = card.blockHours;
  const bucket = pricing.includedHours.value;
  const overageHours = Math.max(0, inputs.hoursPerMonth - bucket);
  const unusedHours = Math.max(0, bucket - inputs.hoursPerMonth);

  const lineItems: LineItem[] = [
    {
      label: pricing.monitoringPerDevice.label,
      low: pricing.monitoringPerDevice.low,
      high: pricing.monitoringPerDevice.high,
      unit: 'per-device-month',
      quantity: inputs.devices,
    },
    {
      label: pricing.includedHourRate.label,
      low: pricing.includedHourRate.low,
      high: pricing.includedHourRate.high,
      unit: 'per-hour',
      quantity: bucket,
    },
    {
      label: 'Overage hours',
      low: pricing.overageRate.low,
      high: pricing.overageRate.high,
      unit: 'per-hour',
      quantity: overageHours,
    },
    ...securityAddOnLine(context),
  ];

  const hoursSentence =
    overageHours > 0
      ? `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month, so ${counted(context, overageHours, 'hour is', 'hours are')} billed as overage at ${range(pricing.overageRate.low, pricing.overageRate.high)} an hour.`
      : unusedHours > 0
        ? `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month; the ${counted(context, unusedHours, 'unused hour in the bucket is', 'unused hours in the bucket are')} still paid for.`
        : `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month, exactly the bucket, so there is no overage.`;
  const sentences = [
    `A monthly retainer pays for monitoring (${range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high)} a device) and a bucket of ${number(bucket)} hours at ${range(pricing.includedHourRate.low, pricing.includedHourRate.high)} an hour.`,
    hoursSentence,
    'Scope does not change the rates here: after-hours work, patching, backup and projects all come out of the hours.',
  ];
  const assumptions: Assumption[] = [
    {
      label: pricing.monitoringPerDevice.label,
      value: `${range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high)} a device`,
      reasoning: pricing.monitoringPerDevice.reasoning,
    },
    {
      label: 'Hours in the bucket',
      value: `${number(bucket)} hours a month`,
      reasoning: pricing.includedHours.reasoning,
    },
    {
      label: pricing.includedHourRate.label,
      value: `${range(pricing.includedHourRate.low, pricing.includedHourRate.high)} an hour`,
      reasoning: pricing.includedHourRate.reasoning,
    },
  ];
  if (inputs.scope.includes('security')) {
    const addOn = card.perDevice.securityAddOn;
    sentences.push(`Security is quoted on its own: ${range(addOn.low, addOn.high)} a device.`);
    assumptions.push(securityAddOnAssumption(context));
  }
  return { label: pricing.label, lineItems, explanation: sentences.join(' '), assumptions };
}

/** Six weeks as months, to one decimal, for the side-by-side with a hire. */
function weeksAsMonths(weeks: number): number {
  return Math.round(((weeks * 12) / 52) * 10) / 10;
}

function securityTierDraft(context: Context): ModelDraft {
  const { card, inputs, range, number } = context;
  const tier = card.securityTier;
  return {
    label: tier.label,
    lineItems: [
      { label: tier.label, low: tier.perUser.low, high: tier.perUser.high, unit: 'per-user-month', quantity: inputs.users },
    ],
    explanation: `Security operations on their own cost ${range(tier.perUser.low, tier.perUser.high)} a user a month from a co-managed security provider, running in about ${number(tier.weeksToLive)} weeks. This price stands apart from the rest of your scope; compare it with hiring.`,
    assumptions: [],
    monthsWithoutCover: weeksAsMonths(tier.weeksToLive),
  };
}

function hireMonthlyCost(annualSalary: number, card: RateCard): number {
  // One rounding: salary × loaded percent ÷ (100 × 12 months).
  return divideRounded(annualSalary * card.hire.loadedCostPercent.value, 100 * 12);
}

function hireDraft(context: Context): ModelDraft {
  const { card, range, number } = context;
  const { hire } = card;
  const monthlyLow = hireMonthlyCost(hire.annualSalary.low, card);
  const monthlyHigh = hireMonthlyCost(hire.annualSalary.high, card);
  const multiplier = number(hire.loadedCostPercent.value / 100);
  return {
    label: hire.label,
    lineItems: [
      { label: 'Loaded cost of one engineer', low: monthlyLow, high: monthlyHigh, unit: 'per-month', quantity: 1 },
    ],
    explanation: `One senior security engineer earns ${range(hire.annualSalary.low, hire.annualSalary.high)} a year; times ${multiplier} for payroll taxes, benefits and tools, that is ${range(monthlyLow, monthlyHigh)} a month. Filling the role takes about ${number(hire.monthsToHire)} months, and one person cannot cover nights, weekends and holidays alone.`,
    assumptions: [
      {
        label: hire.annualSalary.label,
        value: `${range(hire.annualSalary.low, hire.annualSalary.high)} a year`,
        reasoning: hire.annualSalary.reasoning,
      },
      {
        label: 'Loaded cost',
        value: `${multiplier} × salary`,
        reasoning: hire.loadedCostPercent.reasoning,
      },
    ],
    monthsWithoutCover: hire.monthsToHire,
  };
}

function scaleBand(band: MoneyBand, months: number): MoneyBand {
  return { low: band.low * months, typical: band.typical * months, high: band.high * months };
}

function compareSecurity(
  tier: ModelEstimate,
  hire: ModelEstimate,
  context: Context,
): SecurityComparison {
  const { card, inputs, range, number } = context;
  const months = card.hire.monthsToHire;
  const tierMonthsWithoutCover = tier.monthsWithoutCover ?? 0;
  const tierCost = scaleBand(tier.monthly, months);
  const hireCost = scaleBand(hire.monthly, months);
  const monthsOfExposureAvoided = Math.max(0, Math.round((months - tierMonthsWithoutCover) * 10) / 10);
  return {
    months,
    hireMonthsWithoutCover: months,
    tierMonthsWithoutCover,
    monthsOfExposureAvoided,
    tierCost,
    hireCost,
    summary:
      `Hiring a senior security engineer takes about ${number(months)} months, with no security cover until they start; the co-managed tier is running in about ${number(card.securityTier.weeksToLive)} weeks, so you are exposed for about ${number(tierMonthsWithoutCover)} months instead of ${number(months)}. ` +
      `Over those ${number(months)} months the tier costs ${range(tierCost.low, tierCost.high)} for ${counted(context, inputs.users, 'user', 'users')}; the same ${number(months)} months of a hire, once in the seat, cost ${range(hireCost.low, hireCost.high)}.`,
  };
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

function contextFor(inputs: EstimatorInputs, card: RateCard, locale: string): Context {
  const numberFormat = numberFormatFor(locale);
  return {
    inputs,
    card,
    range: (low, high) => formatMoneyRange(low, high, locale, card.currency),
    number: (value) => numberFormat.format(value),
  };
}

/** Prices the visitor's situation under every model the facts describe. */
export function estimatePricing(
  inputs: Partial<EstimatorInputs>,
  card: RateCard = defaultRateCard,
  options: EstimateOptions = {},
): PricingEstimate {
  const normalized = normalizeInputs(inputs);
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
    roundingRule: ROUNDING_RULE,
  };
}

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
  card: RateCard = defaultRateCard,
  options: EstimateOptions = {},
): PricingSuggestion {
  const normalized = normalizeInputs(inputs);
  const { number, range } = contextFor(normalized, card, options.locale ?? 'en-US');
  const usual = card.defaults.devicesPerUser.value;
  const factor = card.suggestion.deviceRatioFactor.value;
  const ratio = normalized.devices / normalized.users;
  if (ratio > usual * factor || ratio < usual / factor) {
    return {
      model: 'per-device',
      why: `You have about ${number(Math.round(ratio * 10) / 10)} devices per user, far from the usual ${number(usual)}, so device counts are not tracking headcount. Pricing per device follows what the MSP actually looks after, as in manufacturing, retail and kiosks; security is quoted on top.`,
    };
  }
  if (
    normalized.scope.includes('projects') &&
    normalized.hoursPerMonth >= card.suggestion.heavyProjectHours.value
  ) {
    const overage = card.blockHours.overageRate;
    return {
      model: 'block-hours',
      why: `With project work in scope and ${number(normalized.hoursPerMonth)} hours a month, the workload is hard to fix in advance, which is where a retainer with a bucket of hours fits. Watch the overage, billed at ${range(overage.low, overage.high)} an hour.`,
    };
  }
  return {
    model: 'per-user',
    why: 'Per-user pricing is the default for co-managed contracts: it is predictable and grows in step with your headcount.',
  };
}
