/**
 * The matrix as CSV for a spreadsheet: one line per row, with its open checks. Spreadsheet
 * programs run a cell that starts with = + - @ as a formula, so a label like
 * "=HYPERLINK(…)" in a shared plan could run on the other team's machine; such cells get a
 * leading single quote, which the spreadsheet shows as text.
 */
import type { ExportWords } from '../handoff-copy/copy-schema';
import { checksForRow, runChecks } from './checks';
import { detailText, ownerName } from './describe-row';
import type { HandoffMatrix } from './matrix';
import { csvCell } from '../csv/csv-cell';

export { csvCell };

type CsvWords = Pick<ExportWords, 'row' | 'checks'>;

/** The columns of the file, in order; each line below fills them in the same order. */
export const CSV_COLUMNS = [
  'kind',
  'row',
  'owner',
  'lead',
  'escalation',
  'responseTarget',
  'details',
  'notes',
  'openChecks',
] as const;

export function matrixCsvRows(matrix: HandoffMatrix, { row: words, checks: checkWords }: CsvWords): string[][] {
  const checks = runChecks(matrix, checkWords);
  return [
    CSV_COLUMNS.map((column) => words.columns[column]),
    ...matrix.rows.map((row) => [
      words.kinds[row.kind],
      row.label,
      ownerName(row.owner, matrix, words),
      row.owner === 'shared' ? row.lead : '',
      row.escalation,
      row.responseTarget,
      detailText(row, words),
      row.notes,
      checksForRow(checks, row.id)
        .map((check) => check.message)
        .join(' '),
    ]),
    // Checks about a row the plan no longer has still belong in the file.
    ...checks
      .filter((check) => check.rowId === null)
      .map((check) => [checkWords.wholePlan, '', '', '', '', '', '', '', check.message]),
  ];
}

/** The whole file, CRLF line ends (RFC 4180), no byte-order mark (prepend '\uFEFF' for Excel). */
export const exportMatrixCsv = (matrix: HandoffMatrix, words: CsvWords): string =>
  matrixCsvRows(matrix, words)
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
