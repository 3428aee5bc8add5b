import fc from 'fast-check';
import { IT_ROLES, NEEDS, PROVIDER_ROLES, type CompleteAnswers, type Need } from '../../../src/lib/assessment/answers';

/** Every subset of the needs, from none to all five. */
export const NEED_SUBSETS: Need[][] = Array.from({ length: 2 ** NEEDS.length }, (_, mask) =>
  NEEDS.filter((_, bit) => mask & (2 ** bit)),
);

/** Headcounts on both sides of every threshold the rules use, plus the extremes. */
export const EMPLOYEE_SAMPLES = [1, 30, 49, 50, 74, 75, 99, 100, 250, 1500, 100_000];
export const IT_STAFF_SAMPLES = [0, 1, 2, 3, 5, 6, 12, 10_000];

export function* everyProfile(): Generator<CompleteAnswers> {
  for (const employees of EMPLOYEE_SAMPLES)
    for (const itStaff of IT_STAFF_SAMPLES)
      for (const needs of NEED_SUBSETS)
        for (const customApps of [true, false])
          for (const itIs of IT_ROLES)
            for (const mspIs of PROVIDER_ROLES) yield { employees, itStaff, needs, customApps, itIs, mspIs };
}

export const completeAnswers: fc.Arbitrary<CompleteAnswers> = fc.record({
  employees: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(...EMPLOYEE_SAMPLES)),
  itStaff: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 8 })),
  needs: fc.subarray([...NEEDS]),
  customApps: fc.boolean(),
  itIs: fc.constantFrom(...IT_ROLES),
  mspIs: fc.constantFrom(...PROVIDER_ROLES),
});
