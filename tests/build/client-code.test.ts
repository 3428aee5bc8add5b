/*
 * What reaches the browser, read from the built chunks themselves rather than from source
 * imports (an import the compiler adds is visible only here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../tooling/page-weight';
import { builtHtmlFiles, DIST, isContentPage, sitePathOf } from './dist-pages';

/** zod 4 names every schema class with a string like this; minifying keeps it. */
const ZOD_MARKER = '"$ZodType"';

const pages = builtHtmlFiles();

describe('browser code', () => {
  it('would notice zod: the marker is in zod’s own code', () => {
    expect(readFileSync(join('node_modules', 'zod', 'v4', 'core', 'schemas.js'), 'utf8')).toContain(ZOD_MARKER);
  });

  it.each(pages)('%s loads no validator: data files are checked at build time, never in the browser', (file) => {
    const withZod = measurePage(DIST, file).scripts.filter((script) =>
      readFileSync(join(DIST, script), 'utf8').includes(ZOD_MARKER),
    );
    expect(withZod).toEqual([]);
  });

  it.each(pages.filter((file) => isContentPage(sitePathOf(file))))(
    '%s fetches no script on arrival, and only search code when the reader opens search',
    (file) => {
      const { scripts, initialJs } = measurePage(DIST, file);
      // The search code the loader puts in when asked, and the results renderer it shares with /search/.
      expect(
        scripts.filter((script) => !/\/(SearchCode\.astro[^/]*|render-search-results\.[\w-]+\.js)$/.test(script)),
      ).toEqual([]);
      const html = readFileSync(join(DIST, file), 'utf8');
      const fetchedOnArrival = html.replace(/<template\b[\s\S]*?<\/template>/gi, '').match(/<script\b[^>]*\bsrc=/gi);
      expect(fetchedOnArrival).toBeNull();
      expect(initialJs).toBeLessThan(1024);
    },
  );
});
