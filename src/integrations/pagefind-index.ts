import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Indexes every page under `site` into `site`/pagefind/; the number of pages indexed. */
async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await close();
  }
}

/**
 * Builds the search index into dist/pagefind/ in every `astro build`, so a plain build has search.
 * A failed index fails the build: a site whose search box finds nothing is broken.
 *
 * Indexing starts as soon as the pages are written and is awaited at the end of the build, so
 * the other steps after it (sitemap, security headers, embed script) run while Pagefind's own
 * process reads the pages. None of those steps writes HTML.
 */
export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Reported where it is awaited, below.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? indexSite(fileURLToPath(dir)));
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
