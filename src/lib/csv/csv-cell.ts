/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab, carriage return) as a
 * formula, so a shared label like "=HYPERLINK(…)" could run on the reader's machine
 * (OWASP "CSV injection"); such cells get a leading single quote, shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formula-guarded, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number): string {
  const raw = String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
