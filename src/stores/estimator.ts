import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { EstimatorInputs } from '../lib/pricing/inputs';
import { decodeEstimatorQuery, encodeEstimatorQuery } from '../lib/pricing/link-codec';
import { ASSESSMENT_STORAGE_KEY } from '../lib/pricing/assessment-prefill';
import { browserLocalStorage, createSafeStorage } from './safe-storage';

/** False once the browser refused to store something: the page then suggests keeping the link. */
export const $storageWorks = atom(true);

/*
 * The same safe engine the assessment's store installs (src/stores/assessment.ts). The estimator
 * page does not load that store, which would bring the assessment's link codec with it; it reads
 * the saved assessment straight from this engine instead (savedAssessment below).
 */
const storage = createSafeStorage(browserLocalStorage, () => $storageWorks.set(false));
setPersistentEngine(
  storage,
  typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents,
);

export interface EstimatorState {
  /** What the reader, a link or the assessment set; completeInputs fills the rest. */
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
}

export const EMPTY_ESTIMATE_STATE: EstimatorState = Object.freeze({ inputs: Object.freeze({}), preparedFor: null });

/**
 * The estimator's inputs, stored in the same versioned format as its share links, so a
 * corrupt or outdated entry goes through the same validation as a hostile link.
 */
export const $estimator = persistentAtom<EstimatorState>('co-managed-it:estimator', EMPTY_ESTIMATE_STATE, {
  encode: (state) => encodeEstimatorQuery(state.inputs, state.preparedFor),
  decode: (stored) => {
    const decoded = decodeEstimatorQuery(typeof stored === 'string' ? stored : '');
    return { inputs: decoded.inputs, preparedFor: decoded.preparedFor };
  },
});

/** The fit assessment's answers as its store saved them (its link format), or undefined. */
export function savedAssessment(): string | undefined {
  return storage[ASSESSMENT_STORAGE_KEY];
}

/** True when this browser holds estimator inputs from an earlier visit. */
export function hasSavedEstimate(state: EstimatorState): boolean {
  return Object.keys(state.inputs).length > 0 || state.preparedFor !== null;
}

export function updateEstimate(change: Partial<EstimatorInputs>) {
  const state = $estimator.get();
  $estimator.set({ ...state, inputs: { ...state.inputs, ...change } });
}

export function setEstimatePreparedFor(name: string | null) {
  $estimator.set({ ...$estimator.get(), preparedFor: name });
}
