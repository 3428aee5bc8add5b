/*
 * Planner links are public contracts: a link a salesperson sent must open the plan it opened
 * when it was made. tests/fixtures/planner-link-corpus.json holds real links (and hand-packed
 * ones) with what each opened, captured by tooling/capture-planner-links.ts before the built-in
 * row names moved from code to the copy files. Replayed with the row names of that day
 * (ROW_NAMES); tests/content/planner-link-corpus.test.ts replays them with the shipped names.
 */
import { describe, expect, it } from 'vitest';
import corpus from '../../fixtures/planner-link-corpus.json' with { type: 'json' };
import { decodeMatrixLink } from '../../../src/lib/handoff/link-codec';
import { ROW_NAMES } from '../../support/row-names';

const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('planner links captured before the row names moved to the copy files', () => {
  it('are many, from real plans, with rows left unnamed and rows renamed', () => {
    expect(corpus.links.length).toBeGreaterThan(60);
    expect(corpus.links.every(({ decoded }) => decoded.ok)).toBe(true);
  });

  it('open the same plan, telling the reader the same, as when they were captured', async () => {
    for (const { query, decoded } of corpus.links) {
      expect(asStored(await decodeMatrixLink(query, ROW_NAMES)), query).toEqual(decoded);
    }
  });
});
