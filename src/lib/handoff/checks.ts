/**
 * The gaps in a plan that the guide says break co-managed engagements, each reported next to
 * the row it concerns (or for the whole plan when the row that should hold it was removed),
 * with the guide section that explains why it matters. Messages are plain text, worded by the
 * planner's copy file; labels in them are the user's own words, so the page must render them
 * as text, never as HTML.
 */
import type { CheckWords } from '../handoff-copy/copy-schema';
import { fillCount, fillList, fillTemplate } from '../text/template';
import type { CheckId, HandoffKey } from './vocabulary';
import type { HandoffMatrix, MatrixRow } from './matrix';

export { CHECK_IDS, type CheckId } from './vocabulary';

export interface CheckResult {
  id: CheckId;
  /** The row to show it next to; null when the plan lacks the row that would hold it. */
  rowId: string | null;
  message: string;
  /** The guide section that explains the check. */
  href: string;
  /** That section's heading, as link text. */
  guideTitle: string;
}

const result = (id: CheckId, row: MatrixRow | undefined, message: string, words: CheckWords): CheckResult => ({
  id,
  rowId: row?.id ?? null,
  message,
  href: words.guides[id].href,
  guideTitle: words.guides[id].title,
});

/** The checks that apply to every row, whatever it is. */
function ownershipChecks(row: MatrixRow, words: CheckWords): CheckResult[] {
  if (row.owner === 'unassigned') {
    return [result('unowned', row, fillTemplate(words.unowned, { row: row.label }), words)];
  }
  if (row.owner === 'shared' && row.lead === '') {
    return [result('shared-without-lead', row, fillTemplate(words.sharedWithoutLead, { row: row.label }), words)];
  }
  return [];
}

type HandoffCheck = (row: MatrixRow | undefined, matrix: HandoffMatrix, words: CheckWords) => CheckResult | null;

/** One check per built-in handoff row; `row` is undefined when that row was removed. */
const HANDOFF_CHECKS: Readonly<Record<HandoffKey, HandoffCheck>> = {
  'ticket-intake': (row, _, words) => {
    // A removed intake row proves nothing about how many channels users have.
    const channels = row?.detail?.intakeChannels ?? [];
    return channels.length > 1
      ? result(
          'multiple-intake-channels',
          row,
          fillTemplate(words.multipleIntakeChannels, {
            count: channels.length,
            channels: fillList(channels, words.list),
          }),
          words,
        )
      : null;
  },
  'incident-bridge': (row, _, words) =>
    row === undefined
      ? result('no-escalation-chain', row, words.noIncidentBridgeRow, words)
      : row.escalation === ''
        ? result('no-escalation-chain', row, fillTemplate(words.noEscalationRole, { row: row.label }), words)
        : null,
  'scope-review': (row, _, words) =>
    row === undefined
      ? result('no-scope-review', row, words.noScopeReviewRow, words)
      : (row.detail?.reviewCadence ?? '') === ''
        ? result('no-scope-review', row, fillTemplate(words.noCadence, { row: row.label }), words)
        : null,
  'exit-terms': (row, _, words) => {
    const terms = row?.detail?.exitTerms;
    const parts = words.exitTermParts;
    const missing = [
      !terms?.tools && parts.tools,
      !terms?.exportFormat && parts.exportFormat,
      !terms?.timeline && parts.timeline,
    ].filter((part): part is string => part !== false);
    if (missing.length === 0) return null;
    return result(
      'no-exit-terms',
      row,
      row === undefined
        ? words.noExitTermsRow
        : fillTemplate(words.exitTermsMissing, { row: row.label, missing: fillList(missing, words.list) }),
      words,
    );
  },
  'end-user-relationship': (row, matrix, words) =>
    row?.owner === 'msp'
      ? result(
          'provider-owns-end-users',
          row,
          fillTemplate(words.providerOwnsEndUsers, { msp: matrix.mspName || words.theMsp, row: row.label }),
          words,
        )
      : null,
};

/** Every open check: row by row in the matrix's order, then those for rows the plan lacks. */
export function runChecks(matrix: HandoffMatrix, words: CheckWords): CheckResult[] {
  const handoffResults = (Object.keys(HANDOFF_CHECKS) as HandoffKey[]).flatMap((key) => {
    const found = HANDOFF_CHECKS[key](
      matrix.rows.find((row) => row.key === key),
      matrix,
      words,
    );
    return found ? [found] : [];
  });
  return [
    ...matrix.rows.flatMap((row) => [
      ...ownershipChecks(row, words),
      ...handoffResults.filter((check) => check.rowId === row.id),
    ]),
    ...handoffResults.filter((check) => check.rowId === null),
  ];
}

export interface CheckSummary {
  count: number;
  /** "No checks open.", "1 check open.", "3 checks open.". */
  text: string;
}

export function summarizeChecks(results: readonly CheckResult[], words: CheckWords): CheckSummary {
  const count = results.length;
  return { count, text: fillCount(words.summary, count) };
}

/** The open checks for one row, for showing next to it. */
export const checksForRow = (results: readonly CheckResult[], rowId: string): CheckResult[] =>
  results.filter((check) => check.rowId === rowId);
