import { toPlainLine, truncate } from './plain-line';

/** Long enough to recognise a value, short enough for a list of twenty on a phone. */
export const MAX_DISPLAY_LENGTH = 40;

/**
 * A short, plain rendering of something untrusted a link or a file held, for a "this was set
 * aside" list: at most `max` UTF-16 units, an ellipsis saying when it was cut.
 */
export function forDisplay(raw: string, max = MAX_DISPLAY_LENGTH): string {
  const line = toPlainLine(raw);
  return line.length > max ? `${truncate(line, max - 1).trimEnd()}…` : line;
}
