import { OPTIONAL_ANSWER_KEYS, type AnswerKey, type ScorableAnswers } from './answers';
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

/**
 * Each answer given, in words and in the order of the questions; unanswered ones are left out.
 * The answers in short beside a linked result, and the summary a message to the MSP carries.
 */
export const givenAnswers = (
  answers: ScorableAnswers,
  copy: Pick<AssessmentCopy, 'answers' | 'needs' | 'lists'>,
  locale: string,
): string[] =>
  (['employees', 'itStaff', ...OPTIONAL_ANSWER_KEYS] as const)
    .filter((key) => answers[key] !== null)
    .map((key) => describeAnswer(key, answers, copy, locale));
