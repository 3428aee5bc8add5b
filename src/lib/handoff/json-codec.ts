/**
 * The matrix as a JSON file, for keeping a plan, sending it to the other team and opening it
 * again. Files carry a format marker and a version; older versions are migrated on import.
 * Importing never throws: a file that cannot be used gives a refusal for the page to word, and
 * the page keeps what it was showing.
 */
import { CappedList } from '../links/capped-list';
import { isJsonObject, own } from './json-object';
import { migrateMatrixDocument } from './json-migrations';
import { MATRIX_VERSION, type HandoffMatrix, type RowNames } from './matrix';
import { readMatrix } from './read-matrix';
import type { JsonSource, ReadWarning, Refusal } from './read-problems';
import { parseUntrustedJson } from './untrusted-json';

export { MAX_IMPORT_BYTES } from './untrusted-json';

/** Written into every export; a file without it is not a matrix, whatever else it holds. */
export const MATRIX_FORMAT = 'co-managed-it/handoff-matrix';

/** The page lists what a file or link changed; past this many, more detail stops helping. */
export const MAX_WARNINGS = 20;

/** Each with the source, which the words name ("this file", "this link"). */
export type MatrixImport =
  /** `moreWarnings`: past MAX_WARNINGS, counted rather than listed, so a hostile file cannot flood the page. */
  | { ok: true; source: JsonSource; matrix: HandoffMatrix; warnings: ReadWarning[]; moreWarnings: number }
  | { ok: false; source: JsonSource; refusal: Refusal };

/** The document a file or link stores: the format marker first, so a person opening it sees what it is. */
export const matrixDocument = ({ version, internalTeam, mspName, date, rows }: HandoffMatrix) => ({
  format: MATRIX_FORMAT,
  version,
  internalTeam,
  mspName,
  date,
  rows,
});

/** Pretty-printed, with a final newline, so the file reads and diffs well. */
export const exportMatrixJson = (matrix: HandoffMatrix): string =>
  `${JSON.stringify(matrixDocument(matrix), null, 2)}\n`;

/**
 * Reads a parsed document of any known version, naming a row that has no label by `names`.
 * Shared with the share-link decoder.
 */
export function readMatrixDocument(value: unknown, source: JsonSource, names: RowNames): MatrixImport {
  const refused = (refusal: Refusal): MatrixImport => ({ ok: false, source, refusal });
  if (!isJsonObject(value) || own(value, 'format') !== MATRIX_FORMAT) return refused({ code: 'not-a-matrix' });
  // Files from the first draft had no version at all.
  const version = own(value, 'version') === undefined ? 0 : own(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refused({ code: 'damaged-version' });
  }
  if (version > MATRIX_VERSION) {
    return refused({ code: 'newer-format', version: String(version), max: String(MATRIX_VERSION) });
  }
  const warnings = new CappedList<ReadWarning>(MAX_WARNINGS);
  const matrix = readMatrix(migrateMatrixDocument(value, version), names, (warning) => warnings.add(() => warning));
  return matrix === null
    ? refused({ code: 'no-rows' })
    : { ok: true, source, matrix, warnings: warnings.items, moreWarnings: warnings.more };
}

/** Never throws; a refusal leaves the caller's current matrix untouched. */
export function importMatrixJson(text: string, names: RowNames): MatrixImport {
  try {
    const parsed = parseUntrustedJson(text);
    return parsed.ok
      ? readMatrixDocument(parsed.value, 'file', names)
      : { ok: false, source: 'file', refusal: parsed.refusal };
  } catch {
    // Nothing above is expected to throw; this keeps a bug from costing the user their plan.
    return { ok: false, source: 'file', refusal: { code: 'unreadable' } };
  }
}
