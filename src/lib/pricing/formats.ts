/* How the estimate writes amounts and counts; browser code imports it, so it is plain functions. */
import { formatMoney, formatMoneyRange } from './money';

export interface Formats {
  /** Integer cents as money: "$12,345". */
  money(cents: number): string;
  /** A band of integer cents: "$50–$200". */
  range(low: number, high: number): string;
  /** A count or a percentage: "1,000", "4.75". */
  number(value: number): string;
}

export function formatsFor(locale: string, currency: string): Formats {
  return {
    money: (cents) => formatMoney(cents, locale, currency),
    range: (low, high) => formatMoneyRange(low, high, locale, currency),
    number: (value) => value.toLocaleString(locale),
  };
}
