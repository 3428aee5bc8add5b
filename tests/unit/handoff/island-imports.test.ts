/*
 * The handoff planner's island gets the assessment's split wording as a prop, validated by the
 * page at build time; its imports must never reach zod, the schemas, the validator or the data
 * files (zod alone would add about 15 KB to the page), and it stays hook-free and written with
 * h(), like the assessment's island. Follows value imports through the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ISLAND = join(ROOT, 'src/islands/handoff/HandoffPlanner.ts');

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

describe('the handoff planner island', () => {
  const reached = reachableFrom(ISLAND);

  it('reaches neither zod, hooks, the JSX runtime, nor the schemas, validator or data files', () => {
    const found = FORBIDDEN.filter((key) => reached.has(key)).map((key) => reached.get(key)!.join(' → '));
    expect(found).toEqual([]);
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
