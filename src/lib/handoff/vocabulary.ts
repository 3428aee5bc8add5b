/**
 * The closed sets of values a matrix row may hold. Files and links store these strings, so an
 * existing value is never renamed; a new one needs a new format version only if old readers
 * would misread it.
 */

export const OWNERS = ['internal', 'msp', 'shared', 'unassigned'] as const;
export type Owner = (typeof OWNERS)[number];

/** A function is a slice of IT work; a handoff point is where the two teams meet. */
export const ROW_KINDS = ['function', 'handoff'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Stable keys of the built-in handoff rows; the checks find their rows by these. */
export const HANDOFF_KEYS = [
  'ticket-intake',
  'incident-bridge',
  'scope-review',
  'exit-terms',
  'end-user-relationship',
] as const;
export type HandoffKey = (typeof HANDOFF_KEYS)[number];

/** '' is "not agreed yet", which is what the scope-drift check looks for. */
export const REVIEW_CADENCES = ['', 'monthly', 'quarterly', 'twice-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** The gaps the planner checks a plan for; the copy file words each one, so never rename one. */
export const CHECK_IDS = [
  'unowned',
  'shared-without-lead',
  'multiple-intake-channels',
  'no-escalation-chain',
  'no-scope-review',
  'no-exit-terms',
  'provider-owns-end-users',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isOwner = isOneOf(OWNERS);
export const isRowKind = isOneOf(ROW_KINDS);
export const isHandoffKey = isOneOf(HANDOFF_KEYS);
export const isReviewCadence = isOneOf(REVIEW_CADENCES);
