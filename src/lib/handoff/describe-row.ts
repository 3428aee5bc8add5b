/**
 * A row in words, shared by the printable appendix, the Markdown and the CSV export, so the
 * three never describe the same plan differently. Plain text; each format escapes it.
 */
import type { HandoffMatrix, MatrixRow } from './matrix';
import type { Owner, ReviewCadence, RowKind } from './vocabulary';

export const KIND_WORDS: Readonly<Record<RowKind, string>> = { function: 'Function', handoff: 'Handoff point' };

export const CADENCE_WORDS: Readonly<Record<ReviewCadence, string>> = {
  '': 'Not set',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'twice-yearly': 'Twice a year',
  yearly: 'Yearly',
};

/** The owner as a name: the team's own name where one was given. */
export function ownerName(owner: Owner, matrix: Pick<HandoffMatrix, 'internalTeam' | 'mspName'>): string {
  switch (owner) {
    case 'internal':
      return matrix.internalTeam || 'Internal team';
    case 'msp':
      return matrix.mspName || 'MSP';
    case 'shared':
      return 'Shared';
    case 'unassigned':
      return 'Nobody yet';
  }
}

/** The owner with the lead of a shared row: "Shared, led by Dana Ortiz". */
export function ownerText(row: MatrixRow, matrix: Pick<HandoffMatrix, 'internalTeam' | 'mspName'>): string {
  if (row.owner !== 'shared') return ownerName(row.owner, matrix);
  return row.lead ? `Shared, led by ${row.lead}` : 'Shared, no lead named';
}

/** The row's structured detail in one line; '' for rows without one. */
export function detailText(row: MatrixRow): string {
  const { intakeChannels, reviewCadence, exitTerms } = row.detail ?? {};
  if (intakeChannels) return `Intake channels: ${intakeChannels.join(', ') || 'none written down'}`;
  if (reviewCadence !== undefined) return `Review cadence: ${CADENCE_WORDS[reviewCadence]}`;
  if (exitTerms) {
    const named = (text: string) => text || 'not named';
    return `Tools: ${named(exitTerms.tools)}; export format: ${named(exitTerms.exportFormat)}; timeline: ${named(exitTerms.timeline)}`;
  }
  return '';
}
