/**
 * Older matrix files are upgraded step by step to the current shape before they are read, so
 * a plan saved by an earlier version of the planner still opens. A new version adds one step
 * to the end (src/lib/links/migrations.ts runs them). Steps work on the parsed JSON and must
 * not assume any field is well formed: the reader after them checks and reports everything.
 */
import { kindOfKey, type BuiltInKey } from './built-in-rows';
import { runMigrations, type Migration } from '../links/migrations';
import { isJsonObject, own, type JsonObject } from './json-object';
import { MATRIX_VERSION } from './matrix';

export type MatrixMigration = Migration<JsonObject>;

/** The planner's first draft said who owns a row from the client's point of view. */
const DRAFT_OWNERS: Readonly<Record<string, string>> = {
  us: 'internal',
  them: 'msp',
  both: 'shared',
  '': 'unassigned',
};

/**
 * The labels the first draft gave its built-in rows, by which its files name them. Part of that
 * file format, frozen: renaming a row in the copy files must not change how an old file reads.
 */
const DRAFT_LABELS: Readonly<Record<BuiltInKey, string>> = {
  'strategy-budget': 'Strategy and budget',
  'user-facing-it': 'User-facing IT',
  'line-of-business-apps': 'Line-of-business apps',
  'compliance-ownership': 'Compliance ownership',
  'vendor-relationships': 'Vendor relationships',
  'after-hours-tier1': 'After-hours monitoring and tier-1',
  'patching-rmm': 'Patching and RMM',
  'backup-dr': 'Backup and disaster recovery',
  'security-operations': 'Security operations',
  'cloud-platform': 'Cloud platform depth',
  'compliance-evidence': 'Compliance evidence library',
  'project-capacity': 'Project capacity',
  'ticket-intake': 'Where users raise tickets',
  'incident-bridge': 'Incident bridge when a provider change breaks an internal system',
  'scope-review': 'Scope review',
  'exit-terms': 'Tools and data on exit',
  'end-user-relationship': 'Relationship with end users',
};
const DRAFT_KEYS = Object.keys(DRAFT_LABELS) as BuiltInKey[];

const folded = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/**
 * Version 0, the first draft (files without `version`):
 * `{ format, ourTeam, provider, date, rows: [{ name, owner: 'us' | 'them' | 'both', lead,
 * escalateTo, response, notes, channels }] }`. Rows had no id and no kind; built-in rows are
 * recognised by the draft's label (DRAFT_LABELS), and `channels` (comma-separated) held the intake channels.
 */
function fromDraft(saved: JsonObject): JsonObject {
  const claimed = new Set<BuiltInKey>();
  const keyFor = (name: unknown): BuiltInKey | null => {
    const key = DRAFT_KEYS.find(
      (candidate) => !claimed.has(candidate) && folded(DRAFT_LABELS[candidate]) === folded(name),
    );
    if (key === undefined) return null;
    claimed.add(key);
    return key;
  };
  const migrateRow = (row: unknown): unknown => {
    if (!isJsonObject(row)) return row;
    const key = keyFor(own(row, 'name'));
    const owner = own(row, 'owner') ?? '';
    const channels = own(row, 'channels');
    return {
      kind: key === null ? 'function' : kindOfKey(key),
      key,
      label: own(row, 'name'),
      owner: typeof owner === 'string' ? (DRAFT_OWNERS[owner.trim().toLowerCase()] ?? owner) : owner,
      lead: own(row, 'lead'),
      escalation: own(row, 'escalateTo'),
      responseTarget: own(row, 'response'),
      notes: own(row, 'notes'),
      ...(typeof channels === 'string' && { detail: { intakeChannels: channels.split(',') } }),
    };
  };
  const rows = own(saved, 'rows');
  return {
    format: own(saved, 'format'),
    version: 1,
    internalTeam: own(saved, 'ourTeam'),
    mspName: own(saved, 'provider'),
    date: own(saved, 'date'),
    rows: Array.isArray(rows) ? rows.map(migrateRow) : rows,
  };
}

/** In order; each step's `to` is the next step's `from`. */
export const MATRIX_MIGRATIONS: readonly MatrixMigration[] = [{ from: 0, to: 1, migrate: fromDraft }];

/** Applies every step from `fromVersion` up to MATRIX_VERSION. */
export const migrateMatrixDocument = (saved: JsonObject, fromVersion: number): JsonObject =>
  runMigrations(MATRIX_MIGRATIONS, saved, fromVersion, MATRIX_VERSION);
