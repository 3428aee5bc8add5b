/*
 * Links are public contracts: a link a salesperson sent before the link code was reorganised
 * must open exactly as it did. The corpus holds what each link decoded to then
 * (tooling/capture-link-corpus.ts wrote it); this replays every one.
 */
import { describe, expect, it } from 'vitest';
import corpus from '../../fixtures/link-corpus.json' with { type: 'json' };
import { decodeAssessmentQuery } from '../../../src/lib/assessment/link-codec';
import { decodeEstimatorQuery } from '../../../src/lib/pricing/link-codec';
import { decodeMatrixLink } from '../../../src/lib/handoff/link-codec';
import { ROW_NAMES } from '../../support/row-names';

/**
 * What a link means: the state it opens and which of its values were set aside, compared as
 * JSON (the form the corpus was stored in). The corpus stored each reason (and each planner
 * refusal) as the sentence the code wrote then; they are now codes the copy files word, and
 * tests/content/link-corpus-words.test.ts holds the shipped words to those sentences. What the
 * link does may not change.
 */
const asStored = (value: unknown) =>
  JSON.parse(JSON.stringify(value), (key, field: unknown) => (key === 'reason' ? undefined : field)) as unknown;

/**
 * The one difference the shared text sanitiser makes on purpose. The two codecs stripped
 * different invisible characters; the shared one strips both sets, so the zero-width space
 * (U+200B), which the estimator always removed, is now removed from assessment names and
 * set-aside values too. 39 assessment links in the corpus carry one (a hostile "\u202Eevil\u200B");
 * they decode to the same state without it. Nothing else is forgiven.
 */
const withoutZeroWidthSpace = (stored: unknown) =>
  JSON.parse(JSON.stringify(stored), (_key, field: unknown) =>
    typeof field === 'string' ? field.replaceAll('\u200B', '') : field,
  ) as unknown;

describe('links captured before the link layer was shared', () => {
  it('hold hundreds of links of each tool, hostile and hand-typed ones included', () => {
    expect(corpus.assessment.length).toBeGreaterThan(500);
    expect(corpus.estimator.length).toBeGreaterThan(500);
    expect(corpus.handoff.length).toBeGreaterThan(10);
    expect(corpus.assessment.some(({ query }) => !query.includes('v='))).toBe(true);
  });

  it('decode to the same assessment answers and name, setting aside the same values, as before', () => {
    for (const { query, decoded } of corpus.assessment) {
      expect(asStored(decodeAssessmentQuery(query)), query).toEqual(withoutZeroWidthSpace(asStored(decoded)));
    }
  });

  it('decode to the same estimator inputs and name, setting aside the same values, as before', () => {
    for (const { query, decoded } of corpus.estimator)
      expect(asStored(decodeEstimatorQuery(query)), query).toEqual(asStored(decoded));
  });

  it('decode to the same handoff plan, or a refusal, as before', async () => {
    // The corpus's planner links are all refused ones; why, in words, is the content test's.
    for (const { query, decoded } of corpus.handoff) {
      const now = await decodeMatrixLink(query, ROW_NAMES);
      expect(now.ok ? now.matrix : now.ok, query).toEqual('matrix' in decoded ? decoded.matrix : decoded.ok);
    }
  });
});
