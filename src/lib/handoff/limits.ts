/**
 * Size limits for everything a matrix holds, and the cleaning that enforces them. Every way a
 * matrix is made (editing, a JSON file, a share link) goes through these, so the page, the
 * printout and the exports never meet a 5 MB note or a name that rewrites itself on screen.
 */
import { cleanLine } from '../text/plain-line';

/** Enough for every built-in row plus dozens of custom ones; beyond it a plan stops being read. */
export const MAX_ROWS = 60;
/** Names: teams, row labels, the shared lead, the escalation role, an intake channel. */
export const MAX_NAME_LENGTH = 80;
/** Free text: response targets, notes, exit terms. */
export const MAX_TEXT_LENGTH = 200;
/** More than a handful is already the double-ticket loop; ten keeps a hostile file small. */
export const MAX_INTAKE_CHANNELS = 10;

export const cleanName = (raw: string): string => cleanLine(raw, MAX_NAME_LENGTH);
export const cleanText = (raw: string): string => cleanLine(raw, MAX_TEXT_LENGTH);

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** The date as YYYY-MM-DD, or '' (not set yet) when it is not a real date. */
export const cleanDate = (raw: string): string => (isIsoDate(raw.trim()) ? raw.trim() : '');

/** A Date as YYYY-MM-DD in local time, for the appendix's "prepared on" line. */
export const isoDateOf = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
