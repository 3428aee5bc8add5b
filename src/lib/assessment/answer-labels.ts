import { NEED_LABELS, type AnswerKey, type CompleteAnswers } from './answers';

const listFormat = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The reader's own answer, in words, so each reason can say which answer drove it. */
export function describeAnswer(key: AnswerKey, answers: CompleteAnswers, locale = 'en-US'): string {
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  switch (key) {
    case 'employees':
      return `${count(answers.employees)} ${answers.employees === 1 ? 'employee' : 'employees'}`;
    case 'itStaff':
      return answers.itStaff === 0
        ? 'no internal IT staff'
        : `${count(answers.itStaff)} internal IT ${answers.itStaff === 1 ? 'person' : 'people'}`;
    case 'needs':
      return answers.needs.length ? `gaps: ${listFormat(answers.needs.map((n) => NEED_LABELS[n]))}` : 'no gaps to cover';
    case 'customApps':
      return answers.customApps ? 'custom systems that need insider knowledge' : 'no custom systems';
    case 'itIs':
      return answers.itIs === 'capability' ? 'IT seen as a capability' : 'IT seen as a cost center';
    case 'mspIs':
      return answers.mspIs === 'partner' ? 'a provider treated as a partner' : 'a provider treated as a cost to cut';
  }
}
