/** What a visitor tells the fit assessment, and how far along they are. */

export const NEEDS = ['after-hours', 'security', 'cloud', 'compliance', 'projects'] as const;
export type Need = (typeof NEEDS)[number];

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

/**
 * What the assessment can decide from: both head counts known, any other answer possibly still
 * missing (`null`). An unanswered question adds nothing to any model.
 */
export interface ScorableAnswers {
  employees: number;
  itStaff: number;
  needs: readonly Need[] | null;
  customApps: boolean | null;
  itIs: ItRole | null;
  mspIs: ProviderRole | null;
}

/** The questions besides the two head counts, which a result can come without. */
export const OPTIONAL_ANSWER_KEYS = ['needs', 'customApps', 'itIs', 'mspIs'] as const;
export type OptionalAnswerKey = (typeof OPTIONAL_ANSWER_KEYS)[number];

export interface Limits {
  min: number;
  max: number;
}
export const EMPLOYEE_LIMITS: Limits = { min: 1, max: 100_000 };
export const IT_STAFF_LIMITS: Limits = { min: 0, max: 10_000 };

export const QUESTION_COUNT = 6;

/** Frozen, needs included, so that a caller who mutates it instead of copying fails loudly. */
export const EMPTY_ANSWERS: Readonly<AssessmentAnswers> = /* @__PURE__ */ Object.freeze({
  employees: null,
  itStaff: null,
  needs: /* @__PURE__ */ Object.freeze([]) as unknown as Need[],
  needsAnswered: false,
  customApps: null,
  itIs: null,
  mspIs: null,
});

export const isWithin = (value: number, { min, max }: Limits): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

export const isValidEmployees = (value: number): boolean => isWithin(value, EMPLOYEE_LIMITS);
export const isValidItStaff = (value: number): boolean => isWithin(value, IT_STAFF_LIMITS);

/** How many of the QUESTION_COUNT questions have an answer, for the progress indicator. */
export const countAnswered = (a: Readonly<AssessmentAnswers>): number =>
  [a.employees, a.itStaff, a.needsAnswered || null, a.customApps, a.itIs, a.mspIs].filter((answer) => answer !== null)
    .length;

/** True when every question has an answer the scoring can use (numbers within their limits). */
export const isComplete = (a: Readonly<AssessmentAnswers>): a is Readonly<AssessmentAnswers> & CompleteAnswers =>
  countAnswered(a) === QUESTION_COUNT && isValidEmployees(a.employees!) && isValidItStaff(a.itStaff!);

/**
 * The answers in the form the scoring reads, or null until both head counts are valid: they
 * alone can already decide (no internal IT, a company too small for co-managed).
 */
export function scorableAnswers(a: Readonly<AssessmentAnswers>): ScorableAnswers | null {
  if (a.employees === null || a.itStaff === null) return null;
  if (!isValidEmployees(a.employees) || !isValidItStaff(a.itStaff)) return null;
  return {
    employees: a.employees,
    itStaff: a.itStaff,
    needs: a.needsAnswered ? a.needs : null,
    customApps: a.customApps,
    itIs: a.itIs,
    mspIs: a.mspIs,
  };
}

/** The questions a result was decided without. */
export const unansweredKeys = (a: ScorableAnswers): OptionalAnswerKey[] =>
  OPTIONAL_ANSWER_KEYS.filter((key) => a[key] === null);

/** Needs without repeats, in the order NEEDS lists them, so equal sets compare and encode equally. */
export const canonicalNeeds = (needs: Iterable<Need>): Need[] => {
  const chosen = new Set(needs);
  return NEEDS.filter((need) => chosen.has(need));
};
