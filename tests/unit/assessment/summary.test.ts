import { describe, expect, it } from 'vitest';
import type { ScorableAnswers } from '../../../src/lib/assessment/answers';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { assessFit } from '../../../src/lib/assessment/score';
import { assessmentMessage } from '../../../src/lib/assessment/summary';

const copy = assessmentRules.copy;
const LINK = 'https://it.example.com/assessment/co-managed/?v=1&employees=120';
const answers: ScorableAnswers = {
  employees: 120,
  itStaff: 2,
  needs: ['after-hours', 'security'],
  customApps: null,
  itIs: null,
  mspIs: null,
};

describe('the assessment in a message to the MSP', () => {
  it('gives the recommendation with its score and the answers given, and carries the link', () => {
    const fit = assessFit(answers, assessmentRules);
    const message = assessmentMessage(answers, fit, null, copy, 'en-US', LINK);
    expect(message.summary).toContain(copy.headlines[fit.recommendation]);
    expect(message.summary).toContain(`${fit.scores[fit.recommendation]} out of 100`);
    expect(message.summary).toContain('120 employees');
    expect(message.summary.split('\n')).toHaveLength(1);
    expect(message.subject).toBe(`Fit assessment: ${copy.models[fit.recommendation]} IT`);
    expect(message.link).toBe(LINK);
  });

  it('names who it was prepared for in the subject and on a first line of its own', () => {
    const fit = assessFit(answers, assessmentRules);
    const message = assessmentMessage(answers, fit, 'Acme Freight', copy, 'en-US', LINK);
    expect(message.subject).toContain('Acme Freight');
    expect(message.summary.split('\n')[0]).toContain('Acme Freight');
  });
});
