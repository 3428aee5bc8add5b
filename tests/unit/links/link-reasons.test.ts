/*
 * Every reason a tool's link can set a value aside for has words in that tool's copy file, and
 * every reason the copy words is one its links give: for each code a format lists, a link that
 * gets it, worded by the shipped copy with every placeholder filled.
 */
import { describe, expect, it } from 'vitest';
import { assessmentCopy } from '../../../src/lib/assessment/copy';
import { decodeAssessmentQuery } from '../../../src/lib/assessment/link-codec';
import { ASSESSMENT_LINK_REASONS } from '../../../src/lib/assessment/link-params';
import type { SetAsideEntry } from '../../../src/lib/links/decode-link';
import { reasonInWords, type ReasonWords } from '../../../src/lib/links/reason-words';
import type { SetAsideReason } from '../../../src/lib/links/reasons';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { decodeEstimatorQuery } from '../../../src/lib/pricing/link-codec';
import { ESTIMATOR_LINK_REASONS } from '../../../src/lib/pricing/link-params';

interface Tool<Reason extends SetAsideReason> {
  codes: readonly Reason['code'][];
  decode(query: string): { ignored: SetAsideEntry<Reason>[] };
  words: ReasonWords<Reason>;
  /** A link that gets each reason (as its first set-aside value). */
  examples: Record<Reason['code'], string>;
}

function describeReasons<Reason extends SetAsideReason>(
  name: string,
  { codes, decode, words, examples }: Tool<Reason>,
) {
  describe(`the ${name}’s link reasons`, () => {
    it('are the reasons its links give, each of them', () => {
      const given = codes.map((code) => [code, decode(examples[code]).ignored[0]?.reason.code]);
      expect(Object.fromEntries(given)).toEqual(Object.fromEntries(codes.map((code) => [code, code])));
    });

    it.each(codes)('has words for %s, every placeholder filled', (code) => {
      const reason = decode(examples[code]).ignored[0]!.reason;
      const text = reasonInWords(reason, words, 'en-US');
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/[{}]/);
    });
  });
}

describeReasons('assessment', {
  codes: ASSESSMENT_LINK_REASONS,
  decode: decodeAssessmentQuery,
  words: assessmentCopy.linkNotice,
  examples: {
    repeated: 'employees=5&employees=6',
    'unknown-param': 'colour=red',
    'newer-version': 'v=2',
    empty: 'employees=',
    'not-whole-number': 'employees=ten',
    'out-of-range': 'employees=0',
    'one-of': 'v=1&custom-apps=maybe',
    'unknown-item': 'needs=printers',
    'none-with-others': 'needs=none,cloud',
    'no-readable-text': 'for=%E2%80%AE',
    shortened: `for=${'n'.repeat(90)}`,
  },
});

describeReasons('estimator', {
  codes: ESTIMATOR_LINK_REASONS,
  decode: decodeEstimatorQuery,
  words: estimatorCopy.tool.notices.link,
  examples: {
    repeated: 'v=1&users=5&users=6',
    'unknown-param': 'v=1&colour=red',
    'too-many-params': Array.from({ length: 51 }, (_, index) => `x${index}=1`).join('&'),
    'too-long': `v=1&for=${'n'.repeat(2_001)}`,
    'broken-name': 'v=1&%FF=1',
    'broken-value': 'v=1&users=%FF',
    'unknown-version': 'v=7',
    'whole-number-range': 'v=1&users=0',
    'one-of': 'v=1&term=4',
    'percent-range': 'v=1&adj=26',
    'unknown-item': 'v=1&scope=firewalls',
    'no-readable-text': 'v=1&for=%E2%80%AE',
    shortened: `v=1&for=${'n'.repeat(90)}`,
  },
});
