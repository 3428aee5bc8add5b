import { decodeQueryComponent } from './percent-decoding';
import { isTrackingParam } from './tracking-params';

/** One `name=value` of a link, percent-decoded. */
export interface QueryPair {
  /** The name matched against a format's parameters: trimmed, lower case. */
  key: string;
  value: string;
  /** The name as the link typed it (trimmed), for messages about it. */
  typedKey: string;
}

/**
 * Limits for links from anywhere: a legitimate link is short, so past these a pair is junk or an
 * attack and is set aside unread. With limits, broken percent-encoding is set aside too rather
 * than read leniently. The words are the page's, so each format brings its own.
 */
export interface QueryLimits {
  maxPairs: number;
  /** In characters as typed (still percent-encoded). */
  maxValueLength: number;
  /** The set-aside entry for a link of `count` pairs, more than maxPairs. */
  tooManyPairs(count: number): [param: string, value: string, reason: string];
  tooLong: string;
  brokenName: string;
  brokenValue: string;
}

export type SetAside = (param: string, value: string, reason: string) => void;

/**
 * The pairs of a query string (with or without the leading "?"; nothing after a "#"), in link
 * order, tracking parameters and empty pairs dropped. Never throws. Without `limits` every pair
 * is read, broken escapes as URLSearchParams reads them.
 */
export function readQuery(search: string, limits: QueryLimits | undefined, setAside: SetAside): QueryPair[] {
  const chunks = (search.replace(/^\?/, '').split('#')[0] ?? '').split('&').filter((chunk) => chunk !== '');
  if (limits && chunks.length > limits.maxPairs) {
    setAside(...limits.tooManyPairs(chunks.length));
  }
  const pairs: QueryPair[] = [];
  for (const chunk of limits ? chunks.slice(0, limits.maxPairs) : chunks) {
    const equals = chunk.indexOf('=');
    const rawKey = equals === -1 ? chunk : chunk.slice(0, equals);
    const rawValue = equals === -1 ? '' : chunk.slice(equals + 1);
    const name = decodeQueryComponent(rawKey);
    if (limits && name.broken) {
      setAside(rawKey, rawValue, limits.brokenName);
      continue;
    }
    const typedKey = name.text.trim();
    const key = typedKey.toLowerCase();
    if (isTrackingParam(key)) continue;
    if (limits && rawValue.length > limits.maxValueLength) {
      setAside(typedKey, rawValue, limits.tooLong);
      continue;
    }
    const value = decodeQueryComponent(rawValue);
    if (limits && value.broken) setAside(typedKey, rawValue, limits.brokenValue);
    else if (key !== '' || value.text !== '') pairs.push({ key, value: value.text, typedKey });
  }
  return pairs;
}
