/*
 * Apart from ./assessment.ts because the planner loads that store to read the saved answers
 * (tools/handoff-planner/assessment-plan.ts) and has no use for the scorer these bring.
 */
import { atom, computed } from 'nanostores';
import { scorableAnswers } from '../lib/assessment/answers';
import type { ScoringRules } from '../lib/assessment/rules-schema';
import { assessFit } from '../lib/assessment/score';
import { assessmentSharePath } from '../lib/assessment/share-link';
import { $assessment, EMPTY_ASSESSMENT } from './assessment';

/**
 * What the assessment shows, worked out once per change of `$assessment` for whatever reads it.
 * The rules are the page's (validated at build time, handed to the island as props), so each
 * island makes its own. Until `open()` they describe no answers, whatever this browser saved,
 * as the server rendered them: the first render in the browser then hydrates the server's
 * markup unchanged.
 */
export function assessmentResults(rules: ScoringRules) {
  const $opened = atom(false);
  const $shown = computed([$assessment, $opened], (state, opened) => (opened ? state : EMPTY_ASSESSMENT));
  /** The recommendation and its reasons, or null until both head counts are in. */
  const $result = computed($shown, ({ answers }) => {
    const scorable = scorableAnswers(answers);
    return scorable && { scorable, fit: assessFit(scorable, rules) };
  });
  return {
    $shown,
    $result,
    /** Where the share link points: the outcome's page with the answers in its query. */
    $sharePath: computed([$shown, $result], ({ answers, preparedFor }, result) =>
      assessmentSharePath(answers, preparedFor, result?.fit.recommendation ?? null),
    ),
    /** The page has decided what it opens with: from now on the results follow `$assessment`. */
    open: () => $opened.set(true),
  };
}

export type AssessmentResults = ReturnType<typeof assessmentResults>;
