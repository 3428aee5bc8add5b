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
import { inputsFromAssessment, type AssessmentAnswers } from './inputs';
import type { RateCard } from './rate-card-schema';

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
