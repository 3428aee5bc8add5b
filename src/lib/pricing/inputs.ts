import { rateCard } from './rate-card';
import {
  ASSESSMENT_NEEDS,
  INPUT_LIMITS,
  SCOPES,
  type AssessmentNeed,
  type RateCard,
  type Scope,
} from './rate-card-schema';

// Defined beside the rate card schema to avoid an import cycle; see the note there.
export { ASSESSMENT_NEEDS, INPUT_LIMITS, SCOPES, type AssessmentNeed, type Scope };

export type TermYears = 1 | 2 | 3;

/** Everything the estimator needs from the visitor. */
export interface EstimatorInputs {
  /** People the MSP supports. */
  users: number;
  /** Endpoints under management. */
  devices: number;
  /** What the MSP owns beyond tier-1 help; order follows SCOPES. */
  scope: Scope[];
  /** Hours of MSP engineer time a month (drives the block-hours model). */
  hoursPerMonth: number;
  termYears: TermYears;
  /** Price rise each contract year, in percent (3 means 3%). */
  annualAdjustmentPercent: number;
}

type Limit = { readonly min: number; readonly max: number };

function clampWhole(value: unknown, limit: Limit, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(limit.max, Math.max(limit.min, Math.round(value)));
}

function isScope(value: unknown): value is Scope {
  return (SCOPES as readonly unknown[]).includes(value);
}

/** Known scope items only, each once, in the canonical SCOPES order. */
export function normalizeScope(scope: readonly unknown[]): Scope[] {
  const chosen = new Set(scope.filter(isScope));
  return SCOPES.filter((item) => chosen.has(item));
}

function toTermYears(value: number): TermYears {
  return value === 1 || value === 2 ? value : 3;
}

/**
 * Brings any candidate inside the limits: whole numbers clamped, the adjustment kept
 * to hundredths of a percent, unknown scope dropped, missing or non-finite fields
 * taken from `fallback`. The estimator calls this, so it never sees NaN or Infinity.
 */
export function normalizeInputs(
  candidate: Partial<EstimatorInputs>,
  fallback: EstimatorInputs = DEFAULT_INPUTS,
): EstimatorInputs {
  const adjustment = candidate.annualAdjustmentPercent;
  const limit = INPUT_LIMITS.annualAdjustmentPercent;
  return {
    users: clampWhole(candidate.users, INPUT_LIMITS.users, fallback.users),
    devices: clampWhole(candidate.devices, INPUT_LIMITS.devices, fallback.devices),
    scope: Array.isArray(candidate.scope) ? normalizeScope(candidate.scope) : [...fallback.scope],
    hoursPerMonth: clampWhole(candidate.hoursPerMonth, INPUT_LIMITS.hoursPerMonth, fallback.hoursPerMonth),
    termYears: toTermYears(clampWhole(candidate.termYears, INPUT_LIMITS.termYears, fallback.termYears)),
    annualAdjustmentPercent:
      typeof adjustment === 'number' && Number.isFinite(adjustment)
        ? Math.round(Math.min(limit.max, Math.max(limit.min, adjustment)) * 100) / 100
        : fallback.annualAdjustmentPercent,
  };
}

/** Devices for a head count when the visitor has not said, using the rate card's ratio. */
export function devicesForUsers(users: number, card: RateCard = rateCard): number {
  return clampWhole(users * card.defaults.devicesPerUser.value, INPUT_LIMITS.devices, 1);
}

/** The estimator's starting point; every value comes from the rate card's `defaults`. */
export function defaultInputsFrom(card: RateCard): EstimatorInputs {
  const { defaults } = card;
  return {
    users: defaults.users.value,
    devices: devicesForUsers(defaults.users.value, card),
    scope: normalizeScope(defaults.scope.value),
    hoursPerMonth: defaults.hoursPerMonth.value,
    termYears: toTermYears(defaults.termYears.value),
    annualAdjustmentPercent: defaults.annualAdjustmentPercent.value,
  };
}

export const DEFAULT_INPUTS: Readonly<EstimatorInputs> = Object.freeze(defaultInputsFrom(rateCard));

/**
 * Fills what a shared link or a form left out. When users are given but devices are
 * not, devices follow users (rather than staying at the default for 100 users).
 */
export function completeInputs(
  partial: Partial<EstimatorInputs>,
  card: RateCard = rateCard,
): EstimatorInputs {
  const fallback = defaultInputsFrom(card);
  const users = normalizeInputs({ users: partial.users ?? fallback.users }, fallback).users;
  return normalizeInputs({ devices: devicesForUsers(users, card), ...partial }, fallback);
}

export interface AssessmentAnswers {
  employees: number;
  /** Needs ticked in the fit assessment; ones the estimator does not know are skipped. */
  needs: readonly string[];
}

/** Scope items a need maps to, with the reasoning from the rate card. */
export function scopeForNeed(
  need: AssessmentNeed,
  card: RateCard = rateCard,
): { scope: Scope[]; reasoning: string } {
  const mapping = card.assessment.needs[need];
  return { scope: normalizeScope(mapping.scope), reasoning: mapping.reasoning };
}

function isAssessmentNeed(value: string): value is AssessmentNeed {
  return (ASSESSMENT_NEEDS as readonly string[]).includes(value);
}

/**
 * Starts the estimator from the fit assessment: users from employees, devices from
 * users, scope from the ticked needs (mapping and reasons in the rate card), the rest
 * from the defaults. With no recognised need, scope is empty: tier-1 help only.
 */
export function inputsFromAssessment(
  answers: AssessmentAnswers,
  card: RateCard = rateCard,
): EstimatorInputs {
  const fallback = defaultInputsFrom(card);
  const employees = Number.isFinite(answers.employees) ? answers.employees : fallback.users;
  const users = clampWhole(employees * card.assessment.usersPerEmployee.value, INPUT_LIMITS.users, fallback.users);
  const needs = Array.isArray(answers.needs) ? answers.needs : [];
  const scope = needs
    .filter(isAssessmentNeed)
    .flatMap((need) => scopeForNeed(need, card).scope);
  return normalizeInputs(
    { ...fallback, users, devices: devicesForUsers(users, card), scope },
    fallback,
  );
}
