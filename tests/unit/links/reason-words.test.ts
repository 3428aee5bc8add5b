import { describe, expect, it } from 'vitest';
import { reasonInWords, type ReasonWords } from '../../../src/lib/links/reason-words';
import type { SetAsideReason } from '../../../src/lib/links/reasons';

type Reason = SetAsideReason<'repeated' | 'whole-number-range' | 'one-of' | 'unknown-item'>;

const words: ReasonWords<Reason> = {
  reasons: {
    repeated: 'said twice',
    'whole-number-range': 'from {min} to {max} only',
    'one-of': 'must be {choices}',
    'unknown-item': 'not one of {known}',
  },
  alternatives: '{items} or {last}',
};

describe('reasonInWords', () => {
  it('gives the words for the reason’s code', () => {
    expect(reasonInWords({ code: 'repeated' }, words, 'en-US')).toBe('said twice');
  });

  it('writes numbers as the page’s locale writes them', () => {
    const reason = { code: 'whole-number-range', min: 1, max: 1_000_000 } as const;
    expect(reasonInWords(reason, words, 'en-US')).toBe('from 1 to 1,000,000 only');
    expect(reasonInWords(reason, words, 'de-DE')).toBe('from 1 to 1.000.000 only');
  });

  it('lists choices as alternatives in the copy’s words, and known items in full', () => {
    expect(reasonInWords({ code: 'one-of', choices: ['1', '2', '3'] }, words, 'en-US')).toBe('must be 1, 2 or 3');
    expect(reasonInWords({ code: 'one-of', choices: ['yes', 'no'] }, words, 'en-US')).toBe('must be yes or no');
    expect(reasonInWords({ code: 'unknown-item', known: ['a', 'b', 'c'] }, words, 'en-US')).toBe('not one of a, b, c');
  });
});
