import type { AnswerKey, ScorableAnswers } from './answers';
import type { AssessmentCopy } from './copy-schema';
import { fillCount, fillList, fillTemplate } from '../text/template';

/**
 * The reader's own answer, in words, so each reason can say which answer drove it. Reasons only
 * quote answers that were given; an unanswered one reads as an empty string.
 */
export function describeAnswer(
  key: AnswerKey,
  answers: ScorableAnswers,
  copy: Pick<AssessmentCopy, 'answers' | 'needs' | 'lists'>,
  locale: string,
): string {
  const say = copy.answers;
  const answer = answers[key];
  if (typeof answer === 'number') {
    return fillCount(say[key as 'employees' | 'itStaff'], answer, answer.toLocaleString(locale));
  }
  if (answer === null) return '';
  if (typeof answer === 'object') {
    return answer.length
      ? fillTemplate(say.needs.some, {
          needs: fillList(
            answer.map((need) => copy.needs[need]),
            copy.lists.and,
          ),
        })
      : say.needs.none;
  }
  return (say[key] as Record<string, string>)[answer === true ? 'yes' : answer === false ? 'no' : answer]!;
}
