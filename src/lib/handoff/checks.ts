/**
 * The gaps in a plan that the guide says break co-managed engagements, each reported next to
 * the row it concerns (or for the whole plan when the row that should hold it was removed),
 * with the guide section that explains why it matters. Messages are plain text; labels in
 * them are the user's own words, so the page must render them as text, never as HTML.
 */
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

interface GuideSection {
  href: string;
  title: string;
}

const IN_WRITING: GuideSection = {
  href: '/who-owns-what/#put-the-split-in-writing',
  title: 'Put the split in writing',
};

export const CHECK_GUIDES: Readonly<Record<CheckId, GuideSection>> = {
  unowned: IN_WRITING,
  'shared-without-lead': IN_WRITING,
  'multiple-intake-channels': { href: '/handoff-failures/#the-double-ticket-loop', title: 'The double-ticket loop' },
  'no-escalation-chain': { href: '/handoff-failures/#incident-ownership', title: 'Incident ownership' },
  'no-scope-review': { href: '/handoff-failures/#scope-drift', title: 'Scope drift' },
  'no-exit-terms': {
    href: '/shared-tool-stack/#why-lock-in-matters-when-you-exit',
    title: 'Why lock-in matters when you exit',
  },
  'provider-owns-end-users': {
    href: '/who-owns-what/#who-owns-the-end-user-relationship',
    title: 'Who owns the end-user relationship',
  },
};

const result = (id: CheckId, row: MatrixRow | undefined, message: string): CheckResult => ({
  id,
  rowId: row?.id ?? null,
  message,
  href: CHECK_GUIDES[id].href,
  guideTitle: CHECK_GUIDES[id].title,
});

/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The checks that apply to every row, whatever it is. */
function ownershipChecks(row: MatrixRow): CheckResult[] {
  if (row.owner === 'unassigned') {
    return [result('unowned', row, `Nobody owns "${row.label}". Give it to one team, or share it with a named lead.`)];
  }
  if (row.owner === 'shared' && row.lead === '') {
    return [
      result(
        'shared-without-lead',
        row,
        `"${row.label}" is shared but has no named lead. Name the person who decides when the two teams disagree.`,
      ),
    ];
  }
  return [];
}

type HandoffCheck = (row: MatrixRow | undefined, matrix: HandoffMatrix) => CheckResult | null;

/** One check per built-in handoff row; `row` is undefined when that row was removed. */
const HANDOFF_CHECKS: Readonly<Record<HandoffKey, HandoffCheck>> = {
  'ticket-intake': (row) => {
    // A removed intake row proves nothing about how many channels users have.
    const channels = row?.detail?.intakeChannels ?? [];
    return channels.length > 1
      ? result(
          'multiple-intake-channels',
          row,
          `Users can raise tickets in ${channels.length} places (${listOf(channels)}). Two technicians end up working one problem with different facts; agree on one.`,
        )
      : null;
  },
  'incident-bridge': (row) =>
    row === undefined
      ? result(
          'no-escalation-chain',
          row,
          'The plan has no incident bridge row, so nobody has written down who is called when a provider change breaks an internally owned system.',
        )
      : row.escalation === ''
        ? result(
            'no-escalation-chain',
            row,
            `"${row.label}" names no role to escalate to. Without a written chain, whoever has least standing gets woken on a Friday night.`,
          )
        : null,
  'scope-review': (row) =>
    row === undefined
      ? result(
          'no-scope-review',
          row,
          'The plan has no scope review row, so nothing brings the contract back in line with the work.',
        )
      : (row.detail?.reviewCadence ?? '') === ''
        ? result(
            'no-scope-review',
            row,
            `"${row.label}" has no cadence. Without a set review, the MSP absorbs work informally and the contract falls behind.`,
          )
        : null,
  'exit-terms': (row) => {
    const terms = row?.detail?.exitTerms;
    const missing = [
      !terms?.tools && 'the tools',
      !terms?.exportFormat && 'the export format',
      !terms?.timeline && 'the timeline',
    ].filter((part): part is string => part !== false);
    if (missing.length === 0) return null;
    return result(
      'no-exit-terms',
      row,
      row === undefined
        ? 'The plan has no exit terms row. Without written tools, export format and timeline, migration cost becomes lock-in.'
        : `"${row.label}" does not name ${listOf(missing)}. Without all three in writing, migration cost becomes lock-in.`,
    );
  },
  'end-user-relationship': (row, matrix) =>
    row?.owner === 'msp'
      ? result(
          'provider-owns-end-users',
          row,
          `${matrix.mspName || 'The MSP'} owns "${row.label}". When the provider takes credit with users, the internal team tends to turn against it within a quarter.`,
        )
      : null,
};

/** Every open check: row by row in the matrix's order, then those for rows the plan lacks. */
export function runChecks(matrix: HandoffMatrix): CheckResult[] {
  const handoffResults = (Object.keys(HANDOFF_CHECKS) as HandoffKey[]).flatMap((key) => {
    const found = HANDOFF_CHECKS[key](
      matrix.rows.find((row) => row.key === key),
      matrix,
    );
    return found ? [found] : [];
  });
  return [
    ...matrix.rows.flatMap((row) => [
      ...ownershipChecks(row),
      ...handoffResults.filter((check) => check.rowId === row.id),
    ]),
    ...handoffResults.filter((check) => check.rowId === null),
  ];
}

export interface CheckSummary {
  count: number;
  /** "No checks open", "1 check open", "3 checks open". */
  text: string;
}

export function summarizeChecks(results: readonly CheckResult[]): CheckSummary {
  const count = results.length;
  return { count, text: count === 0 ? 'No checks open' : `${count} ${count === 1 ? 'check' : 'checks'} open` };
}

/** The open checks for one row, for showing next to it. */
export const checksForRow = (results: readonly CheckResult[], rowId: string): CheckResult[] =>
  results.filter((check) => check.rowId === rowId);
