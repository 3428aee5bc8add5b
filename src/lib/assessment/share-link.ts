import type { AssessmentAnswers } from './answers';
import { encodeAssessmentQuery } from './link-codec';
import type { Model } from './models';

/**
 * Where a shared assessment points: the outcome's own page (so chat and social previews show the
 * recommendation) with the answers in the query. Unfinished answers go to the landing page.
 */
export function assessmentSharePath(
  answers: AssessmentAnswers,
  preparedFor: string | null,
  recommendation: Model | null,
): string {
  const page = recommendation ? `/assessment/${recommendation}/` : '/assessment/';
  return `${page}?${encodeAssessmentQuery(answers, preparedFor)}`;
}
