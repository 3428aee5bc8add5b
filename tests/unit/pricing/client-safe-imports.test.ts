/*
 * The estimator island has a 15 KB (gzip) JavaScript budget. The page validates the rate
 * card at build time and passes it to the island as a prop, so the modules the island
 * imports must never reach zod, the schema, the validator or the data file. This test
 * follows their imports through the source (type-only imports are erased, so skipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PRICING = join(ROOT, 'src/lib/pricing');

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

/**
 * `import … from '…'`, `export … from '…'` and `import '…'`, across lines. `import type`
 * and `export type` are skipped; `import { type A } from` is kept, because with
 * verbatimModuleSyntax it still loads the module.
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    if (match[1] === undefined && match[2] !== undefined) specifiers.push(match[2]);
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

function resolveRelative(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  if (found === undefined || !/\.(?:tsx?|json)$/.test(found)) {
    throw new Error(`cannot resolve '${specifier}' imported by ${relative(ROOT, fromFile)}`);
  }
  return found;
}

interface Reachable {
  /** Repository-relative path → the import chain that reaches it. */
  files: Map<string, string[]>;
  /** Package name → the import chain that reaches it. */
  packages: Map<string, string[]>;
}

function reachableFrom(entries: readonly string[]): Reachable {
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const queue = entries.map((entry) => {
    const path = relative(ROOT, entry);
    files.set(path, [path]);
    return entry;
  });
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = files.get(relative(ROOT, file))!;
    if (file.endsWith('.json')) continue;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, [...chain, name]);
        continue;
      }
      const target = resolveRelative(file, specifier);
      const path = relative(ROOT, target);
      if (files.has(path)) continue;
      files.set(path, [...chain, path]);
      queue.push(target);
    }
  }
  return { files, packages };
}

function violations({ files, packages }: Reachable): string[] {
  return [
    ...FORBIDDEN_FILES.filter((path) => files.has(path)).map((path) => files.get(path)!.join(' → ')),
    ...FORBIDDEN_PACKAGES.filter((name) => packages.has(name)).map((name) => packages.get(name)!.join(' → ')),
  ];
}

describe('client-safe pricing modules', () => {
  it.each(CLIENT_MODULES)('%s reaches neither zod nor the rate card, schema, validator or data file', (module) => {
    expect(violations(reachableFrom([join(PRICING, module)]))).toEqual([]);
  });

  it('keeps the page script off the validator, and off the assessment store and link codec it has no use for', () => {
    const reachable = reachableFrom([join(ROOT, 'src/islands/estimator/estimator.ts')]);
    expect(violations(reachable)).toEqual([]);
    const files = [...reachable.files.keys()];
    expect(files).toContain('src/islands/estimator/view.ts');
    expect(files).toContain('src/lib/pricing/estimate.ts');
    expect(files).not.toContain('src/stores/assessment.ts');
    expect(files).not.toContain('src/lib/assessment/link-codec.ts');
    // No UI framework either: the budget leaves no room for one.
    expect([...reachable.packages.keys()].filter((name) => name.startsWith('preact'))).toEqual([]);
  });

  it('follows imports through every file the estimator is split into', () => {
    const { files } = reachableFrom([join(PRICING, 'estimate.ts')]);
    for (const path of ['src/lib/pricing/inputs.ts', 'src/lib/pricing/money.ts', 'src/lib/pricing/scopes.ts']) {
      expect([...files.keys()]).toContain(path);
    }
    expect([...files.keys()].filter((path) => path.startsWith('src/lib/pricing/models/')).length).toBeGreaterThan(5);
  });

  it('would catch a value import of the rate card (the check checks something)', () => {
    const found = violations(reachableFrom([join(PRICING, 'rate-card.ts')]));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('src/lib/pricing/rate-card-schema.ts'),
        expect.stringContaining('src/lib/config/config-error.ts'),
        expect.stringMatching(/→ zod$/),
      ]),
    );
  });

  it('reads imports the way TypeScript does', () => {
    const source = [
      "import type { RateCard } from './rate-card-schema';",
      "export type { Scope } from './scopes-types';",
      "import { a, type B } from './mixed';",
      "import {\n  c,\n  d,\n} from './multi-line';",
      "export { e } from './re-export';",
      "export * as f from './namespace';",
      "import './side-effect';",
      "const lazy = () => import('./lazy');",
      "export const note = 'not an import from here';",
    ].join('\n');
    expect(valueImports(source)).toEqual([
      './mixed',
      './multi-line',
      './re-export',
      './namespace',
      './side-effect',
      './lazy',
    ]);
  });
});
