/*
 * Shipped content: what the data files call the planner's rows (src/data/handoff-planner-copy.json,
 * rowNames, and the assessment's split labels in src/data/assessment-copy.json).
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { shippedRowNames } from '../../src/lib/handoff-copy/copy';
import { BUILT_IN_KEYS, builtInName } from '../../src/lib/handoff/built-in-rows';
import { decodeMatrixLink } from '../../src/lib/handoff/link-codec';
import { openedWith, plannerLinks } from '../support/planner-corpus';
import { ROW_NAMES } from '../support/row-names';

describe('the shipped row names', () => {
  it('give every built-in row its own name, functions and handoff points alike', () => {
    const names = BUILT_IN_KEYS.map((key) => builtInName(shippedRowNames, key).toLowerCase());
    expect(new Set(names).size).toBe(BUILT_IN_KEYS.length);
  });

  /*
   * A link leaves a built-in row's name out when it is the built-in name, and shows the name of
   * the day it is opened (docs/decisions/0004). With the names shipped when the corpus was
   * captured, every link opens exactly the plan it opened then; after an MSP renames a row, the
   * rows a link left unnamed show the new name and nothing else changes.
   */
  it('open every captured planner link to the plan it opened, rows left unnamed called as now', async () => {
    const unchanged = isDeepStrictEqual(shippedRowNames, ROW_NAMES);
    for (const link of plannerLinks) {
      const now = await decodeMatrixLink(link.query, shippedRowNames);
      const expected = unchanged ? link.matrix : (await openedWith(link, shippedRowNames)).matrix;
      expect(now.ok && now.matrix, link.query).toEqual(expected);
    }
  });
});
