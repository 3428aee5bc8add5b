/** What a visitor tells the fit assessment, and how far along they are. */

export const NEEDS = ['after-hours', 'security', 'cloud', 'compliance', 'projects'] as const;
export type Need = (typeof NEEDS)[number];

export const NEED_LABELS: Readonly<Record<Need, string>> = {
  'after-hours': 'after-hours coverage',
  security: 'security',
  cloud: 'cloud skills',
  compliance: 'compliance evidence',
  projects: 'project capacity',
};

export type ItRole = 'capability' | 'cost-center';
export type ProviderRole = 'partner' | 'cost-lever';
export const IT_ROLES: readonly ItRole[] = ['capability', 'cost-center'];
export const PROVIDER_ROLES: readonly ProviderRole[] = ['partner', 'cost-lever'];

/** `null` means "not answered yet". */
export interface AssessmentAnswers {
  employees: number | null;
  itStaff: number | null;
  needs: Need[];
  /** "None of these" is a real answer, so an empty `needs` alone cannot say whether it was asked. */
  needsAnswered: boolean;
  customApps: boolean | null;
  itIs: ItRole | null;
  mspIs: ProviderRole | null;
}

/** Every question answered: the shape the scoring works on. */
export interface CompleteAnswers {
  employees: number;
  itStaff: number;
  needs: readonly Need[];
  customApps: boolean;
  itIs: ItRole;
  mspIs: ProviderRole;
}

export type AnswerKey = keyof CompleteAnswers;

export const EMPLOYEE_LIMITS = { min: 1, max: 100_000 } as const;
export const IT_STAFF_LIMITS = { min: 0, max: 10_000 } as const;

export const QUESTION_COUNT = 6;

const noNeeds: Need[] = [];
Object.freeze(noNeeds);

/** Frozen so that a caller who mutates it instead of copying fails loudly. */
export const EMPTY_ANSWERS: Readonly<AssessmentAnswers> = Object.freeze({
  employees: null,
  itStaff: null,
  needs: noNeeds,
  needsAnswered: false,
  customApps: null,
  itIs: null,
  mspIs: null,
});

function isWholeNumberWithin(value: number, limits: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= limits.min && value <= limits.max;
}

export function isValidEmployees(value: number): boolean {
  return isWholeNumberWithin(value, EMPLOYEE_LIMITS);
}

export function isValidItStaff(value: number): boolean {
  return isWholeNumberWithin(value, IT_STAFF_LIMITS);
}

/** How many of the QUESTION_COUNT questions have an answer, for the progress indicator. */
export function countAnswered(answers: Readonly<AssessmentAnswers>): number {
  return [
    answers.employees !== null,
    answers.itStaff !== null,
    answers.needsAnswered,
    answers.customApps !== null,
    answers.itIs !== null,
    answers.mspIs !== null,
  ].filter(Boolean).length;
}

/** True when every question has an answer the scoring can use (numbers within their limits). */
export function isComplete(
  answers: Readonly<AssessmentAnswers>,
): answers is Readonly<AssessmentAnswers> & CompleteAnswers {
  return (
    answers.employees !== null &&
    isValidEmployees(answers.employees) &&
    answers.itStaff !== null &&
    isValidItStaff(answers.itStaff) &&
    answers.needsAnswered &&
    answers.customApps !== null &&
    answers.itIs !== null &&
    answers.mspIs !== null
  );
}

/** Needs without repeats, in the order NEEDS lists them, so equal sets compare and encode equally. */
export function canonicalNeeds(needs: Iterable<Need>): Need[] {
  const chosen = new Set(needs);
  return NEEDS.filter((need) => chosen.has(need));
}
