/**
 * Download names that say what the file is and whose plan it was: `stem` (from the copy file),
 * the team and the date, as in handoff-matrix-acme-it-2026-03-01.csv.
 */
import type { HandoffMatrix } from './matrix';

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é → e, so names stay readable
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

export function matrixFileName(
  matrix: Pick<HandoffMatrix, 'internalTeam' | 'date'>,
  extension: 'json' | 'csv' | 'md',
  stem: string,
): string {
  return [stem, slug(matrix.internalTeam), /^\d{4}-\d{2}-\d{2}$/.test(matrix.date) ? matrix.date : '']
    .filter(Boolean)
    .join('-')
    .concat('.', extension);
}
