/*
 * The estimate's line items as CSV, for a spreadsheet, in the rate card's words. Browser code
 * imports this file, so it takes the words as an argument and stays free of zod and of the
 * rate card's module (client-safe-imports.test.ts).
 *
 * Amounts are written as plain decimals in the currency's major unit ("1234.50"), with
 * no symbol or thousands separator, so a spreadsheet reads them as numbers.
 */
import { sumBands, termYearBands } from './models/bands';
import { PRICING_MODEL_IDS, type MoneyBand } from './models/types';
import type { PricingEstimate } from './estimate';
import type { ModelText } from './model-text-schema';
import { csvCell } from '../csv/csv-cell';
import { fillTemplate } from '../text/template';

type CsvWords = ModelText['csv'];

export { csvCell };

/** Integer cents as a decimal string without going through a float: 123456 → "1234.56". */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`centsToDecimal needs integer cents, got ${String(cents)}`);
  const whole = Math.abs(cents);
  const sign = cents < 0 ? '-' : '';
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** Joins rows of cells with CRLF line ends, escaping every cell. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One row per line item of every model, then a total row per model: model, item, unit,
 * quantity, unit price low and high, monthly low and high, and the whole term low and high
 * with the annual adjustment applied (each contract year rounded to the cent, as the page
 * does). A model's total row is the figure the page shows.
 */
export function estimateCsvRows(estimate: PricingEstimate, currency: string, words: CsvWords): string[][] {
  const { termYears, annualAdjustmentPercent } = estimate.inputs;
  const money = (cents: number) => centsToDecimal(cents);
  const termOf = (monthly: MoneyBand): MoneyBand => sumBands(termYearBands(monthly, estimate.inputs));
  const column = words.columns;
  const inCurrency = (template: string) => fillTemplate(template, { currency });
  const rows: string[][] = [
    [
      column.model,
      column.item,
      column.unit,
      column.quantity,
      inCurrency(column.low),
      inCurrency(column.high),
      inCurrency(column.monthlyLow),
      inCurrency(column.monthlyHigh),
      inCurrency(column.termLow),
      inCurrency(column.termHigh),
    ],
  ];
  const total = fillTemplate(words.total, { years: termYears, percent: annualAdjustmentPercent });
  for (const id of PRICING_MODEL_IDS) {
    const model = estimate.models[id];
    for (const item of model.lineItems) {
      const monthly = {
        low: item.low * item.quantity,
        typical: item.low * item.quantity,
        high: item.high * item.quantity,
      };
      const term = termOf(monthly);
      rows.push([
        model.label,
        item.label,
        words.units[item.unit],
        String(item.quantity),
        money(item.low),
        money(item.high),
        money(monthly.low),
        money(monthly.high),
        money(term.low),
        money(term.high),
      ]);
    }
    rows.push([
      model.label,
      total,
      words.units['per-month'],
      '',
      '',
      '',
      money(model.monthly.low),
      money(model.monthly.high),
      money(model.term.low),
      money(model.term.high),
    ]);
  }
  return rows;
}

/** The whole CSV file for an estimate (without a byte-order mark). */
export function estimateCsv(estimate: PricingEstimate, currency: string, words: CsvWords): string {
  return toCsv(estimateCsvRows(estimate, currency, words));
}
