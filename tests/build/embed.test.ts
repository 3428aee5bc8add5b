import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import brand from '../../src/data/brand.json' with { type: 'json' };
import { DIST, readBuilt } from './dist-pages';

const EMBED_PAGES = ['assessment', 'estimator', 'handoff-planner'].map((tool) => `embed/${tool}/index.html`);

describe('the host script MSPs paste (/embed.js)', () => {
  const script = readFileSync(join(DIST, 'embed.js'));

  it('is at most 1 KB compressed, as served', () => {
    const brotli = brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(brotli).toBeLessThanOrEqual(1024);
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(1024);
  });

  it('stands alone: a classic script with no import, so a page can load it from another origin', () => {
    expect(script.toString()).not.toMatch(/\bimport\s*[({"'`]|\bexport\s/);
  });

  it('is cached briefly, as its address never changes', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(
      /^\/embed\.js\n {2}Cache-Control: public, max-age=3600$/m,
    );
  });
});

describe('the embed pages', () => {
  it.each(EMBED_PAGES)('%s is the tool alone, never indexed, canonical to the full page', (file) => {
    const html = readBuilt(file);
    const tool = file.split('/')[1];
    expect(html).toContain('<meta name="robots" content="noindex, follow"');
    expect(html).toContain(`<link rel="canonical" href="${brand.baseUrl}/${tool}/"`);
    expect(html).toContain('<base target="_blank"');
    expect(html).not.toMatch(/class="site-header|class="site-footer|class="breadcrumbs/);
    // Pagefind indexes only pages with a data-pagefind-body, so these stay out of search.
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('data-island=');
  });

  it.each(EMBED_PAGES)('%s promises nothing a frame cannot keep (it has no address bar)', (file) => {
    expect(readBuilt(file)).not.toContain('address bar');
  });

  it('are left out of the sitemap, which lists /embed/ itself', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/embed\/[^/<]+\//);
    expect(sitemap).toContain(`${brand.baseUrl}/embed/</loc>`);
  });
});
