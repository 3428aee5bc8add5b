/**
 * The matrix as a JSON file, for keeping a plan, sending it to the other team and opening it
 * again. Files carry a format marker and a version; older versions are migrated on import.
 * Importing never throws: a file that cannot be used gives a sentence for the page, and the
 * page keeps what it was showing.
 */
import { createWarningList } from './warning-list';
import { isJsonObject, own } from './json-object';
import { migrateMatrixDocument } from './json-migrations';
import { MATRIX_VERSION, type HandoffMatrix } from './matrix';
import { readMatrix } from './read-matrix';
import { parseUntrustedJson, type JsonSource } from './untrusted-json';

export { MAX_IMPORT_BYTES } from './untrusted-json';

/** Written into every export; a file without it is not a matrix, whatever else it holds. */
export const MATRIX_FORMAT = 'co-managed-it/handoff-matrix';

export type MatrixImport = { ok: true; matrix: HandoffMatrix; warnings: string[] } | { ok: false; error: string };

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

/** Reads a parsed document of any known version. Shared with the share-link decoder. */
export function readMatrixDocument(value: unknown, source: JsonSource): MatrixImport {
  if (!isJsonObject(value) || own(value, 'format') !== MATRIX_FORMAT) {
    return {
      ok: false,
      error: `This ${source} is not a handoff matrix from this planner (its format marker is missing or different).`,
    };
  }
  // Files from the first draft had no version at all.
  const version = own(value, 'version') === undefined ? 0 : own(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: `This ${source} has a damaged version number, so it cannot be read safely.` };
  }
  if (version > MATRIX_VERSION) {
    return {
      ok: false,
      error: `This ${source} was saved by a newer version of the planner (format ${version}); this page reads up to format ${MATRIX_VERSION}. Reload the page to get the newest planner.`,
    };
  }
  const warnings = createWarningList();
  const matrix = readMatrix(migrateMatrixDocument(value, version), warnings, source);
  return 'error' in matrix ? { ok: false, error: matrix.error } : { ok: true, matrix, warnings: warnings.list() };
}

/** Never throws; a refusal leaves the caller's current matrix untouched. */
export function importMatrixJson(text: string): MatrixImport {
  try {
    const parsed = parseUntrustedJson(text, 'file');
    return parsed.ok ? readMatrixDocument(parsed.value, 'file') : parsed;
  } catch {
    // Nothing above is expected to throw; this keeps a bug from costing the user their plan.
    return { ok: false, error: 'This file could not be read.' };
  }
}
