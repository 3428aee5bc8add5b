/* What the estimator keeps between visits and writes into its share link. Browser code imports it. */
import { completeInputs, type EstimatorInputs } from './inputs';
import { encodeEstimatorQuery, sanitizePreparedFor } from './link-codec';
import type { RateCard } from './rate-card-schema';

export interface EstimatorState {
  /** What the reader, a link or the assessment set; completeInputs fills the rest. */
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
}

export const EMPTY_ESTIMATE_STATE: EstimatorState = Object.freeze({ inputs: Object.freeze({}), preparedFor: null });

/** True when this browser holds estimator inputs from an earlier visit. */
export function hasSavedEstimate(state: EstimatorState): boolean {
  return Object.keys(state.inputs).length > 0 || state.preparedFor !== null;
}

/**
 * The share link's query (without `?`) for a state, every input filled in: what the address bar
 * shows. Two states are the same estimate when they make the same query.
 */
export function estimateQuery({ inputs, preparedFor }: EstimatorState, card: RateCard): string {
  return encodeEstimatorQuery(completeInputs(inputs, card), sanitizePreparedFor(preparedFor));
}
