/**
 * A row in words, shared by the printable appendix, the Markdown and the CSV export, so the
 * three never describe the same plan differently. Plain text; each format escapes it.
 */
import type { PlannerWords, RowWords } from '../handoff-copy/copy-schema';
import { fillTemplate } from '../text/template';
import type { HandoffMatrix, MatrixRow } from './matrix';
import { OWNERS, type Owner } from './vocabulary';

/** The owner as a name: the team's own name where one was given. */
export function ownerName(
  owner: Owner,
  matrix: Pick<HandoffMatrix, 'internalTeam' | 'mspName'>,
  words: RowWords,
): string {
  if (owner === 'internal') return matrix.internalTeam || words.owners.internal;
  if (owner === 'msp') return matrix.mspName || words.owners.msp;
  return words.owners[owner];
}

/** The owner with the lead of a shared row: "Shared, led by Dana Ortiz". */
export function ownerText(
  row: MatrixRow,
  matrix: Pick<HandoffMatrix, 'internalTeam' | 'mspName'>,
  words: RowWords,
): string {
  if (row.owner !== 'shared') return ownerName(row.owner, matrix, words);
  return row.lead ? fillTemplate(words.sharedLedBy, { lead: row.lead }) : words.sharedNoLead;
}

/** The row's structured detail in one line; '' for rows without one. */
export function detailText(row: MatrixRow, words: RowWords): string {
  const { intakeChannels, reviewCadence, exitTerms } = row.detail ?? {};
  if (intakeChannels) {
    return fillTemplate(words.intakeChannels, { channels: intakeChannels.join(', ') || words.noChannels });
  }
  if (reviewCadence !== undefined) return fillTemplate(words.reviewCadence, { cadence: words.cadences[reviewCadence] });
  if (exitTerms) {
    const named = (text: string) => text || words.notNamed;
    return fillTemplate(words.exitTerms, {
      tools: named(exitTerms.tools),
      exportFormat: named(exitTerms.exportFormat),
      timeline: named(exitTerms.timeline),
    });
  }
  return '';
}

/**
 * The plan in short, for a plan a link opened: each owner (named as the plan names the teams)
 * with the rows it owns, in the order of the owner choices, and the day it was agreed, if set.
 */
export function planInShort(
  matrix: HandoffMatrix,
  words: { row: RowWords; teams: Pick<PlannerWords['teams'], 'date'> },
): [term: string, ...values: string[]][] {
  const lines: [string, ...string[]][] = [];
  for (const owner of OWNERS) {
    const rows = matrix.rows.filter((row) => row.owner === owner).map((row) => row.label);
    if (rows.length) lines.push([ownerName(owner, matrix, words.row), ...rows]);
  }
  if (matrix.date) lines.push([words.teams.date, matrix.date]);
  return lines;
}
