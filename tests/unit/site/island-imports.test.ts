/*
 * The Preact islands get everything validated (rules, copy, split wording) as props from their
 * page at build time, so their imports must never reach zod, the schemas, the validator or the
 * data files (zod alone would add about 15 KB to a page with a 15 KB budget). They are written
 * with h() and classes: hooks and the JSX runtime would be scripts of their own. This follows
 * each island's value imports through the source (type-only imports are erased).
 */
import { describe, expect, it } from 'vitest';
import { chainsTo, reachableFrom } from '../../support/module-graph';

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
  'src/lib/handoff-copy/copy.ts',
  'src/lib/handoff-copy/copy-schema.ts',
  'src/data/handoff-planner-copy.json',
];

/** Each island, with modules it is built from: proof that the walk really goes through it. */
const ISLANDS = [
  {
    name: 'the fit-assessment island',
    entry: 'src/tools/assessment/FitAssessment.ts',
    builtFrom: ['src/lib/assessment/factors.ts', 'src/lib/assessment/link-codec.ts', 'src/stores/assessment.ts'],
  },
  {
    name: 'the handoff planner island',
    entry: 'src/tools/handoff-planner/client.ts',
    builtFrom: [
      'src/tools/handoff-planner/RowEditor.tsx',
      'src/tools/shell/ShareActions.tsx',
      'src/lib/handoff/json-codec.ts',
      'src/lib/assessment/split.ts',
      'src/stores/handoff.ts',
    ],
  },
];

describe.each(ISLANDS)('$name', ({ entry, builtFrom }) => {
  const reached = reachableFrom(entry);

  it('reaches neither zod, hooks, the JSX runtime, nor the schemas, validator or data files', () => {
    expect(chainsTo(reached, FORBIDDEN)).toEqual([]);
  });

  it('follows imports through the modules it is built from (the check checks something)', () => {
    for (const path of [...builtFrom, '@nanostores/persistent']) {
      expect([...reached.keys()]).toContain(path);
    }
  });
});

it('would notice zod: the build-time rules module reaches it', () => {
  expect(reachableFrom('src/lib/assessment/rules.ts').has('zod')).toBe(true);
});
