/*
 * The /assessment/ page has a 15 KB (gzip) JavaScript budget. The page validates the rules and
 * the copy at build time and passes them to the island as props, so the island's imports must
 * never reach zod, the schemas, the validator or the data files; and it stays hook-free and
 * JSX-runtime-free (h() calls), because those would be two more scripts on the page. This test
 * follows the island's value imports through the source (type-only imports are erased).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ISLAND = join(ROOT, 'src/islands/assessment/FitAssessment.ts');

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

const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"]+)['"]/gm;

/** Every module the entry loads, by repository path or package specifier, with the chain to it. */
function reachableFrom(entry: string): Map<string, string[]> {
  const reached = new Map([[relative(ROOT, entry), [relative(ROOT, entry)]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = reached.get(relative(ROOT, file))!;
    if (file.endsWith('.json')) continue;
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (typeOnly || specifier === undefined) continue;
      const base = resolve(dirname(file), specifier);
      const target = specifier.startsWith('.')
        ? [base, `${base}.ts`, `${base}.tsx`].find((path) => existsSync(path) && /\.(tsx?|json)$/.test(path))
        : undefined;
      const key = target ? relative(ROOT, target) : specifier;
      if (reached.has(key)) continue;
      reached.set(key, [...chain, key]);
      if (target) queue.push(target);
    }
  }
  return reached;
}

describe('the fit-assessment island', () => {
  const reached = reachableFrom(ISLAND);

  it('reaches neither zod, hooks, the JSX runtime, nor the schemas, validator or data files', () => {
    const found = FORBIDDEN.filter((key) => reached.has(key)).map((key) => reached.get(key)!.join(' → '));
    expect(found).toEqual([]);
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
    expect(reachableFrom(join(ROOT, 'src/lib/assessment/rules.ts')).has('zod')).toBe(true);
  });
});
