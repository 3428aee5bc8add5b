import { describe, expect, it } from 'vitest';
import {
  countAnswered,
  EMPTY_ANSWERS,
  isComplete,
  QUESTION_COUNT,
  type AssessmentAnswers,
} from '../../../src/lib/assessment/answers';

const complete: AssessmentAnswers = {
  employees: 120,
  itStaff: 2,
  needs: ['security'],
  needsAnswered: true,
  customApps: false,
  itIs: 'capability',
  mspIs: 'partner',
};

describe('progress through the assessment', () => {
  it('starts with nothing answered', () => {
    expect(countAnswered(EMPTY_ANSWERS)).toBe(0);
    expect(isComplete(EMPTY_ANSWERS)).toBe(false);
  });

  it('counts each of the six questions once', () => {
    expect(QUESTION_COUNT).toBe(6);
    expect(countAnswered(complete)).toBe(QUESTION_COUNT);
    expect(countAnswered({ ...EMPTY_ANSWERS, employees: 40, customApps: false })).toBe(2);
  });

  it('counts "none of these" as an answer to the needs question', () => {
    const noneOfThese = { ...EMPTY_ANSWERS, needs: [], needsAnswered: true };
    expect(countAnswered(noneOfThese)).toBe(1);
    expect(isComplete({ ...complete, needs: [], needsAnswered: true })).toBe(true);
    expect(isComplete({ ...complete, needs: [], needsAnswered: false })).toBe(false);
  });

  it('treats "no" and zero IT staff as answers, not gaps', () => {
    expect(isComplete({ ...complete, customApps: false, itStaff: 0 })).toBe(true);
  });

  it('does not call out-of-range numbers complete', () => {
    expect(isComplete({ ...complete, employees: 0 })).toBe(false);
    expect(isComplete({ ...complete, employees: 100_001 })).toBe(false);
    expect(isComplete({ ...complete, itStaff: 2.5 })).toBe(false);
    expect(isComplete({ ...complete, itStaff: -1 })).toBe(false);
  });

  it('refuses to let the shared empty answers be changed in place', () => {
    expect(() => EMPTY_ANSWERS.needs.push('cloud')).toThrow();
    expect(EMPTY_ANSWERS.needs).toEqual([]);
  });
});
