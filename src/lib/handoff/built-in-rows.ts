/**
 * The rows every plan starts with: the slices of IT work from the assessment's split, then the
 * points where the two teams hand work to each other. A row keeps its key when renamed, so the
 * checks still find it; its name comes from the data files (RowNames).
 */
import { ALWAYS_INTERNAL, FUNCTION_IDS, type FunctionId } from '../assessment/split';
import { HANDOFF_KEYS, isHandoffKey, type HandoffKey, type Owner, type RowKind } from './vocabulary';

export type BuiltInKey = FunctionId | HandoffKey;

/**
 * The functions a plan lists even without an assessment. Cloud platform depth and the
 * compliance evidence library join only when the assessment hands them to the MSP: kept
 * in-house they are not a handoff, just work the team already does.
 */
export const DEFAULT_FUNCTION_IDS: readonly FunctionId[] = [
  'strategy-budget',
  'user-facing-it',
  'line-of-business-apps',
  'compliance-ownership',
  'vendor-relationships',
  'after-hours-tier1',
  'patching-rmm',
  'backup-dr',
  'security-operations',
  'project-capacity',
];

/**
 * What the planner calls its rows, from the data files (never from code): the functions as the
 * assessment's split words them (src/data/assessment-copy.json, split.labels), the handoff points
 * and the names of added or unnamed rows from src/data/handoff-planner-copy.json (rowNames).
 * The page validates both at build time and passes them in; see docs/decisions/0004.
 */
export interface RowNames {
  functions: Readonly<Record<FunctionId, string>>;
  handoffPoints: Readonly<Record<HandoffKey, string>>;
  /** A row added on the page, until it is renamed. */
  added: Readonly<Record<RowKind, string>>;
  /** A custom row read from a file or link that gave it no label. */
  untitled: string;
}

/**
 * Starting owners of the handoff rows. The client keeps the contract-side rows and the users;
 * the incident bridge needs both teams, and leaving its lead blank makes the planner ask.
 */
export const HANDOFF_DEFAULT_OWNERS: Readonly<Record<HandoffKey, Owner>> = {
  'ticket-intake': 'internal',
  'incident-bridge': 'shared',
  'scope-review': 'internal',
  'exit-terms': 'internal',
  'end-user-relationship': 'internal',
};

export const isFunctionId = (value: unknown): value is FunctionId =>
  typeof value === 'string' && (FUNCTION_IDS as readonly string[]).includes(value);

export const isBuiltInKey = (value: unknown): value is BuiltInKey => isFunctionId(value) || isHandoffKey(value);

export const kindOfKey = (key: BuiltInKey): RowKind => (isHandoffKey(key) ? 'handoff' : 'function');

/** The built-in row's name now: a row whose label is this name was never renamed. */
export const builtInName = (names: RowNames, key: BuiltInKey): string =>
  isHandoffKey(key) ? names.handoffPoints[key] : names.functions[key];

/** Every built-in key in the order rows are listed: functions, then handoff points. */
export const BUILT_IN_KEYS: readonly BuiltInKey[] = [...FUNCTION_IDS, ...HANDOFF_KEYS];

/** Who usually holds a row (the guide's split): handoff defaults above, else by function. */
export const usualOwnerOf = (key: BuiltInKey): Owner =>
  isHandoffKey(key)
    ? HANDOFF_DEFAULT_OWNERS[key]
    : (ALWAYS_INTERNAL as readonly FunctionId[]).includes(key)
      ? 'internal'
      : 'msp';
