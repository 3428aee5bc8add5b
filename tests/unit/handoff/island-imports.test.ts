/*
 * The handoff planner's island gets the assessment's split wording as a prop, validated by the
 * page at build time; its imports must never reach zod, the schemas, the validator or the data
 * files (zod alone would add about 15 KB to the page), and it stays hook-free and written with
 * h(), like the assessment's island. Follows value imports through the source.
 */
import { describe, expect, it } from 'vitest';
import { chainsTo, reachableFrom } from '../../support/module-graph';

const ISLAND = 'src/islands/handoff/HandoffPlanner.ts';

const FORBIDDEN = [
  'zod',
  // Hooks and the JSX runtime would be scripts of their own, shared with (and split out of) the estimator's.
  'preact/hooks',
  'preact/jsx-runtime',
  '@nanostores/preact',
  'src/lib/assessment/rules.ts',
  'src/lib/assessment/rules-schema.ts',
  'src/lib/assessment/copy.ts',
  'src/lib/assessment/copy-schema.ts',
  'src/lib/config/config-error.ts',
  'src/data/assessment-rules.json',
  'src/data/assessment-copy.json',
];

describe('the handoff planner island', () => {
  const reached = reachableFrom(ISLAND);

  it('reaches neither zod, hooks, the JSX runtime, nor the schemas, validator or data files', () => {
    expect(chainsTo(reached, FORBIDDEN)).toEqual([]);
  });

  it('follows imports through the modules it is built from (the check checks something)', () => {
    for (const path of [
      'src/islands/handoff/RowEditor.ts',
      'src/lib/handoff/json-codec.ts',
      'src/lib/assessment/split.ts',
      'src/stores/handoff.ts',
      '@nanostores/persistent',
    ]) {
      expect([...reached.keys()]).toContain(path);
    }
  });
});
