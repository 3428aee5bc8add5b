import { describe, expect, it } from 'vitest';
import { describeAnswer, givenAnswers } from '../../../src/lib/assessment/answer-labels';
import type { CompleteAnswers } from '../../../src/lib/assessment/answers';
import { assessmentCopy as copy } from '../../../src/lib/assessment/copy';

const answers: CompleteAnswers = {
  employees: 1500,
  itStaff: 1,
  needs: ['after-hours', 'security', 'compliance'],
  customApps: true,
  itIs: 'cost-center',
  mspIs: 'cost-lever',
};
const describe_ = (key: keyof CompleteAnswers, changes: Partial<CompleteAnswers> = {}) =>
  describeAnswer(key, { ...answers, ...changes }, copy, 'en-US');

describe('answers in words', () => {
  it('counts people in the reader’s locale, one or many', () => {
    expect(describe_('employees')).toBe('1,500 employees');
    expect(describe_('employees', { employees: 1 })).toBe('1 employee');
    expect(describeAnswer('employees', answers, copy, 'de-DE')).toBe('1.500 employees');
    expect(describe_('itStaff')).toBe('1 internal IT person');
    expect(describe_('itStaff', { itStaff: 0 })).toBe('no internal IT staff');
    expect(describe_('itStaff', { itStaff: 4 })).toBe('4 internal IT people');
  });

  it('lists the gaps, or says there are none', () => {
    expect(describe_('needs')).toBe('gaps: after-hours coverage, security and compliance evidence');
    expect(describe_('needs', { needs: [] })).toBe('no gaps to cover');
  });

  it('names the choices', () => {
    expect(describe_('customApps')).toBe('custom systems that need insider knowledge');
    expect(describe_('customApps', { customApps: false })).toBe('no custom systems');
    expect(describe_('itIs')).toBe('IT seen as a cost center');
    expect(describe_('mspIs', { mspIs: 'partner' })).toBe('a provider treated as a partner');
  });

  it('gives the answers in short in the order of the questions, leaving out the unanswered', () => {
    expect(givenAnswers(answers, copy, 'en-US')).toEqual([
      '1,500 employees',
      '1 internal IT person',
      'gaps: after-hours coverage, security and compliance evidence',
      'custom systems that need insider knowledge',
      'IT seen as a cost center',
      'a provider treated as a cost to cut',
    ]);
    expect(
      givenAnswers(
        { employees: 40, itStaff: 0, needs: null, customApps: null, itIs: null, mspIs: null },
        copy,
        'en-US',
      ),
    ).toEqual(['40 employees', 'no internal IT staff']);
  });
});
