/*
 * The estimator's vocabulary and limits, as plain constants. Browser code imports them,
 * so this file must stay free of zod and of the rate card: the schema imports from here,
 * never the other way round (tests/unit/pricing/client-safe-imports.test.ts checks it).
 */

/**
 * What the MSP can own, beyond the tier-1 help desk that every estimate includes, in the order
 * the page lists them. Share links carry these ids, so never rename one; `cloud` and
 * `compliance` came later, and an id added between the older ones changes no existing link,
 * because links list scope in this order and the older ids keep theirs.
 */
export const SCOPES = ['after-hours', 'patching', 'backup', 'security', 'cloud', 'compliance', 'projects'] as const;
export type Scope = (typeof SCOPES)[number];

/** Inclusive bounds for one numeric input. */
export interface InputLimit {
  readonly min: number;
  readonly max: number;
}

/** Bounds for every estimator input; outside them the figures stop meaning anything. */
export const INPUT_LIMITS = {
  users: { min: 1, max: 100_000 },
  devices: { min: 1, max: 1_000_000 },
  hoursPerMonth: { min: 0, max: 2_000 },
  termYears: { min: 1, max: 3 },
  // The facts describe annual adjustments, not repricing; above 25% a year it is a new contract.
  annualAdjustmentPercent: { min: 0, max: 25 },
} as const satisfies Record<string, InputLimit>;
