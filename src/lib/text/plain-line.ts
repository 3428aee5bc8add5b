/**
 * Untrusted text (a name in a link, a field in an imported file) made into something safe and
 * short to show as plain text: one line, nothing invisible, cut to a length.
 */

/**
 * Characters that show nothing yet change what text looks like: controls, direction marks,
 * overrides and isolates (they can make a name display as different text), zero-width space,
 * word joiner and invisible operators. The zero-width joiner and non-joiner (U+200C, U+200D)
 * stay: emoji sequences and Persian or Indic words need them. A byte-order mark is whitespace
 * to JavaScript, so it has become a space before this applies.
 */
const INVISIBLE = /[\p{Cc}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/gu;

/**
 * One line: broken UTF-16 becomes U+FFFD, whitespace runs become one space, invisible
 * characters go, ends are trimmed.
 */
export const toPlainLine = (text: string): string =>
  text.toWellFormed().replace(/\s+/gu, ' ').replace(INVISIBLE, '').replace(/ {2,}/gu, ' ').trim();

/**
 * The first `max` UTF-16 units at most (what an HTML `maxlength` counts, so a form field and a
 * link agree), never splitting a surrogate pair.
 */
export const truncate = (text: string, max: number): string =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);

/** A plain line of at most `max` UTF-16 units that does not end in a space; '' when nothing is left. */
export const cleanLine = (raw: string, max: number): string => truncate(toPlainLine(raw), max).trimEnd();
