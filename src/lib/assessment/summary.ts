import { describeAnswer } from './answer-labels';
import { OPTIONAL_ANSWER_KEYS, type ScorableAnswers } from './answers';
import type { AssessmentCopy } from './copy-schema';
import type { FitResult } from './score';
import { fillTemplate } from '../text/template';

type Wording = Pick<AssessmentCopy, 'answers' | 'needs' | 'lists' | 'headlines' | 'models' | 'ui' | 'share'>;

/** The result in a few plain lines, for a message to the MSP. */
export function assessmentSummary(
  answers: ScorableAnswers,
  result: FitResult,
  preparedFor: string | null,
  copy: Wording,
  locale: string,
): string {
  const given = (['employees', 'itStaff', ...OPTIONAL_ANSWER_KEYS] as const)
    .filter((key) => answers[key] !== null)
    .map((key) => describeAnswer(key, answers, copy, locale));
  const lines = [
    preparedFor ? fillTemplate(copy.ui.preparedFor, { name: preparedFor }) : '',
    fillTemplate(copy.share.summary, {
      headline: copy.headlines[result.recommendation],
      score: result.scores[result.recommendation],
      answers: given.join('; '),
    }),
  ];
  return lines.filter(Boolean).join('\n');
}

/** The subject of that message. */
export const assessmentSubject = (result: FitResult, preparedFor: string | null, copy: Wording): string =>
  preparedFor
    ? fillTemplate(copy.share.mspSubjectFor, { model: copy.models[result.recommendation], name: preparedFor })
    : fillTemplate(copy.share.mspSubject, { model: copy.models[result.recommendation] });
