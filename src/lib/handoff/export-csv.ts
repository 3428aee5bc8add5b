/**
 * The matrix as CSV for a spreadsheet: one line per row, with its open checks. Spreadsheet
 * programs run a cell that starts with = + - @ as a formula, so a label like
 * "=HYPERLINK(…)" in a shared plan could run on the other team's machine; such cells get a
 * leading single quote, which the spreadsheet shows as text.
 */
import { checksForRow, runChecks } from './checks';
import { detailText, KIND_WORDS, ownerName } from './describe-row';
import type { HandoffMatrix } from './matrix';
import { csvCell } from '../csv/csv-cell';

export { csvCell };

export const CSV_HEADER = [
  'Kind',
  'Row',
  'Owner',
  'Lead',
  'Escalate to',
  'Response target',
  'Details',
  'Notes',
  'Open checks',
];

/** The Kind of a line that holds a check about the whole plan rather than one row. */
export const WHOLE_PLAN = 'Whole plan';

export function matrixCsvRows(matrix: HandoffMatrix): string[][] {
  const checks = runChecks(matrix);
  return [
    CSV_HEADER,
    ...matrix.rows.map((row) => [
      KIND_WORDS[row.kind],
      row.label,
      ownerName(row.owner, matrix),
      row.owner === 'shared' ? row.lead : '',
      row.escalation,
      row.responseTarget,
      detailText(row),
      row.notes,
      checksForRow(checks, row.id)
        .map((check) => check.message)
        .join(' '),
    ]),
    // Checks about a row the plan no longer has still belong in the file.
    ...checks
      .filter((check) => check.rowId === null)
      .map((check) => [WHOLE_PLAN, '', '', '', '', '', '', '', check.message]),
  ];
}

/** The whole file, CRLF line ends (RFC 4180), no byte-order mark (prepend '\uFEFF' for Excel). */
export const exportMatrixCsv = (matrix: HandoffMatrix): string =>
  matrixCsvRows(matrix)
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
