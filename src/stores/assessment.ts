import { persistentAtom } from '@nanostores/persistent';
import { EMPTY_ANSWERS, type AssessmentAnswers } from '../lib/assessment/answers';
import { decodeAssessmentQuery, encodeAssessmentQuery } from '../lib/assessment/link-codec';
import { STORAGE_KEYS } from '../lib/tools/storage-keys';

export interface AssessmentState {
  answers: AssessmentAnswers;
  preparedFor: string | null;
}

export const EMPTY_ASSESSMENT: AssessmentState = { answers: { ...EMPTY_ANSWERS, needs: [] }, preparedFor: null };

/**
 * The assessment, kept in storage in the same versioned format as share links, so whatever a
 * corrupt or outdated entry holds goes through the same validation a hostile link does.
 */
export const $assessment = persistentAtom<AssessmentState>(STORAGE_KEYS.assessment, EMPTY_ASSESSMENT, {
  encode: (state) => encodeAssessmentQuery(state.answers, state.preparedFor),
  decode: (stored) => {
    const { answers, preparedFor } = decodeAssessmentQuery(typeof stored === 'string' ? stored : '');
    return { answers, preparedFor };
  },
});

/** The reader's answers and name, as the form or a link gives them. */
export function setAssessment(answers: AssessmentAnswers, preparedFor: string | null) {
  $assessment.set({ answers, preparedFor });
}

export function startOver() {
  $assessment.set(EMPTY_ASSESSMENT);
}
