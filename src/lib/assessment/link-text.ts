/** Turning untrusted link text into something short and safe to show as plain text. */

export const MAX_PREPARED_FOR_LENGTH = 80;
export const MAX_DISPLAY_VALUE_LENGTH = 40;

// Direction overrides can make a name display as different text; they have no place in a name.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** One line: whitespace runs become one space, control characters go, ends trimmed. */
export function toPlainLine(text: string): string {
  return text
    .toWellFormed()
    .replace(/\s+/gu, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/** The first `max` UTF-16 units at most, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const endsMidPair = /[\uD800-\uDBFF]/.test(text.charAt(max - 1));
  return text.slice(0, endsMidPair ? max - 1 : max);
}

/** The prospect name for "Prepared for …": plain, one line, at most 80 characters; '' when none. */
export function sanitizePreparedFor(raw: string): string {
  return truncate(toPlainLine(raw), MAX_PREPARED_FOR_LENGTH).trimEnd();
}

/** A short, plain rendering of something a link contained, for the "we ignored this" list. */
export function forDisplay(raw: string, max = MAX_DISPLAY_VALUE_LENGTH): string {
  const line = toPlainLine(raw);
  if (line.length <= max) return line;
  return `${truncate(line, max - 1).trimEnd()}…`;
}
