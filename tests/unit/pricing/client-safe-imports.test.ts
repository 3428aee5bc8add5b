/*
 * The estimator island has a 15 KB (gzip) JavaScript budget. The page validates the rate
 * card at build time and passes it to the island as a prop, so the modules the island
 * imports must never reach zod, the schema, the validator or the data file. This test
 * follows their imports through the source (type-only imports are erased, so skipped).
 */
import { describe, expect, it } from 'vitest';
import { chainsTo, reachableFrom } from '../../support/module-graph';

const PRICING = 'src/lib/pricing';

/** What browser code may import from src/lib/pricing. */
const CLIENT_MODULES = [
  'assessment-prefill.ts',
  'csv.ts',
  'estimate.ts',
  'inputs.ts',
  'link-codec.ts',
  'link-migrations.ts',
  'money.ts',
  'scopes.ts',
  'suggestion.ts',
];

const FORBIDDEN_FILES = [
  'src/lib/pricing/rate-card.ts',
  'src/lib/pricing/rate-card-schema.ts',
  'src/lib/config/config-error.ts',
  'src/data/rate-card.json',
];
const FORBIDDEN_PACKAGES = ['zod'];

const violations = (reached: Map<string, string[]>) => chainsTo(reached, [...FORBIDDEN_FILES, ...FORBIDDEN_PACKAGES]);

describe('client-safe pricing modules', () => {
  it.each(CLIENT_MODULES)('%s reaches neither zod nor the rate card, schema, validator or data file', (module) => {
    expect(violations(reachableFrom(`${PRICING}/${module}`))).toEqual([]);
  });

  it('keeps the page script off the validator, and off the assessment store and link codec it has no use for', () => {
    const reached = reachableFrom('src/tools/estimator/estimator.ts');
    expect(violations(reached)).toEqual([]);
    const files = [...reached.keys()];
    expect(files).toContain('src/tools/estimator/view.ts');
    expect(files).toContain('src/lib/pricing/estimate.ts');
    expect(files).not.toContain('src/stores/assessment.ts');
    expect(files).not.toContain('src/lib/assessment/link-codec.ts');
    // No UI framework either: the budget leaves no room for one.
    expect([...reached.keys()].filter((key) => key.startsWith('preact'))).toEqual([]);
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
