import { queryPart, toPair, type QueryPair, type QueryReader } from './query';

/**
 * Limits for links from anywhere: a legitimate link is short, so past these a pair is junk or an
 * attack and is set aside unread, as is a pair whose percent-encoding is broken. The words are
 * the page's, so each format brings its own.
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

/** decodeURIComponent, which refuses broken escapes, as null instead of an exception. */
function decodeStrictly(raw: string): string | null {
  try {
    // `+` is a space in query strings (what forms and URLSearchParams produce).
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A reader that reads at most `limits.maxPairs` pairs and sets aside what breaks the limits. */
export const readQueryWithLimits =
  (limits: QueryLimits): QueryReader =>
  (search, setAside) => {
    const chunks = queryPart(search)
      .split('&')
      .filter((chunk) => chunk !== '');
    if (chunks.length > limits.maxPairs) setAside(...limits.tooManyPairs(chunks.length));
    const pairs: QueryPair[] = [];
    for (const chunk of chunks.slice(0, limits.maxPairs)) {
      const equals = chunk.indexOf('=');
      const rawName = equals === -1 ? chunk : chunk.slice(0, equals);
      const rawValue = equals === -1 ? '' : chunk.slice(equals + 1);
      const name = decodeStrictly(rawName);
      if (name === null) {
        setAside(rawName, rawValue, limits.brokenName);
        continue;
      }
      const value = rawValue.length > limits.maxValueLength ? undefined : decodeStrictly(rawValue);
      // A value not read is still a value: only tracking parameters are dropped unsaid.
      const pair = toPair(name, value ?? rawValue);
      if (pair === null) continue;
      if (value === undefined) setAside(pair.typedKey, rawValue, limits.tooLong);
      else if (value === null) setAside(pair.typedKey, rawValue, limits.brokenValue);
      else pairs.push(pair);
    }
    return pairs;
  };
