import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { estimatePricing, suggestPricingModel } from '../lib/pricing/estimate';
import { EMPTY_ESTIMATE_STATE, estimateQuery, type EstimatorState } from '../lib/pricing/estimator-state';
import { completeInputs, type EstimatorInputs } from '../lib/pricing/inputs';
import type { RateCard } from '../lib/pricing/rate-card-schema';
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

/**
 * What the estimator shows, each part worked out once per change of `$estimator` for whatever
 * reads it. The rate card and locale are the page's (validated at build time, handed to the
 * island as props), so each island makes its own. Until `open()` they describe the starting
 * inputs, whatever this browser saved, as the server rendered them: the first render in the
 * browser then hydrates the server's markup unchanged.
 */
export function estimateResults(card: RateCard, locale: string) {
  const $opened = atom(false);
  const $shown = computed([$estimator, $opened], (state, opened) => (opened ? state : EMPTY_ESTIMATE_STATE));
  const $inputs = computed($shown, ({ inputs }) => completeInputs(inputs, card));
  return {
    $shown,
    $inputs,
    $estimate: computed($inputs, (inputs) => estimatePricing(inputs, card, { locale })),
    $suggestion: computed($inputs, (inputs) => suggestPricingModel(inputs, card, { locale })),
    /** The share link's query, every input filled in: what the address bar shows. */
    $shareQuery: computed($shown, (state) => estimateQuery(state, card)),
    /** The page has decided what it opens with: from now on the results follow `$estimator`. */
    open: () => $opened.set(true),
  };
}

export type EstimateResults = ReturnType<typeof estimateResults>;
