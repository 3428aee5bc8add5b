/*
 * The import walker the client-safety tests rely on. The site's own source exercises the common
 * paths; this covers what it does not use yet (a `.js` specifier, a folder's index.ts, a dynamic
 * import, an import that names no file), so a check cannot pass because the walker lost its way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chainsTo, isPackage, reachableFrom, ROOT, valueImports } from '../../support/module-graph';

const dir = mkdtempSync(join(tmpdir(), 'module-graph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files (path → source) under a fresh folder and returns how the walker keys each. */
function tree(name: string, files: Record<string, string>): (path: string) => string {
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name, path)), { recursive: true });
    writeFileSync(join(dir, name, path), source);
  }
  return (path) => relative(ROOT, join(dir, name, path));
}

describe('the module graph', () => {
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

  it('resolves .js names, folders and dynamic imports, and keeps the chain to each module', () => {
    const key = tree('resolves', {
      'entry.ts':
        "import { a } from './a.js';\nimport type { T } from './typed';\nexport const b = () => import('./b');",
      'a.ts': "import { z } from 'zod/mini';\nimport data from './data.json' with { type: 'json' };",
      'b/index.ts': "import { h } from 'preact';",
      // Never read: JSON imports nothing.
      'data.json': "import './nowhere';",
    });
    const reached = reachableFrom(join(dir, 'resolves/entry.ts'));
    expect(Object.fromEntries(reached)).toEqual({
      [key('entry.ts')]: [key('entry.ts')],
      [key('a.ts')]: [key('entry.ts'), key('a.ts')],
      [key('b/index.ts')]: [key('entry.ts'), key('b/index.ts')],
      'zod/mini': [key('entry.ts'), key('a.ts'), 'zod/mini'],
      [key('data.json')]: [key('entry.ts'), key('a.ts'), key('data.json')],
      preact: [key('entry.ts'), key('b/index.ts'), 'preact'],
    });
    expect([...reached.keys()].filter(isPackage)).toEqual(['zod/mini', 'preact']);
    expect(chainsTo(reached, ['zod', 'preact/hooks'])).toEqual([`${key('entry.ts')} → ${key('a.ts')} → zod/mini`]);
  });

  it('refuses a relative import that names no file, naming the importer', () => {
    const key = tree('missing', { 'entry.ts': "import { gone } from './gone';" });
    expect(() => reachableFrom(join(dir, 'missing/entry.ts'))).toThrow(
      `cannot resolve './gone' imported by ${key('entry.ts')}`,
    );
  });
});
