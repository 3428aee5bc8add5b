import { persistentAtom } from '@nanostores/persistent';
import { EMPTY_ESTIMATE_STATE, type EstimatorState } from '../lib/pricing/estimator-state';
import type { EstimatorInputs } from '../lib/pricing/inputs';
import { decodeEstimatorQuery, encodeEstimatorQuery } from '../lib/pricing/link-codec';
import { STORAGE_KEYS } from '../lib/tools/storage-keys';
import { $storageWorks, storage } from './storage';

export { $storageWorks };

/**
 * The estimator's inputs, stored in the same versioned format as its share links, so a
 * corrupt or outdated entry goes through the same validation as a hostile link.
 */
export const $estimator = persistentAtom<EstimatorState>(STORAGE_KEYS.estimator, EMPTY_ESTIMATE_STATE, {
  encode: (state) => encodeEstimatorQuery(state.inputs, state.preparedFor),
  decode: (stored) => {
    const decoded = decodeEstimatorQuery(typeof stored === 'string' ? stored : '');
    return { inputs: decoded.inputs, preparedFor: decoded.preparedFor };
  },
});

/**
 * The fit assessment's answers as its store saved them (its link format), or undefined. Read
 * raw: this page does not load the assessment's store, which would bring its link codec along.
 */
export function savedAssessment(): string | undefined {
  return storage[STORAGE_KEYS.assessment];
}

export function updateEstimate(change: Partial<EstimatorInputs>) {
  const state = $estimator.get();
  $estimator.set({ ...state, inputs: { ...state.inputs, ...change } });
}

export function setEstimatePreparedFor(name: string | null) {
  $estimator.set({ ...$estimator.get(), preparedFor: name });
}

export function resetEstimate() {
  $estimator.set(EMPTY_ESTIMATE_STATE);
}
