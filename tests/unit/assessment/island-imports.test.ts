/*
 * The /assessment/ page has a 15 KB (gzip) JavaScript budget. The page validates the rules and
 * the copy at build time and passes them to the island as props, so the island's imports must
 * never reach zod, the schemas, the validator or the data files; and it stays hook-free and
 * JSX-runtime-free (h() calls), because those would be two more scripts on the page. This test
 * follows the island's value imports through the source (type-only imports are erased).
 */
import { describe, expect, it } from 'vitest';
import { chainsTo, reachableFrom } from '../../support/module-graph';

const ISLAND = 'src/islands/assessment/FitAssessment.ts';

const FORBIDDEN = [
  'zod',
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

describe('the fit-assessment island', () => {
  const reached = reachableFrom(ISLAND);

  it('reaches neither zod, hooks, the JSX runtime, nor the schemas, validator or data files', () => {
    expect(chainsTo(reached, FORBIDDEN)).toEqual([]);
  });

  it('follows imports through the modules it is built from (the check checks something)', () => {
    for (const path of [
      'src/lib/assessment/factors.ts',
      'src/lib/assessment/link-codec.ts',
      'src/stores/assessment.ts',
      '@nanostores/persistent',
    ]) {
      expect([...reached.keys()]).toContain(path);
    }
    expect(reachableFrom('src/lib/assessment/rules.ts').has('zod')).toBe(true);
  });
});
