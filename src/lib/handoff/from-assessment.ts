/**
 * The fit assessment's suggested split as a starting plan: the work it hands over sits with the
 * MSP, the rest with the internal team, named as the assessment was prepared for.
 */
import type { AssessmentAnswers } from '../assessment/answers';
import { splitForNeeds, type SplitWording } from '../assessment/split';
import type { HandOverByGap } from '../work/work-by-gap';
import { matrixFromSplit, updateMatrixInfo, type HandoffMatrix, type RowNames } from './matrix';

export interface AssessmentSoFar {
  answers: Pick<AssessmentAnswers, 'needsAnswered' | 'needs' | 'customApps'>;
  preparedFor: string | null;
}

/** Null until the assessment's needs question is answered: without it there is no split. */
export function planFromAssessment(
  { answers, preparedFor }: AssessmentSoFar,
  wording: SplitWording,
  handOver: HandOverByGap,
  names: RowNames,
): HandoffMatrix | null {
  if (!answers.needsAnswered) return null;
  const plan = matrixFromSplit(splitForNeeds(answers.needs, answers.customApps === true, wording, handOver), names);
  return updateMatrixInfo(plan, { internalTeam: preparedFor ?? '' });
}
