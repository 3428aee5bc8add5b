import { givenAnswers } from './answer-labels';
import type { ScorableAnswers } from './answers';
import type { AssessmentCopy } from './copy-schema';
import type { FitResult } from './score';
import { fillTemplate } from '../text/template';
import type { MspMessage } from '../tools/msp-message';

type Wording = Pick<AssessmentCopy, 'answers' | 'needs' | 'lists' | 'headlines' | 'models' | 'ui' | 'share'>;

/** The result in a few plain lines, for a message to the MSP. */
function assessmentSummary(
  answers: ScorableAnswers,
  result: FitResult,
  preparedFor: string | null,
  copy: Wording,
  locale: string,
): string {
  const lines = [
    preparedFor ? fillTemplate(copy.ui.preparedFor, { name: preparedFor }) : '',
    fillTemplate(copy.share.summary, {
      headline: copy.headlines[result.recommendation],
      score: result.scores[result.recommendation],
      answers: givenAnswers(answers, copy, locale).join('; '),
    }),
  ];
  return lines.filter(Boolean).join('\n');
}

/** The subject of that message. */
const assessmentSubject = (result: FitResult, preparedFor: string | null, copy: Wording): string =>
  preparedFor
    ? fillTemplate(copy.share.mspSubjectFor, { model: copy.models[result.recommendation], name: preparedFor })
    : fillTemplate(copy.share.mspSubject, { model: copy.models[result.recommendation] });

/** All the panel under the result sends: the subject, the summary and the result's share link. */
export const assessmentMessage = (
  answers: ScorableAnswers,
  result: FitResult,
  preparedFor: string | null,
  copy: Wording,
  locale: string,
  link: string,
): MspMessage => ({
  subject: assessmentSubject(result, preparedFor, copy),
  summary: assessmentSummary(answers, result, preparedFor, copy, locale),
  link,
});
