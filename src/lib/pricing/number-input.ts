/* What the reader typed into one of the estimator's number fields, read as the form reads it. */
import type { InputLimit } from './scopes';

export type NumberInput = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'number'; value: number };

export interface NumberRules {
  limit: InputLimit;
  /** Two decimals allowed (the annual adjustment), with a comma as well as a point; else whole numbers. */
  decimals: boolean;
}

/**
 * Reads a typed value. Spaces, and thousands commas in whole numbers, are ignored. With
 * decimals, "2." and ".5" count too, so typing "2.5" is never called wrong on the way. An empty
 * field is neither a value nor a mistake: the estimate keeps its last figures.
 */
export function readNumberInput(typed: string, { limit, decimals }: NumberRules): NumberInput {
  const raw = typed.trim();
  const cleaned = decimals ? raw.replace(/\s/g, '').replace(',', '.') : raw.replace(/[,\s]/g, '');
  if (cleaned === '') return { kind: 'empty' };
  const pattern = decimals ? /^(?=\.?\d)\d*(?:\.\d{0,2})?$/ : /^\d{1,15}$/;
  const value = pattern.test(cleaned) ? Number(cleaned) : Number.NaN;
  return value >= limit.min && value <= limit.max ? { kind: 'number', value } : { kind: 'invalid' };
}
