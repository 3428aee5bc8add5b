import { queryPart, toPair, type QueryPair, type QueryReader } from './query';
import type { SetAsideReason } from './reasons';

/**
 * Limits for links from anywhere: a legitimate link is short, so past these a pair is junk or an
 * attack and is set aside unread, as is a pair whose percent-encoding is broken.
 */
export interface QueryLimits {
  maxPairs: number;
  /** In characters as typed (still percent-encoded). */
  maxValueLength: number;
}

/** What a capped reader may set aside, besides what the format itself does. */
export type CappedQueryReason = SetAsideReason<'too-many-params' | 'too-long' | 'broken-name' | 'broken-value'>;

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
  (limits: QueryLimits): QueryReader<CappedQueryReason> =>
  (search, setAside) => {
    const chunks = queryPart(search)
      .split('&')
      .filter((chunk) => chunk !== '');
    // About the whole link, so it names no parameter.
    if (chunks.length > limits.maxPairs)
      setAside('', '', { code: 'too-many-params', count: chunks.length, max: limits.maxPairs });
    const pairs: QueryPair[] = [];
    for (const chunk of chunks.slice(0, limits.maxPairs)) {
      const equals = chunk.indexOf('=');
      const rawName = equals === -1 ? chunk : chunk.slice(0, equals);
      const rawValue = equals === -1 ? '' : chunk.slice(equals + 1);
      const name = decodeStrictly(rawName);
      if (name === null) {
        setAside(rawName, rawValue, { code: 'broken-name' });
        continue;
      }
      const value = rawValue.length > limits.maxValueLength ? undefined : decodeStrictly(rawValue);
      // A value not read is still a value: only tracking parameters are dropped unsaid.
      const pair = toPair(name, value ?? rawValue);
      if (pair === null) continue;
      if (value === undefined) setAside(pair.typedKey, rawValue, { code: 'too-long' });
      else if (value === null) setAside(pair.typedKey, rawValue, { code: 'broken-value' });
      else pairs.push(pair);
    }
    return pairs;
  };
