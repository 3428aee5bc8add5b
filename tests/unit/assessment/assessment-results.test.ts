/*
 * The assessment's derived results (stores/assessment-results.ts) as the island reads them: the
 * recommendation and share link a reader sees change as the answers change through the store.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type AssessmentAnswers } from '../../../src/lib/assessment/answers';
import { $assessment, setAssessment, startOver } from '../../../src/stores/assessment';
import { assessmentResults } from '../../../src/stores/assessment-results';
import { engineRules } from '../../support/assessment-engine-rules';

const answers = (employees: number, itStaff: number): AssessmentAnswers => ({
  ...EMPTY_ANSWERS,
  employees,
  itStaff,
  needs: ['after-hours'],
  needsAnswered: true,
  customApps: false,
  itIs: 'capability',
  mspIs: 'partner',
});

/** The results as the island has them once the page has opened. */
function opened() {
  const results = assessmentResults(engineRules);
  results.open();
  return results;
}

beforeEach(() => startOver());

describe('the assessment results', () => {
  it('show no result until both head counts are in, and the share link points at the landing page', () => {
    const { $result, $sharePath } = opened();
    expect($result.get()).toBeNull();
    setAssessment({ ...EMPTY_ANSWERS, employees: 150 }, null);
    expect($result.get()).toBeNull();
    expect($sharePath.get()).toMatch(/^\/assessment\/\?/);
  });

  it('recommend again when an answer changes, and the share link follows to the outcome page', () => {
    const { $result, $sharePath } = opened();
    const seen: (string | undefined)[] = [];
    const stop = $result.listen((result) => seen.push(result?.fit.recommendation));
    setAssessment(answers(150, 0), 'Acme');
    setAssessment(answers(150, 1), 'Acme');
    stop();
    // Nobody in IT: the MSP runs it all; someone in IT: the two share it.
    expect(seen).toEqual(['fully-managed', 'co-managed']);
    expect($sharePath.get()).toMatch(/^\/assessment\/co-managed\/\?.*it-staff=1/);
    expect($sharePath.get()).toContain('for=Acme');
  });

  it('drop the result when the reader starts over', () => {
    const { $result, $sharePath } = opened();
    setAssessment(answers(150, 1), null);
    expect($result.get()?.scorable.employees).toBe(150);
    startOver();
    expect($result.get()).toBeNull();
    expect($sharePath.get()).toMatch(/^\/assessment\/\?/);
  });

  it('show no answers until the page opens, whatever this browser saved, as the server did', () => {
    $assessment.set({ answers: answers(150, 1), preparedFor: null });
    const results = assessmentResults(engineRules);
    expect(results.$result.get()).toBeNull();
    results.open();
    expect(results.$result.get()?.fit.recommendation).toBe('co-managed');
  });
});
