/*
 * Shipped content: what the data files call the planner's rows. A link leaves a built-in row's
 * name out and shows the name of the day it is opened (docs/decisions/0004), so renaming a
 * built-in row in src/data/handoff-planner-copy.json or the assessment's split labels
 * (src/data/assessment-copy.json) renames it in links already sent: these tests then fail on
 * purpose, and the MSP updates them with the new names.
 */
import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/planner-link-corpus.json' with { type: 'json' };
import { shippedRowNames } from '../../src/lib/handoff-copy/copy';
import { BUILT_IN_KEYS, builtInName } from '../../src/lib/handoff/built-in-rows';
import { decodeMatrixLink } from '../../src/lib/handoff/link-codec';

describe('the shipped row names', () => {
  it('give every built-in row its own name, functions and handoff points alike', () => {
    const names = BUILT_IN_KEYS.map((key) => builtInName(shippedRowNames, key).toLowerCase());
    expect(new Set(names).size).toBe(BUILT_IN_KEYS.length);
  });

  it('open every captured planner link to the plan it opened when captured', async () => {
    for (const { query, decoded } of corpus.links) {
      expect(JSON.parse(JSON.stringify(await decodeMatrixLink(query, shippedRowNames))), query).toEqual(decoded);
    }
  });
});
