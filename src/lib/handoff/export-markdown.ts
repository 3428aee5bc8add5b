/**
 * The matrix as Markdown, for pasting into a wiki, a ticket or the contract's appendix: the
 * two teams, the date, one table for functions and one for handoff points, and the open
 * checks with links to the guide. Every user text is escaped, so a label can neither break
 * the table nor turn into a link, an image or HTML where the Markdown is rendered.
 */
import { runChecks, type CheckResult } from './checks';
import { detailText, ownerText } from './describe-row';
import type { HandoffMatrix, MatrixRow } from './matrix';

/** Backslash-escapes the characters that make inline Markdown, HTML or a table cell boundary. */
export const markdownText = (text: string): string => text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');

export interface MarkdownOptions {
  /** The site's address, to make guide links absolute; they leave the site with the file. */
  siteUrl?: string;
}

const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function table(heading: string, rows: readonly MatrixRow[], matrix: HandoffMatrix, withDetails: boolean): string[] {
  const header = [heading, 'Owner', 'Escalate to', 'Response target', ...(withDetails ? ['Details'] : []), 'Notes'];
  return [
    tableRow(header),
    tableRow(header.map(() => '---')),
    ...rows.map((row) =>
      tableRow(
        [
          row.label,
          ownerText(row, matrix),
          row.escalation,
          row.responseTarget,
          ...(withDetails ? [detailText(row)] : []),
          row.notes,
        ].map(markdownText),
      ),
    ),
    '',
  ];
}

function guideLink(check: CheckResult, siteUrl: string | undefined): string {
  let href = check.href;
  if (siteUrl) {
    try {
      href = new URL(check.href, siteUrl).href;
    } catch {
      // An unusable site address leaves the link relative rather than losing it.
    }
  }
  return `[${markdownText(check.guideTitle)}](<${href.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>)`;
}

function checkLines(matrix: HandoffMatrix, siteUrl: string | undefined): string[] {
  const checks = runChecks(matrix);
  if (checks.length === 0) return ['No checks open.'];
  const labelOf = new Map(matrix.rows.map((row) => [row.id, row.label]));
  return checks.map((check) => {
    const label = check.rowId === null ? 'Whole plan' : (labelOf.get(check.rowId) ?? '');
    return `- **${markdownText(label)}:** ${markdownText(check.message)} See ${guideLink(check, siteUrl)}.`;
  });
}

export function exportMatrixMarkdown(matrix: HandoffMatrix, { siteUrl }: MarkdownOptions = {}): string {
  const functions = matrix.rows.filter((row) => row.kind === 'function');
  const handoffs = matrix.rows.filter((row) => row.kind === 'handoff');
  const checkCount = runChecks(matrix).length;
  return [
    '# Co-managed IT handoff matrix',
    '',
    `- **Internal team:** ${markdownText(matrix.internalTeam) || 'not named'}`,
    `- **MSP:** ${markdownText(matrix.mspName) || 'not named'}`,
    `- **Date:** ${markdownText(matrix.date) || 'not set'}`,
    '',
    '## Functions',
    '',
    ...(functions.length ? table('Function', functions, matrix, false) : ['No functions listed.', '']),
    '## Handoff points',
    '',
    ...(handoffs.length ? table('Handoff point', handoffs, matrix, true) : ['No handoff points listed.', '']),
    `## Open checks (${checkCount})`,
    '',
    ...checkLines(matrix, siteUrl),
    '',
  ].join('\n');
}
