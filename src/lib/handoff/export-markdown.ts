/**
 * The matrix as Markdown, for pasting into a wiki, a ticket or the contract's appendix: the
 * two teams, the date, one table for functions and one for handoff points, and the open
 * checks with links to the guide. Every user text is escaped, so a label can neither break
 * the table nor turn into a link, an image or HTML where the Markdown is rendered.
 */
import type { ExportWords } from '../handoff-copy/copy-schema';
import { fillCount, fillTemplate } from '../text/template';
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

function table(
  heading: string,
  rows: readonly MatrixRow[],
  matrix: HandoffMatrix,
  withDetails: boolean,
  { row: words }: ExportWords,
): string[] {
  const { owner, escalation, responseTarget, details, notes } = words.columns;
  const header = [heading, owner, escalation, responseTarget, ...(withDetails ? [details] : []), notes];
  return [
    tableRow(header.map(markdownText)),
    tableRow(header.map(() => '---')),
    ...rows.map((row) =>
      tableRow(
        [
          row.label,
          ownerText(row, matrix, words),
          row.escalation,
          row.responseTarget,
          ...(withDetails ? [detailText(row, words)] : []),
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

function checkLines(
  matrix: HandoffMatrix,
  checks: readonly CheckResult[],
  words: ExportWords,
  siteUrl?: string,
): string[] {
  if (checks.length === 0) return [markdownText(fillCount(words.checks.summary, 0))];
  const labelOf = new Map(matrix.rows.map((row) => [row.id, row.label]));
  return checks.map((check) => {
    const label = check.rowId === null ? words.checks.wholePlan : (labelOf.get(check.rowId) ?? '');
    const see = fillTemplate(markdownText(words.markdown.see), { link: guideLink(check, siteUrl) });
    return `- **${markdownText(label)}:** ${markdownText(check.message)} ${see}`;
  });
}

const escapedWords = <Words extends Record<string, string>>(words: Words): Words =>
  Object.fromEntries(Object.entries(words).map(([key, text]) => [key, markdownText(text)])) as Words;

export function exportMatrixMarkdown(
  matrix: HandoffMatrix,
  words: ExportWords,
  { siteUrl }: MarkdownOptions = {},
): string {
  // The copy file's words are escaped like the plan's: an MSP's "R&D | IT" must not break a table.
  const say = escapedWords(words.markdown);
  const { kinds } = words.row;
  const functions = matrix.rows.filter((row) => row.kind === 'function');
  const handoffs = matrix.rows.filter((row) => row.kind === 'handoff');
  const checks = runChecks(matrix, words.checks);
  return [
    `# ${say.title}`,
    '',
    `- **${say.internalTeam}:** ${markdownText(matrix.internalTeam) || say.notNamed}`,
    `- **${say.msp}:** ${markdownText(matrix.mspName) || say.notNamed}`,
    `- **${say.date}:** ${markdownText(matrix.date) || say.notSet}`,
    '',
    `## ${say.functions}`,
    '',
    ...(functions.length ? table(kinds.function, functions, matrix, false, words) : [say.noFunctions, '']),
    `## ${say.handoffPoints}`,
    '',
    ...(handoffs.length ? table(kinds.handoff, handoffs, matrix, true, words) : [say.noHandoffPoints, '']),
    `## ${markdownText(fillTemplate(words.checks.heading, { count: checks.length }))}`,
    '',
    ...checkLines(matrix, checks, words, siteUrl),
    '',
  ].join('\n');
}
