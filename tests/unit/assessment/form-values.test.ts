import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FORM,
  formShows,
  formValuesFor,
  readFormValues,
  withChange,
} from '../../../src/lib/assessment/form-values';
import { decodeAssessmentQuery } from '../../../src/lib/assessment/link-codec';

describe('the assessment form, read as a link', () => {
  it('forgives thousands separators and spaces in the head counts', () => {
    const read = readFormValues({ ...EMPTY_FORM, employees: '1,200', 'it-staff': ' 3 ' });
    expect(read.answers.employees).toBe(1200);
    expect(read.answers.itStaff).toBe(3);
  });

  it('reports a count it cannot use, so the field can say so', () => {
    const read = readFormValues({ ...EMPTY_FORM, employees: '12.5' });
    expect(read.answers.employees).toBeNull();
    expect(read.ignored.map((entry) => entry.param)).toEqual(['employees']);
  });

  it('lets "none of these" and the gaps exclude each other', () => {
    const some = withChange(withChange(EMPTY_FORM, 'needs', 'security'), 'needs', 'cloud');
    expect(some.needs).toEqual(['security', 'cloud']);
    expect(withChange(some, 'needs', 'none').needs).toEqual(['none']);
    expect(withChange(withChange(some, 'needs', 'none'), 'needs', 'projects').needs).toEqual(['projects']);
    expect(withChange(some, 'needs', 'security', false).needs).toEqual(['cloud']);
  });

  it('shows any answers a link can carry and reads them back unchanged', () => {
    const query = fc.record({
      employees: fc.integer({ min: 1, max: 100_000 }),
      staff: fc.integer({ min: 0, max: 50 }),
      needs: fc.constantFrom('none', 'after-hours', 'security,cloud', 'compliance,projects'),
      apps: fc.constantFrom('yes', 'no'),
      name: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(query, ({ employees, staff, needs, apps, name }) => {
        const { answers, preparedFor } = decodeAssessmentQuery(
          `v=1&employees=${employees}&it-staff=${staff}&needs=${needs}&custom-apps=${apps}&for=${encodeURIComponent(name)}`,
        );
        const values = formValuesFor(answers, preparedFor);
        expect(formShows(values, answers, preparedFor)).toBe(true);
        expect(readFormValues(values).answers).toEqual(answers);
      }),
    );
  });

  it('keeps what the reader typed when it already means the answers on record', () => {
    const typed = { ...EMPTY_FORM, employees: '1,200' };
    const { answers, preparedFor } = readFormValues(typed);
    expect(formShows(typed, answers, preparedFor)).toBe(true);
    expect(formShows(EMPTY_FORM, answers, preparedFor)).toBe(false);
  });
});
