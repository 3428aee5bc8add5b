import { z } from 'zod';
import { modelTextSchema } from './model-text-schema';
import { INPUT_LIMITS, SCOPES, type Scope } from './scopes';

// The constants live in scopes.ts so browser code can use them without zod; re-exported
// here for callers that still import them from the schema.
export { SCOPES, type Scope } from './scopes';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Shown to users next to every site assumption, so it has to be a real sentence. */
const reasoning = z.string().trim().min(20, 'explain the assumption in a full sentence; users see this text');

const label = nonEmpty('the label').max(80, 'keep labels under 80 characters');

/**
 * The JSON holds whole US dollars, which is how the 2026 bands are quoted. A refinement rather
 * than .int(), which stops parsing and would hide the field behind a union's general message.
 */
const wholeDollars = z
  .number()
  .refine(Number.isInteger, 'must be whole dollars, without cents')
  .min(0, 'must not be negative')
  .max(10_000_000, 'must be at most $10,000,000');

const toCents = (dollars: number): number => dollars * 100;

function checkLowNotAboveHigh(value: { lowUsd: number; highUsd: number }, ctx: z.RefinementCtx): void {
  if (value.lowUsd > value.highUsd) {
    ctx.addIssue({
      code: 'custom',
      path: ['lowUsd'],
      message: `lowUsd ($${value.lowUsd}) must not be above highUsd ($${value.highUsd})`,
    });
  }
}

/** A market band from the facts; no reasoning needed because the source is cited on the page. */
const dollarBand = z
  .strictObject({ lowUsd: wholeDollars, highUsd: wholeDollars })
  .superRefine(checkLowNotAboveHigh)
  .transform((band) => ({ low: toCents(band.lowUsd), high: toCents(band.highUsd) }));

/*
 * How one pricing model treats one scope item. Every model says, for every item, whether its
 * figure prices it (a step of its own, something already in the figure, or the security add-on)
 * or leaves it out; a left-out item is listed next to the figure with this reasoning, so no model
 * looks cheaper than another only because it quietly prices less.
 *
 * The shapes are plain objects and the union is transformed once, after it has picked a shape:
 * a shape that transforms on its own would hide its exact problem (say, a missing reasoning)
 * behind the union's general message.
 */

/** A priced step: what one scope item adds to the model's unit price. Its label comes from `scopeLabels`. */
const priceStep = z
  .strictObject({ lowUsd: wholeDollars, highUsd: wholeDollars, reasoning })
  .superRefine(checkLowNotAboveHigh)
  .refine((price) => price.highUsd > 0, {
    path: ['highUsd'],
    message: 'a step must add something; write "covered" with the reason when the price already includes it',
  });

/** Block hours price scope in hours: the bucket grows by this many hours a month. */
const hoursStep = z.strictObject({
  hours: z
    .number()
    .refine(Number.isInteger, 'hours must be a whole number')
    .refine((hours) => hours >= 1, 'a step must add at least one hour')
    .refine((hours) => hours <= INPUT_LIMITS.hoursPerMonth.max, `at most ${INPUT_LIMITS.hoursPerMonth.max} hours`),
  reasoning,
});

/** Priced by something already in the figure (the base, or the hours the reader enters); the reasoning says what. */
const covered = z.strictObject({ covered: reasoning });

/** Priced as the separate security add-on, per device (perDevice.securityAddOn). */
const addOn = z.strictObject({ addOn: reasoning });

/** Not in this model's figure; the page lists it next to the figure with this reasoning. */
const leftOut = z.strictObject({ leftOut: reasoning });

type TreatmentShape =
  | z.output<typeof priceStep>
  | z.output<typeof hoursStep>
  | z.output<typeof covered>
  | z.output<typeof addOn>
  | z.output<typeof leftOut>;

/** One shape for the code: what kind of treatment, with prices in cents. */
function toTreatment(entry: TreatmentShape) {
  if ('lowUsd' in entry) {
    return {
      kind: 'step' as const,
      low: toCents(entry.lowUsd),
      high: toCents(entry.highUsd),
      reasoning: entry.reasoning,
    };
  }
  if ('hours' in entry) return { kind: 'hours' as const, hours: entry.hours, reasoning: entry.reasoning };
  if ('covered' in entry) return { kind: 'covered' as const, reasoning: entry.covered };
  if ('addOn' in entry) return { kind: 'add-on' as const, reasoning: entry.addOn };
  return { kind: 'left-out' as const, reasoning: entry.leftOut };
}

type Treatment<Kind extends string> = Extract<ReturnType<typeof toTreatment>, { kind: Kind }>;

const SHAPES =
  'write a price step (lowUsd, highUsd, reasoning), or "covered", "addOn" or "leftOut" with a sentence of reasoning';

/** A priced line that is the site's own assumption, so it carries its reasoning. */
const reasonedPrice = z
  .strictObject({ label, lowUsd: wholeDollars, highUsd: wholeDollars, reasoning })
  .superRefine(checkLowNotAboveHigh)
  .transform((price) => ({
    label: price.label,
    low: toCents(price.lowUsd),
    high: toCents(price.highUsd),
    reasoning: price.reasoning,
  }));

const reasoned = <Value extends z.ZodType>(value: Value) => z.strictObject({ value, reasoning });

const scopeId = z.enum(SCOPES, {
  error: () => `must be one of ${SCOPES.join(', ')}`,
});

const scopeList = z
  .array(scopeId)
  .refine((items) => new Set(items).size === items.length, 'must not list a scope item twice');

function whole(limit: { min: number; max: number }, what: string) {
  return z
    .number()
    .int(`${what} must be a whole number`)
    .min(limit.min, `${what} must be at least ${limit.min}`)
    .max(limit.max, `${what} must be at most ${limit.max}`);
}

/** Only security is sold as the separate add-on; anything else priced that way would be priced as security. */
function checkAddOnIsSecurity(entries: Record<string, { kind: string }>, ctx: z.RefinementCtx): void {
  for (const [item, entry] of Object.entries(entries)) {
    if (entry.kind === 'add-on' && item !== 'security') {
      ctx.addIssue({ code: 'custom', path: [item], message: 'only security is quoted as the security add-on' });
    }
  }
}

/** Every scope item must say how the model treats it, even when the answer is "left out". */
const perUserScope = z.record(
  scopeId,
  z
    .union([priceStep, covered, leftOut], { error: SHAPES })
    .transform((entry) => toTreatment(entry) as Treatment<'step' | 'covered' | 'left-out'>),
);
const perDeviceScope = z
  .record(
    scopeId,
    z
      .union([priceStep, covered, addOn, leftOut], { error: SHAPES })
      .transform((entry) => toTreatment(entry) as Treatment<'step' | 'covered' | 'add-on' | 'left-out'>),
  )
  .superRefine(checkAddOnIsSecurity);
const blockHoursScope = z
  .record(
    scopeId,
    z
      .union([hoursStep, covered, addOn, leftOut], {
        error: 'write hours with reasoning, or "covered", "addOn" or "leftOut" with a sentence of reasoning',
      })
      .transform((entry) => toTreatment(entry) as Treatment<'hours' | 'covered' | 'add-on' | 'left-out'>),
  )
  .superRefine(checkAddOnIsSecurity);

/** Work outside the scope items that a model may or may not include, such as the tier-1 help desk. */
const baselineItem = z
  .union([z.strictObject({ label, covered: reasoning }), z.strictObject({ label, leftOut: reasoning })], {
    error: 'write a label and either "covered" or "leftOut" with a sentence of reasoning',
  })
  .transform((item) =>
    'covered' in item
      ? { label: item.label, kind: 'covered' as const, reasoning: item.covered }
      : { label: item.label, kind: 'left-out' as const, reasoning: item.leftOut },
  );

/**
 * The per-user band covers everything but project work, so the base plus every priced step
 * must sit inside it, or the page would quote a figure the facts do not support.
 */
function checkStepsFitBand(
  model: {
    band: { low: number; high: number };
    base: { low: number; high: number };
    scope: Record<string, { kind: string; high?: number }>;
  },
  ctx: z.RefinementCtx,
): void {
  const steps = Object.values(model.scope);
  const highest = steps.reduce((sum, step) => sum + (step.high ?? 0), model.base.high);
  if (model.base.low < model.band.low) {
    ctx.addIssue({
      code: 'custom',
      path: ['base', 'lowUsd'],
      message: `the base starts at $${model.base.low / 100}, below the band's low end ($${model.band.low / 100})`,
    });
  }
  if (highest > model.band.high) {
    ctx.addIssue({
      code: 'custom',
      path: ['scope'],
      message: `the base plus every scope item reaches $${highest / 100}, above the band's high end ($${model.band.high / 100})`,
    });
  }
}

export const rateCardSchema = z.strictObject({
  currency: z.string().refine((code) => knownCurrencies.has(code), 'must be an ISO 4217 currency code such as USD'),
  pricesAsOf: z.number().int().min(2020).max(2100),
  scopeLabels: z.record(scopeId, label),
  /** Words of the estimate that are not about one model, kept here so the browser script carries no prose. */
  estimateText: z.strictObject({
    /** Heads the list of what a model's figure leaves out, next to the figure. */
    leavesOut: label,
    /** Follows the sentence naming the users, devices, term and yearly rise. */
    figuresNote: nonEmpty('the note on the figures'),
    chartCaption: nonEmpty('the chart caption'),
    assumptionsNote: nonEmpty('the note on assumptions'),
    /** What a month without security cover means, beside the tier-against-hire comparison. */
    withoutCover: nonEmpty('the sentence on months without cover'),
  }),
  /** The sentences, labels and spreadsheet words the models write; see model-text-schema.ts. */
  modelText: modelTextSchema,
  typical: z.strictObject({
    positionPercent: z.number().int().min(0).max(100),
    reasoning,
  }),
  perUser: z
    .strictObject({ label, band: dollarBand, base: reasonedPrice, scope: perUserScope })
    .superRefine(checkStepsFitBand),
  /** The facts' band is what the base work costs (RMM, patching and monitoring), so the base has no price of its own. */
  perDevice: z.strictObject({
    label,
    band: dollarBand,
    base: z.strictObject({ label }),
    helpDesk: baselineItem,
    scope: perDeviceScope,
    securityAddOn: reasonedPrice,
  }),
  blockHours: z.strictObject({
    label,
    overageRate: dollarBand,
    /** The bucket before scope: help-desk tickets and requests, against which the reader's hours are set. */
    includedHours: reasoned(whole(INPUT_LIMITS.hoursPerMonth, 'includedHours')),
    includedHourRate: reasonedPrice,
    monitoringPerDevice: reasonedPrice,
    scope: blockHoursScope,
  }),
  securityTier: z.strictObject({
    label,
    perUser: dollarBand,
    weeksToLive: z.number().int().min(1).max(104),
    /** Why the rest of the scope is not in this figure. */
    leavesOut: reasoning,
  }),
  hire: z.strictObject({
    label,
    annualSalary: reasonedPrice,
    loadedCostPercent: reasoned(
      z.number().int('must be a whole percent').min(100, 'a hire costs at least the salary').max(300),
    ),
    monthsToHire: z.number().int().min(1).max(36),
    leavesOut: reasoning,
  }),
  defaults: z.strictObject({
    users: reasoned(whole(INPUT_LIMITS.users, 'users')),
    devicesPerUser: reasoned(z.number().min(0.1).max(100)),
    scope: reasoned(scopeList),
    hoursPerMonth: reasoned(whole(INPUT_LIMITS.hoursPerMonth, 'hoursPerMonth')),
    termYears: reasoned(whole(INPUT_LIMITS.termYears, 'termYears')),
    annualAdjustmentPercent: reasoned(
      z
        .number()
        .min(0, 'the annual adjustment must be between 0 and 25 percent')
        .max(25, 'the annual adjustment must be between 0 and 25 percent')
        .refine((percent) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9, 'use at most two decimals'),
    ),
  }),
  suggestion: z.strictObject({
    deviceRatioFactor: reasoned(z.number().gt(1, 'must be above 1').max(100)),
    heavyProjectHours: reasoned(whole({ min: 1, max: INPUT_LIMITS.hoursPerMonth.max }, 'heavyProjectHours')),
    /** Why per user suits when neither rule above applies. */
    perUserWhy: nonEmpty('the reason for per-user pricing'),
  }),
  /** Which scope each gap prices is in src/data/gap-to-work.json, shared with the split and the planner. */
  assessment: z.strictObject({
    usersPerEmployee: reasoned(z.number().min(0.1).max(10)),
  }),
});

/** The validated rate card. Every amount in it is integer cents. */
export type RateCard = z.output<typeof rateCardSchema>;

/** How one model treats one scope item, after validation (amounts in cents). */
export type ScopeTreatment =
  RateCard['perUser']['scope'][Scope] | RateCard['perDevice']['scope'][Scope] | RateCard['blockHours']['scope'][Scope];
