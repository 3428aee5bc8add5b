/*
 * The planner's island runs in the browser, so the modules it imports must never reach zod
 * (about 15 KB), the validated copy or rules, or the data files. Imports are followed through
 * the source; type-only imports are erased by the compiler, so they are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const HANDOFF = join(ROOT, 'src/lib/handoff');
const MODULES = readdirSync(HANDOFF).filter((file) => file.endsWith('.ts'));

const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT))
    if (match[1] === undefined && match[2] !== undefined) found.push(match[2]);
  for (const match of source.matchAll(DYNAMIC_IMPORT)) if (match[1] !== undefined) found.push(match[1]);
  return found;
}

/** Every file and package reachable from `entry` through value imports. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>([relative(ROOT, entry)]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.endsWith('.json')) continue;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, base, join(base, 'index.ts')].find(
        (candidate) => existsSync(candidate) && /\.(ts|json)$/.test(candidate),
      );
      if (target === undefined) throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, file)}`);
      if (!files.has(relative(ROOT, target))) {
        files.add(relative(ROOT, target));
        queue.push(target);
      }
    }
  }
  return { files, packages };
}

describe('handoff planner modules are safe for the browser', () => {
  it('finds the modules', () => {
    expect(MODULES).toEqual(
      expect.arrayContaining(['matrix.ts', 'checks.ts', 'json-codec.ts', 'link-codec.ts', 'export-csv.ts']),
    );
  });

  it.each(MODULES)('%s imports no package and nothing validated with zod', (module) => {
    const { files, packages } = reachable(join(HANDOFF, module));
    expect([...packages]).toEqual([]);
    for (const file of files) {
      expect(
        file.startsWith('src/lib/handoff/') ||
          ['src/lib/assessment/split.ts', 'src/lib/assessment/link-text.ts', 'src/lib/csv/csv-cell.ts'].includes(file),
        file,
      ).toBe(true);
    }
  });

  it('would notice a value import of the validated copy (the check checks something)', () => {
    const { files, packages } = reachable(join(ROOT, 'src/lib/assessment/copy.ts'));
    expect([...packages]).toContain('zod');
    expect([...files]).toContain('src/lib/config/config-error.ts');
  });

  it('uses no DOM or Node-only API beyond what browsers and Node 24 share', () => {
    for (const module of MODULES) {
      const source = readFileSync(join(HANDOFF, module), 'utf8');
      expect(source, module).not.toMatch(/\b(document|window|localStorage|navigator|Buffer|process|require)\b[.(]/);
      expect(source, module).not.toMatch(/from ['"](astro|preact|node:)/);
    }
  });
});
