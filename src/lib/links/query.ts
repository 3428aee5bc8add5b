import type { SetAsideReason } from './reasons';
import { isTrackingParam } from './tracking-params';

/** One `name=value` of a link, percent-decoded. */
export interface QueryPair {
  /** The name matched against a format's parameters: trimmed, lower case. */
  key: string;
  value: string;
  /** The name as the link typed it (trimmed), for messages about it. */
  typedKey: string;
}

/** Sets a pair of the link aside, with the reason the page words. */
export type SetAside<Reason extends SetAsideReason> = (param: string, value: string, reason: Reason) => void;

/** How a format reads its query string into pairs, setting aside what it will not read. */
export type QueryReader<Reason extends SetAsideReason = never> = (
  search: string,
  setAside: SetAside<Reason>,
) => QueryPair[];

/** The query part of a search string: without the leading "?", nothing after a "#". */
export const queryPart = (search: string): string => search.replace(/^\?/, '').split('#')[0] ?? '';

/**
 * A decoded pair as formats match it, or null for a pair that says nothing: a tracking
 * parameter, or an empty `=`.
 */
export function toPair(name: string, value: string): QueryPair | null {
  const typedKey = name.trim();
  const key = typedKey.toLowerCase();
  return isTrackingParam(key) || (key === '' && value === '') ? null : { key, value, typedKey };
}

/**
 * Every pair, in link order, percent-decoded as browsers do it (URLSearchParams: a broken escape
 * is read as typed, bad UTF-8 as U+FFFD), so it never throws and sets nothing aside.
 */
export const readQuery: QueryReader = (search) => {
  const pairs: QueryPair[] = [];
  for (const [name, value] of new URLSearchParams(queryPart(search))) {
    const pair = toPair(name, value);
    if (pair) pairs.push(pair);
  }
  return pairs;
};
