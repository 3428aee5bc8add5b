import { z } from 'zod';
import { placeholderTemplate as template } from '../text/template-schema';

/*
 * The sentences the pricing models write about themselves, in src/data/rate-card.json beside
 * the prices they explain. Each template takes only the placeholders its model fills in, so a
 * typo fails the build naming the field.
 */

const text = template();
const count = z.strictObject({ one: template('n'), other: template('n') });

export const modelTextSchema = z.strictObject({
  /** Counted words: "1 hour", "20 hours". */
  counts: z.strictObject({
    hours: count,
    supportHours: count,
    overageHours: count,
    unusedHours: count,
    users: count,
  }),
  /** What per-user and per-device prices are per. */
  units: z.strictObject({ user: text, device: text }),
  banded: z.strictObject({
    /** When the base price is the market band itself. */
    baseIsBand: template('base', 'range', 'unit'),
    /** When the base is our own assumption within the market band. */
    baseWithinBand: template('band', 'base', 'range', 'unit'),
    stepAdds: template('item', 'range'),
    total: template('range', 'unit'),
    priceValue: template('range', 'unit'),
    stepValue: template('range', 'unit'),
    coveredValue: text,
  }),
  securityAddOn: z.strictObject({
    onTopOfDevices: template('range'),
    onTopOfHours: template('range'),
  }),
  blockHours: z.strictObject({
    overageLine: text,
    retainer: template('monitoring', 'rate', 'hours'),
    scopeAdds: template('item', 'hours'),
    bucket: template('hours'),
    overage: template('support', 'overage', 'rate'),
    unused: template('support', 'unused'),
    exact: template('support'),
    bucketLabel: text,
    hoursValue: template('hours'),
    stepValue: template('hours'),
    rateValue: template('range'),
  }),
  securityTier: z.strictObject({ explanation: template('range', 'weeks') }),
  hire: z.strictObject({
    lineItem: text,
    explanation: template('salary', 'multiplier', 'monthly', 'months'),
    salaryValue: template('range'),
    loadedLabel: text,
    loadedValue: template('multiplier'),
  }),
  securityComparison: template('months', 'weeks', 'tierMonths', 'tierCost', 'users', 'hireCost'),
  /** Assumptions every model lists. */
  shared: z.strictObject({
    typicalLabel: text,
    typicalValue: template('percent'),
    adjustmentLabel: text,
    adjustmentValue: template('percent'),
    /** Replaces the default's reasoning once the reader sets their own adjustment. */
    adjustmentYours: text,
  }),
  suggestion: z.strictObject({
    perDeviceWhy: template('ratio', 'usual'),
    blockHoursWhy: template('hours', 'range'),
  }),
  /** The downloaded spreadsheet's header row, unit words and total rows. */
  csv: z.strictObject({
    columns: z.strictObject({
      model: text,
      item: text,
      unit: text,
      quantity: text,
      low: template('currency'),
      high: template('currency'),
      monthlyLow: template('currency'),
      monthlyHigh: template('currency'),
      termLow: template('currency'),
      termHigh: template('currency'),
    }),
    units: z.strictObject({
      'per-user-month': text,
      'per-device-month': text,
      'per-hour': text,
      'per-month': text,
    }),
    total: template('years', 'percent'),
  }),
});

export type ModelText = z.output<typeof modelTextSchema>;
