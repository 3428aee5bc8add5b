/**
 * The rows every plan starts with: the slices of IT work from the assessment's split, then the
 * points where the two teams hand work to each other. Labels here are only defaults; a row
 * keeps its key when renamed, so the checks still find it.
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
 * The same wording as the assessment's split (src/data/assessment-copy.json; a test keeps them
 * equal). Copied rather than imported because that file is validated with zod, which the
 * planner's browser code must not load.
 */
export const FUNCTION_ROW_LABELS: Readonly<Record<FunctionId, string>> = {
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
};

export const HANDOFF_ROW_LABELS: Readonly<Record<HandoffKey, string>> = {
  'ticket-intake': 'Where users raise tickets',
  'incident-bridge': 'Incident bridge when a provider change breaks an internal system',
  'scope-review': 'Scope review',
  'exit-terms': 'Tools and data on exit',
  'end-user-relationship': 'Relationship with end users',
};

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

export const defaultLabelOf = (key: BuiltInKey): string =>
  isHandoffKey(key) ? HANDOFF_ROW_LABELS[key] : FUNCTION_ROW_LABELS[key];

/** Every built-in key in the order rows are listed: functions, then handoff points. */
export const BUILT_IN_KEYS: readonly BuiltInKey[] = [...FUNCTION_IDS, ...HANDOFF_KEYS];

/** Who usually holds a row (the guide's split): handoff defaults above, else by function. */
export const usualOwnerOf = (key: BuiltInKey): Owner =>
  isHandoffKey(key)
    ? HANDOFF_DEFAULT_OWNERS[key]
    : (ALWAYS_INTERNAL as readonly FunctionId[]).includes(key)
      ? 'internal'
      : 'msp';
