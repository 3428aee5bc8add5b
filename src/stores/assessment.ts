import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { EMPTY_ANSWERS, type AssessmentAnswers } from '../lib/assessment/answers';
import { decodeAssessmentQuery, encodeAssessmentQuery } from '../lib/assessment/link-codec';
import { browserLocalStorage, createSafeStorage } from './safe-storage';

/** False once the browser refused to store something: the UI then suggests keeping the link. */
export const $storageWorks = atom(true);

setPersistentEngine(
  createSafeStorage(browserLocalStorage, () => $storageWorks.set(false)),
  typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents,
);

export interface AssessmentState {
  answers: AssessmentAnswers;
  preparedFor: string | null;
}

const EMPTY_STATE: AssessmentState = { answers: { ...EMPTY_ANSWERS, needs: [] }, preparedFor: null };

/**
 * The assessment, kept in storage in the same versioned format as share links, so whatever a
 * corrupt or outdated entry holds goes through the same validation a hostile link does.
 */
export const $assessment = persistentAtom<AssessmentState>('co-managed-it:assessment', EMPTY_STATE, {
  encode: (state) => encodeAssessmentQuery(state.answers, state.preparedFor),
  decode: (stored) => {
    const { answers, preparedFor } = decodeAssessmentQuery(typeof stored === 'string' ? stored : '');
    return { answers, preparedFor };
  },
});

export function updateAnswers(change: Partial<AssessmentAnswers>) {
  const state = $assessment.get();
  $assessment.set({ ...state, answers: { ...state.answers, ...change } });
}

export function setPreparedFor(name: string | null) {
  $assessment.set({ ...$assessment.get(), preparedFor: name });
}

export function startOver() {
  $assessment.set(EMPTY_STATE);
}
