/*
 * The fit assessment's saved answers, read only as far as the estimator uses them: users
 * come from employees and scope from the gaps chosen (inputsFromAssessment). The assessment
 * saves its answers in its own link format, written by its encoder, so the estimator reads
 * the three fields it needs here, with the shared query reader, instead of shipping the
 * assessment's parameter table (with its migrations and messages) to the browser. Anything
 * unexpected reads as "not answered".
 */
import { EMPLOYEE_LIMITS } from '../assessment/answers';
import { sanitizePreparedFor } from '../links/prepared-for';
import { readQuery } from '../links/query';
import type { ScopeByGap } from '../work/work-by-gap';
import type { EstimatorState } from './estimator-state';
import { defaultInputsFrom, devicesForUsers, normalizeInputs, type EstimatorInputs } from './inputs';
import type { RateCard } from './rate-card-schema';

export interface AssessmentAnswers {
  employees: number;
  /** Needs ticked in the fit assessment; ones the estimator does not know are skipped. */
  needs: readonly string[];
}

/**
 * Starts the estimator from the fit assessment: users from employees, devices from users,
 * scope from the ticked needs through the gap-to-work mapping (the one the assessment's split
 * and the planner read, passed in by the page), the rest from the defaults. With no
 * recognised need, scope is empty: tier-1 help only.
 */
export function inputsFromAssessment(
  answers: AssessmentAnswers,
  card: RateCard,
  scopeByGap: ScopeByGap,
): EstimatorInputs {
  const fallback = defaultInputsFrom(card);
  const employees = Number.isFinite(answers.employees) ? answers.employees : fallback.users;
  const users = normalizeInputs({ users: employees * card.assessment.usersPerEmployee.value }, fallback).users;
  const needs = Array.isArray(answers.needs) ? answers.needs : [];
  // Own keys only: a saved need such as "constructor" must not reach the object's prototype.
  const scope = needs.flatMap((need) => (Object.hasOwn(scopeByGap, need) ? scopeByGap[need as keyof ScopeByGap] : []));
  return normalizeInputs({ ...fallback, users, devices: devicesForUsers(users, card), scope }, fallback);
}

export interface SavedAssessment {
  answers: AssessmentAnswers;
  preparedFor: string | null;
}

/**
 * The answers to start the estimator from, or null when the saved assessment holds neither a
 * head count nor an answer to the gaps question (then the estimator keeps its own defaults).
 * `needs=none` is an answer: it starts the estimate at tier-1 help only.
 */
export function readSavedAssessment(stored: unknown): SavedAssessment | null {
  const pairs = readQuery(typeof stored === 'string' ? stored : '', () => {});
  const first = (key: string) => pairs.find((pair) => pair.key === key)?.value;
  const employees = (first('employees') ?? '').trim();
  const count = /^\d{1,15}$/.test(employees) ? Number(employees) : Number.NaN;
  const hasEmployees = count >= EMPLOYEE_LIMITS.min && count <= EMPLOYEE_LIMITS.max;
  const needs = first('needs');
  if (!hasEmployees && needs === undefined) return null;
  return {
    answers: {
      employees: hasEmployees ? count : Number.NaN,
      needs: (needs ?? '').split(',').map((need) => need.trim()),
    },
    preparedFor: sanitizePreparedFor(first('for')),
  };
}

/**
 * What the fit assessment's saved answers start the estimate at, or null when they hold nothing
 * it uses. The estimator loads this only when the browser holds such answers, so a visit that
 * never took the assessment does not pay for reading them.
 */
export function estimateFromAssessment(stored: unknown, card: RateCard, scopeByGap: ScopeByGap): EstimatorState | null {
  const assessment = readSavedAssessment(stored);
  return (
    assessment && {
      inputs: inputsFromAssessment(assessment.answers, card, scopeByGap),
      preparedFor: assessment.preparedFor,
    }
  );
}
