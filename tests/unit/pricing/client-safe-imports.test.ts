/*
 * A tool page may load 20 KB (brotli) of JavaScript before the first interaction. The page
 * validates the rate card and the estimator's wording at build time and passes them to the
 * island as props, so the modules the island imports must never reach zod, the schemas, the
 * validator or the data files. This test follows their imports through the source (type-only
 * imports are erased, so skipped); tests/build/client-code.test.ts checks the built chunks.
 */
import { describe, expect, it } from 'vitest';
import { chainsTo, reachableFrom } from '../../support/module-graph';

const PRICING = 'src/lib/pricing';

/** What browser code may import from src/lib/pricing. */
const CLIENT_MODULES = [
  'assessment-prefill.ts',
  'assumption-list.ts',
  'chart-scale.ts',
  'csv.ts',
  'csv-file-name.ts',
  'estimate.ts',
  'estimate-words.ts',
  'estimator-opening.ts',
  'estimator-state.ts',
  'formats.ts',
  'input-change.ts',
  'inputs.ts',
  'link-codec.ts',
  'link-migrations.ts',
  'money.ts',
  'msp-summary.ts',
  'number-input.ts',
  'scopes.ts',
  'suggestion.ts',
];

const FORBIDDEN_FILES = [
  'src/lib/pricing/rate-card.ts',
  'src/lib/pricing/rate-card-schema.ts',
  'src/lib/pricing/estimator-copy.ts',
  'src/lib/pricing/estimator-copy-schema.ts',
  'src/lib/config/config-error.ts',
  'src/data/rate-card.json',
  'src/data/estimator-copy.json',
];
/** zod, and what the decision note rules out for the islands (docs/decisions/0001-island-hydration.md). */
const FORBIDDEN_PACKAGES = ['zod', 'preact/hooks', '@nanostores/preact'];

const violations = (reached: Map<string, string[]>) => chainsTo(reached, [...FORBIDDEN_FILES, ...FORBIDDEN_PACKAGES]);

describe('client-safe pricing modules', () => {
  it.each(CLIENT_MODULES)('%s reaches neither zod nor the rate card, schema, validator or data file', (module) => {
    expect(violations(reachableFrom(`${PRICING}/${module}`))).toEqual([]);
  });

  it('keeps the island off the validator, hooks, and the assessment store and link codec it has no use for', () => {
    const reached = reachableFrom('src/tools/estimator/client.ts');
    expect(violations(reached)).toEqual([]);
    const files = [...reached.keys()];
    // The walk goes through the island, its components and the pricing modules (the check checks something).
    for (const path of [
      'src/tools/estimator/Estimator.tsx',
      'src/tools/estimator/CostChart.tsx',
      'src/lib/pricing/estimate.ts',
      'src/stores/estimator.ts',
    ]) {
      expect(files).toContain(path);
    }
    expect(files).not.toContain('src/stores/assessment.ts');
    expect(files).not.toContain('src/lib/assessment/link-codec.ts');
  });

  it('follows imports through every file the estimator is split into', () => {
    const files = [...reachableFrom(`${PRICING}/estimate.ts`).keys()];
    for (const path of ['src/lib/pricing/inputs.ts', 'src/lib/pricing/money.ts', 'src/lib/pricing/scopes.ts']) {
      expect(files).toContain(path);
    }
    expect(files.filter((path) => path.startsWith('src/lib/pricing/models/')).length).toBeGreaterThan(5);
  });

  it('would catch a value import of the rate card (the check checks something)', () => {
    const found = violations(reachableFrom(`${PRICING}/rate-card.ts`));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('src/lib/pricing/rate-card-schema.ts'),
        expect.stringContaining('src/lib/config/config-error.ts'),
        expect.stringMatching(/→ zod$/),
      ]),
    );
  });
});
