/** Turning untrusted link text into something short and safe to show as plain text. */

export const MAX_PREPARED_FOR_LENGTH = 80;
export const MAX_DISPLAY_VALUE_LENGTH = 40;

/**
 * One line: whitespace runs become one space, control characters go, ends trimmed. Direction
 * overrides go too: they can make a name display as different text.
 */
export const toPlainLine = (text: string): string =>
  text
    .toWellFormed()
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/ {2,}/gu, ' ')
    .trim();

/** The first `max` UTF-16 units at most, never splitting a surrogate pair. */
export const truncate = (text: string, max: number): string =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);

/** The prospect name for "Prepared for …": plain, one line, at most 80 characters; '' when none. */
export const sanitizePreparedFor = (raw: string): string =>
  truncate(toPlainLine(raw), MAX_PREPARED_FOR_LENGTH).trimEnd();

/** A short, plain rendering of something a link contained, for the "we ignored this" list. */
export function forDisplay(raw: string, max = MAX_DISPLAY_VALUE_LENGTH): string {
  const line = toPlainLine(raw);
  return line.length > max ? `${truncate(line, max - 1).trimEnd()}…` : line;
}
