/**
 * The ids the assessment's data files and the other tools share: slices of IT work and the
 * handoff risks. Plain lists with no imports, so schemas and logic can both depend on them.
 */

/** Work clients almost never hand over, whatever the contract says. */
export const ALWAYS_INTERNAL = [
  'strategy-budget',
  'user-facing-it',
  'line-of-business-apps',
  'compliance-ownership',
  'vendor-relationships',
] as const;

/**
 * Work an MSP can own. Which gap hands which of these over is data, in src/data/gap-to-work.json,
 * read by the split, the estimator and the planner alike (see src/lib/work/work-by-gap.ts).
 */
export const MSP_CAPABLE = [
  'after-hours-tier1',
  'patching-rmm',
  'backup-dr',
  'security-operations',
  'cloud-platform',
  'compliance-evidence',
  'project-capacity',
] as const;

export type MspCapableFunction = (typeof MSP_CAPABLE)[number];

/** Stable ids for slices of IT work; the handoff planner stores and links these, so never rename one. */
export type FunctionId = (typeof ALWAYS_INTERNAL)[number] | MspCapableFunction;
export const FUNCTION_IDS: readonly FunctionId[] = [...ALWAYS_INTERNAL, ...MSP_CAPABLE];

/** The three ways a co-managed handoff usually breaks. */
export const HANDOFF_RISK_IDS = ['double-ticket-loop', 'incident-ownership', 'scope-drift'] as const;
export type HandoffRiskId = (typeof HANDOFF_RISK_IDS)[number];
