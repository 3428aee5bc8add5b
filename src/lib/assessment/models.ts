/** The three ways to run IT that the assessment weighs against each other. */

export const MODELS = ['in-house', 'co-managed', 'fully-managed'] as const;
export type Model = (typeof MODELS)[number];

/**
 * Which model wins when two score exactly the same. Co-managed comes last: it fails more often
 * than the other two because its boundary is invented anew in every contract, so it should win
 * only when it is clearly ahead. In-house comes before fully managed because keeping an existing
 * team is the smaller change.
 */
export const TIE_BREAK_ORDER: readonly Model[] = ['in-house', 'fully-managed', 'co-managed'];
