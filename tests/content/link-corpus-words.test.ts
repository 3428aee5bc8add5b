/*
 * Shipped content: the words the link notice gives for each value a link sets aside, and for a
 * planner link it refuses. The corpus (tests/fixtures/link-corpus.json) stored them as the
 * sentences the code wrote before they became codes worded by the copy files; each decoded
 * reason, worded by the shipped copy, must read as the corpus says. An MSP that rewords a
 * reason in its copy file changes these on purpose; tests/unit/links/link-corpus.test.ts
 * holds what the links mean.
 */
import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/link-corpus.json' with { type: 'json' };
import { assessmentCopy } from '../../src/lib/assessment/copy';
import { decodeAssessmentQuery } from '../../src/lib/assessment/link-codec';
import { brand } from '../../src/lib/config/brand';
import { handoffPlannerCopy } from '../../src/lib/handoff-copy/copy';
import { decodeMatrixLink } from '../../src/lib/handoff/link-codec';
import { refusalInWords } from '../../src/lib/handoff/problem-words';
import type { SetAsideEntry } from '../../src/lib/links/decode-link';
import { reasonInWords, type ReasonWords } from '../../src/lib/links/reason-words';
import type { SetAsideReason } from '../../src/lib/links/reasons';
import { estimatorCopy } from '../../src/lib/pricing/estimator-copy';
import { decodeEstimatorQuery } from '../../src/lib/pricing/link-codec';
import { ESTIMATOR_LINK_FORMAT } from '../../src/lib/pricing/link-params';
import { SCOPES } from '../../src/lib/pricing/scopes';
import { shippedRowNames as ROW_NAMES } from '../../src/lib/handoff-copy/copy';

interface Stored {
  query: string;
  decoded: { ignored: { param: string; reason: string }[] };
}

type StoredEntry = Stored['decoded']['ignored'][number];

const count = (digits: string) => Number(digits).toLocaleString(brand.locale);
const ESTIMATOR_PARAMS = ['v', ...ESTIMATOR_LINK_FORMAT.params.map((param) => param.name)];

/*
 * A stored reason as the page words it now: the same, but for three changes made on purpose.
 * The assessment writes a count's limits as the page writes numbers (10,000, as the estimator
 * always did, not 10000). The estimator names every scope item it knows, cloud and compliance
 * included (added after the corpus was captured); and it calls a parameter it does not know
 * unknown however often it comes, where it once said a repeat's first value was used (it was
 * not: the shared link layer reads unknown parameters first, as the assessment always did).
 */
const assessmentNow = ({ reason }: StoredEntry) =>
  reason.replace(/^must be between (\d+) and (\d+)$/, (_, min: string, max: string) => {
    return `must be between ${count(min)} and ${count(max)}`;
  });

const estimatorNow = ({ param, reason }: StoredEntry, now: SetAsideReason) =>
  reason === 'repeated; the first value was used' &&
  now.code === 'unknown-param' &&
  !ESTIMATOR_PARAMS.includes(param.toLowerCase())
    ? 'not an estimator setting'
    : reason.replace(/^(unknown scope item; known items are ).*$/, `$1${SCOPES.join(', ')}`);

function expectWorded<Reason extends SetAsideReason>(
  stored: Stored[],
  decode: (query: string) => { ignored: SetAsideEntry<Reason>[] },
  words: ReasonWords<Reason>,
  asWordedNow: (entry: StoredEntry, now: SetAsideReason) => string,
): void {
  for (const { query, decoded } of stored) {
    const now = decode(query).ignored.map((entry) => entry.reason);
    expect(now, query).toHaveLength(decoded.ignored.length);
    const worded = now.map((reason) => reasonInWords(reason, words, brand.locale));
    expect(worded, query).toEqual(decoded.ignored.map((entry, index) => asWordedNow(entry, now[index]!)));
  }
}

describe('the reasons the link notice gives, worded by the shipped copy', () => {
  it('read as the assessment’s corpus links were answered', () => {
    expectWorded(corpus.assessment, decodeAssessmentQuery, assessmentCopy.linkNotice, assessmentNow);
  });

  it('read as the estimator’s corpus links were answered', () => {
    expectWorded(corpus.estimator, decodeEstimatorQuery, estimatorCopy.tool.notices.link, estimatorNow);
  });

  it('read as the planner’s corpus links were refused', async () => {
    const reading = handoffPlannerCopy.notices.reading;
    for (const { query, decoded } of corpus.handoff) {
      const now = await decodeMatrixLink(query, ROW_NAMES);
      expect(now.ok ? now : refusalInWords(now.source, now.refusal, reading, brand.locale), query).toBe(decoded.error);
    }
  });
});
