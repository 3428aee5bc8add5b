import type { AnswerKey, CompleteAnswers } from './answers';
import type { AssessmentCopy } from './copy-schema';
import { fillCount, fillList, fillTemplate } from './template';

/** The reader's own answer, in words, so each reason can say which answer drove it. */
export function describeAnswer(
  key: AnswerKey,
  answers: CompleteAnswers,
  copy: Pick<AssessmentCopy, 'answers' | 'needs' | 'lists'>,
  locale: string,
): string {
  const say = copy.answers;
  const answer = answers[key];
  if (typeof answer === 'number') {
    return fillCount(say[key as 'employees' | 'itStaff'], answer, answer.toLocaleString(locale));
  }
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
