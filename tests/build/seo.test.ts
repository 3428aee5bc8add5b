import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import brandJson from '../../src/data/brand.json';
import { builtHtmlFiles, DIST, readBuilt, sitePathOf } from './dist-pages';

const base = brandJson.baseUrl.replace(/\/+$/, '');
const pages = builtHtmlFiles().filter((file) => file !== '404.html');

/** Outcome pages of the tools carry personalised answers; search engines are sent to the landing page. */
// Outcome pages point at their tool; an embed page (/embed/<tool>/) at the tool's full page.
const canonicalPathOf = (path: string) =>
  path.replace(/^\/(assessment|estimator)\/[^/]+\/$/, '/$1/').replace(/^\/embed\/([^/]+)\/$/, '/$1/');

function metaContent(html: string, attr: 'name' | 'property', key: string): string | null {
  const tag = html.match(new RegExp(`<meta[^>]*${attr}="${key.replace(/[:.]/g, '\\$&')}"[^>]*>`))?.[0];
  return tag?.match(/content="([^"]*)"/)?.[1] ?? null;
}

function jsonLdTypes(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => (JSON.parse(m[1]!) as { '@type': string })['@type'],
  );
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('every page can be found and previewed', () => {
  it('builds the pages the issue names, on their public routes', () => {
    const paths = pages.map(sitePathOf);
    for (const route of ['/', '/faq/', '/glossary/', '/search/', '/comparison/', '/what-is-co-managed-it/']) {
      expect(paths).toContain(route);
    }
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });

  it('gives each page a unique title and a unique description of at most 160 characters', () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    // An embed page is its tool's page in a frame: same title, never indexed, canonical to the tool.
    for (const file of pages.filter((page) => !/^embed\/[^/]+\//.test(page))) {
      const html = readBuilt(file);
      const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
      const description = metaContent(html, 'name', 'description');
      expect(title, file).toBeTruthy();
      expect(description, file).toBeTruthy();
      expect(description!.length, file).toBeLessThanOrEqual(160);
      expect(titles.has(title!), `duplicate title on ${file}`).toBe(false);
      expect(descriptions.has(description!), `duplicate description on ${file}`).toBe(false);
      titles.add(title!);
      descriptions.add(description!);
    }
  });

  it.each(pages)('%s has an absolute canonical URL, Open Graph and Twitter tags with a real 1200x630 image', (file) => {
    const html = readBuilt(file);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical).toBe(`${base}${canonicalPathOf(sitePathOf(file))}`);
    expect(metaContent(html, 'property', 'og:url')).toBe(canonical);
    expect(metaContent(html, 'property', 'og:title')).toBeTruthy();
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = metaContent(html, 'property', 'og:image')!;
    expect(image.startsWith(`${base}/`)).toBe(true);
    expect(metaContent(html, 'name', 'twitter:image')).toBe(image);
    expect(pngSize(join(DIST, image.slice(base.length)))).toEqual({ width: 1200, height: 630 });
    expect(html).toMatch(/<html lang="[a-z]{2}"/);
    expect(html.match(/<h1[\s>]/g)?.length, 'exactly one h1').toBe(1);
  });

  it('describes each kind of page with the JSON-LD that fits it', () => {
    expect(jsonLdTypes(readBuilt('index.html'))).toContain('WebSite');
    expect(jsonLdTypes(readBuilt('faq/index.html'))).toEqual(expect.arrayContaining(['FAQPage', 'BreadcrumbList']));
    expect(jsonLdTypes(readBuilt('glossary/index.html'))).toEqual(
      expect.arrayContaining(['DefinedTermSet', 'BreadcrumbList']),
    );
    expect(jsonLdTypes(readBuilt('comparison/index.html'))).toEqual(
      expect.arrayContaining(['Article', 'BreadcrumbList']),
    );
    const site = JSON.parse(
      readBuilt('index.html').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!,
    );
    expect(site.potentialAction.target.urlTemplate).toBe(`${base}/search/?q={search_term_string}`);
  });

  it('gives every indexable page its structured data', () => {
    for (const file of pages.filter((page) => !/<meta name="robots" content="noindex/.test(readBuilt(page)))) {
      expect(jsonLdTypes(readBuilt(file)).length, file).toBeGreaterThan(0);
    }
  });

  it('lists every indexable page in the sitemap, and robots.txt names the sitemap', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const listed = sitemapUrls.flatMap((url) => {
      const xml = readFileSync(join(DIST, url.slice(base.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    for (const file of pages) {
      const html = readBuilt(file);
      const path = sitePathOf(file);
      if (/<meta name="robots" content="noindex/.test(html) || canonicalPathOf(path) !== path) {
        expect(listed).not.toContain(`${base}${sitePathOf(file)}`);
      } else {
        expect(listed, file).toContain(`${base}${sitePathOf(file)}`);
      }
    }
    expect(listed).not.toContain(`${base}/404/`);
    // A results page is not a landing page.
    expect(readBuilt('search/index.html')).toMatch(/<meta name="robots" content="noindex/);
    expect(listed).not.toContain(`${base}/search/`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${base}/sitemap-index.xml`);
  });

  it('indexes the guide, FAQ and glossary for search, but not navigation or footers', () => {
    for (const file of ['faq/index.html', 'glossary/index.html', 'comparison/index.html']) {
      const html = readBuilt(file);
      expect(html, file).toContain('data-pagefind-body');
      expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all"/);
      expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore="all"/);
    }
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('links the first use of glossary terms in the guide to their anchors', () => {
    const html = readBuilt('what-is-co-managed-it/index.html');
    const glossary = readBuilt('glossary/index.html');
    const links = [...html.matchAll(/href="\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(2);
    expect(new Set(links).size).toBe(links.length);
    for (const id of links) expect(glossary).toContain(`id="${id}"`);
  });
});
