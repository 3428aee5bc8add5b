/*
 * Follows a module's value imports through the source, so tests can say what browser code must
 * never reach (zod, a validator, a data file, a hook): what the page's script would load. Reads the
 * files as text; type-only imports are skipped, because the compiler erases them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `import … from '…'`, `export … from '…'` and `import '…'`, across lines. `import type` and
 * `export type` are skipped; `import { type A } from` is kept, because with
 * verbatimModuleSyntax it still loads the module.
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"]+)['"]/gm;
/** `import('…')` with a literal specifier. */
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a module loads when it runs: static value imports and re-exports, then dynamic imports. */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    if (match[1] === undefined && match[2] !== undefined) specifiers.push(match[2]);
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

const isSourceFile = (path: string) => /\.(?:tsx?|json)$/.test(path) && existsSync(path) && statSync(path).isFile();

/** The file a relative specifier names: as written, with `.ts` or `.tsx` added, a `.js` name's `.ts` source, or a folder's `index.ts`. */
function resolveRelative(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  const found = candidates.find(isSourceFile);
  if (found === undefined) throw new Error(`cannot resolve '${specifier}' imported by ${relative(ROOT, fromFile)}`);
  return found;
}

/**
 * Every module `entry` (a path from the repository root, or absolute) loads through value
 * imports, each with the chain of imports that first reaches it, `entry` first. Files are keyed
 * by their path from the repository root; packages by the specifier as written (`preact/hooks`),
 * and are not followed. JSON files are reached but not read. A relative import that names no
 * file throws, naming the importer, rather than passing unchecked.
 */
export function reachableFrom(entry: string): Map<string, string[]> {
  const start = resolve(ROOT, entry);
  const reached = new Map([[relative(ROOT, start), [relative(ROOT, start)]]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.endsWith('.json')) continue;
    const chain = reached.get(relative(ROOT, file))!;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      const target = specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined;
      const key = target === undefined ? specifier : relative(ROOT, target);
      if (reached.has(key)) continue;
      reached.set(key, [...chain, key]);
      if (target !== undefined) queue.push(target);
    }
  }
  return reached;
}

/** Whether a key of `reachableFrom` is a package specifier rather than a file of the repository. */
export const isPackage = (key: string): boolean => !existsSync(join(ROOT, key));

/**
 * The import chains (`a.ts → b.ts → zod`) to whichever of `forbidden` the modules reach. A
 * package name also stands for its subpaths: `zod` catches `zod/mini`.
 */
export function chainsTo(reached: ReadonlyMap<string, readonly string[]>, forbidden: readonly string[]): string[] {
  return [...reached]
    .filter(([key]) => forbidden.some((name) => key === name || key.startsWith(`${name}/`)))
    .map(([, chain]) => chain.join(' → '));
}
