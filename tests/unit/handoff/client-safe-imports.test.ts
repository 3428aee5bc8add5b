/*
 * The planner's island runs in the browser, so the modules it imports must never reach zod
 * (about 15 KB), the validated copy or rules, or the data files. Imports are followed through
 * the source; type-only imports are erased by the compiler, so they are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackage, reachableFrom, ROOT } from '../../support/module-graph';

const HANDOFF = join(ROOT, 'src/lib/handoff');
const MODULES = readdirSync(HANDOFF).filter((file) => file.endsWith('.ts'));

describe('handoff planner modules are safe for the browser', () => {
  it('finds the modules', () => {
    expect(MODULES).toEqual(
      expect.arrayContaining(['matrix.ts', 'checks.ts', 'json-codec.ts', 'link-codec.ts', 'export-csv.ts']),
    );
  });

  it.each(MODULES)('%s imports no package and nothing validated with zod', (module) => {
    const reached = reachableFrom(`src/lib/handoff/${module}`);
    expect([...reached.keys()].filter(isPackage)).toEqual([]);
    for (const file of reached.keys()) {
      expect(
        file.startsWith('src/lib/handoff/') ||
          [
            'src/lib/assessment/split.ts',
            'src/lib/assessment/link-text.ts',
            'src/lib/csv/csv-cell.ts',
            'src/lib/text/template.ts',
          ].includes(file),
        file,
      ).toBe(true);
    }
  });

  it('would notice a value import of the validated copy (the check checks something)', () => {
    const reached = reachableFrom('src/lib/assessment/copy.ts');
    expect([...reached.keys()].filter(isPackage)).toContain('zod');
    expect([...reached.keys()]).toContain('src/lib/config/config-error.ts');
  });

  it('uses no DOM or Node-only API beyond what browsers and Node 24 share', () => {
    for (const module of MODULES) {
      const source = readFileSync(join(HANDOFF, module), 'utf8');
      expect(source, module).not.toMatch(/\b(document|window|localStorage|navigator|Buffer|process|require)\b[.(]/);
      expect(source, module).not.toMatch(/from ['"](astro|preact|node:)/);
    }
  });
});
