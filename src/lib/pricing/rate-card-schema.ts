import { z } from 'zod';
import { ASSESSMENT_NEEDS, INPUT_LIMITS, SCOPES } from './scopes';

// The constants live in scopes.ts so browser code can use them without zod; re-exported
// here for callers that still import them from the schema.
export { ASSESSMENT_NEEDS, INPUT_LIMITS, SCOPES, type AssessmentNeed, type Scope } from './scopes';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Shown to users next to every site assumption, so it has to be a real sentence. */
const reasoning = z
  .string()
  .trim()
  .min(20, 'explain the assumption in a full sentence; users see this text');

const label = nonEmpty('the label').max(80, 'keep labels under 80 characters');

/** The JSON holds whole US dollars, which is how the 2026 bands are quoted. */
const wholeDollars = z
  .number()
  .int('must be whole dollars, without cents')
  .min(0, 'must not be negative')
  .max(10_000_000, 'must be at most $10,000,000');

const toCents = (dollars: number): number => dollars * 100;

function checkLowNotAboveHigh(
  value: { lowUsd: number; highUsd: number },
  ctx: z.RefinementCtx,
): void {
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

/** A scope step: how one scope item moves a band. Its label comes from `scopeLabels`. */
const scopeStep = z
  .strictObject({ lowUsd: wholeDollars, highUsd: wholeDollars, reasoning })
  .superRefine(checkLowNotAboveHigh)
  .transform((price) => ({
    low: toCents(price.lowUsd),
    high: toCents(price.highUsd),
    reasoning: price.reasoning,
  }));

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

/** Every scope item must say how it moves a band, even when the answer is "not at all". */
const scopeSteps = z.record(scopeId, scopeStep);

function whole(limit: { min: number; max: number }, what: string) {
  return z
    .number()
    .int(`${what} must be a whole number`)
    .min(limit.min, `${what} must be at least ${limit.min}`)
    .max(limit.max, `${what} must be at most ${limit.max}`);
}

/**
 * A banded model (per user, per device) narrows its band by scope: base plus the chosen
 * scope steps. With every step chosen it must still sit inside the market band, or the
 * page would quote a figure the facts do not support.
 */
function checkStepsFitBand(
  model: {
    band: { low: number; high: number };
    base: { low: number; high: number };
    scope: Record<string, { low: number; high: number }>;
  },
  ctx: z.RefinementCtx,
): void {
  const steps = Object.values(model.scope);
  const highest = steps.reduce((sum, step) => sum + step.high, model.base.high);
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
  currency: z
    .string()
    .refine((code) => knownCurrencies.has(code), 'must be an ISO 4217 currency code such as USD'),
  pricesAsOf: z.number().int().min(2020).max(2100),
  scopeLabels: z.record(scopeId, label),
  typical: z.strictObject({
    positionPercent: z.number().int().min(0).max(100),
    reasoning,
  }),
  perUser: z
    .strictObject({ label, band: dollarBand, base: reasonedPrice, scope: scopeSteps })
    .superRefine(checkStepsFitBand),
  perDevice: z
    .strictObject({
      label,
      band: dollarBand,
      base: reasonedPrice,
      scope: scopeSteps,
      securityAddOn: reasonedPrice,
    })
    .superRefine(checkStepsFitBand),
  blockHours: z.strictObject({
    label,
    overageRate: dollarBand,
    includedHours: reasoned(whole(INPUT_LIMITS.hoursPerMonth, 'includedHours')),
    includedHourRate: reasonedPrice,
    monitoringPerDevice: reasonedPrice,
  }),
  securityTier: z.strictObject({
    label,
    perUser: dollarBand,
    weeksToLive: z.number().int().min(1).max(104),
  }),
  hire: z.strictObject({
    label,
    annualSalary: reasonedPrice,
    loadedCostPercent: reasoned(
      z.number().int('must be a whole percent').min(100, 'a hire costs at least the salary').max(300),
    ),
    monthsToHire: z.number().int().min(1).max(36),
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
        .refine(
          (percent) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9,
          'use at most two decimals',
        ),
    ),
  }),
  suggestion: z.strictObject({
    deviceRatioFactor: reasoned(z.number().gt(1, 'must be above 1').max(100)),
    heavyProjectHours: reasoned(whole({ min: 1, max: INPUT_LIMITS.hoursPerMonth.max }, 'heavyProjectHours')),
  }),
  assessment: z.strictObject({
    usersPerEmployee: reasoned(z.number().min(0.1).max(10)),
    needs: z.record(z.enum(ASSESSMENT_NEEDS), z.strictObject({ scope: scopeList, reasoning })),
  }),
});

/** The validated rate card. Every amount in it is integer cents. */
export type RateCard = z.output<typeof rateCardSchema>;
/** The rate card as written in the JSON file, amounts in whole dollars. */
export type RateCardFile = z.input<typeof rateCardSchema>;
