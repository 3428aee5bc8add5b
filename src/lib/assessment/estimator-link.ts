import type { ScopeByGap } from '../work/work-by-gap';
import type { CompleteAnswers } from './answers';

/**
 * The estimator link that carries the assessment's answers over: users from employees, scope
 * from the gaps chosen (through the gap-to-work mapping, passed in so this module stays free of
 * the validated data file). Same format the estimator documents; the estimator puts the scope
 * in its own order when it reads the link.
 */
export function estimatorHrefFromAssessment(
  answers: Pick<CompleteAnswers, 'employees' | 'needs'>,
  scopeByNeed: ScopeByGap,
  preparedFor: string | null,
): string {
  const scope = [...new Set(answers.needs.flatMap((need) => scopeByNeed[need] ?? []))];
  const params = new URLSearchParams({ v: '1', users: String(answers.employees) });
  if (scope.length) params.set('scope', scope.join(','));
  if (preparedFor) params.set('for', preparedFor);
  return `/estimator/?${params.toString().replace(/%2C/g, ',')}`;
}
