import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, NEEDS, type AssessmentAnswers } from '../../../src/lib/assessment/answers';
import { decodeAssessmentQuery, encodeAssessmentQuery } from '../../../src/lib/assessment/link-codec';
import { inputsFromAssessment, readSavedAssessment } from '../../../src/lib/pricing/assessment-prefill';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { scopeByGap } from '../../../src/lib/work/work-by-gap';

const SCOPE_BY_GAP = scopeByGap(gapToWork);

/** What the estimator used to start from when it loaded the assessment's store and codec. */
function startFromFullCodec(stored: string) {
  const { answers, preparedFor } = decodeAssessmentQuery(stored);
  if (answers.employees === null && !answers.needsAnswered) return null;
  return {
    inputs: inputsFromAssessment(
      { employees: answers.employees ?? Number.NaN, needs: answers.needs },
      rateCard,
      SCOPE_BY_GAP,
    ),
    preparedFor,
  };
}

function startFromPrefill(stored: string) {
  const saved = readSavedAssessment(stored);
  return (
    saved && { inputs: inputsFromAssessment(saved.answers, rateCard, SCOPE_BY_GAP), preparedFor: saved.preparedFor }
  );
}

const savedAnswers: fc.Arbitrary<AssessmentAnswers> = fc.record({
  employees: fc.option(fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(1, 49, 50, 100_000))),
  itStaff: fc.option(fc.integer({ min: 0, max: 10_000 })),
  needs: fc.subarray([...NEEDS]),
  needsAnswered: fc.boolean(),
  customApps: fc.option(fc.boolean()),
  itIs: fc.option(fc.constantFrom('capability' as const, 'cost-center' as const)),
  mspIs: fc.option(fc.constantFrom('partner' as const, 'cost-lever' as const)),
});

describe('starting the estimator from the saved fit assessment', () => {
  it('starts exactly where the full assessment codec would, for anything the assessment saves', () => {
    fc.assert(
      fc.property(savedAnswers, fc.option(fc.string({ maxLength: 90 })), (answers, name) => {
        const stored = encodeAssessmentQuery(answers, name);
        expect(startFromPrefill(stored)).toEqual(startFromFullCodec(stored));
      }),
    );
  });

  it('takes users from the head count and scope from the gaps chosen', () => {
    const saved = readSavedAssessment('v=1&employees=300&it-staff=2&needs=compliance&custom-apps=no&for=Acme%20Ltd');
    expect(saved).not.toBeNull();
    const inputs = inputsFromAssessment(saved!.answers, rateCard, SCOPE_BY_GAP);
    expect(inputs.users).toBe(300);
    expect(inputs.scope).toEqual(['backup', 'compliance']);
    expect(saved!.preparedFor).toBe('Acme Ltd');
  });

  it('reads "none of these" as tier-1 help only, and a head count alone with the default hours and term', () => {
    const none = readSavedAssessment('v=1&needs=none');
    expect(inputsFromAssessment(none!.answers, rateCard, SCOPE_BY_GAP).scope).toEqual([]);
    const headcount = inputsFromAssessment(readSavedAssessment('v=1&employees=40')!.answers, rateCard, SCOPE_BY_GAP);
    expect(headcount).toMatchObject({ users: 40, scope: [], hoursPerMonth: defaultInputsFrom(rateCard).hoursPerMonth });
  });

  it('leaves the estimator on its defaults when nothing usable was saved', () => {
    for (const stored of [
      undefined,
      '',
      'v=1',
      'v=1&it-staff=2&custom-apps=yes',
      'v=1&employees=0',
      'v=1&employees=abc',
      42,
    ]) {
      expect(readSavedAssessment(stored), String(stored)).toBeNull();
    }
    expect(readSavedAssessment(encodeAssessmentQuery(EMPTY_ANSWERS))).toBeNull();
  });
});
