import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetaCsp } from '../../src/integrations/headers-file';
import brand from '../../src/data/brand.json' with { type: 'json' };
import { builtHtmlFiles, DIST, readBuilt, sitePathOf } from './dist-pages';

const pages = builtHtmlFiles();

describe('security headers and policy', () => {
  it.each(pages)('%s carries a strict Content-Security-Policy that still lets Pagefind run', (file) => {
    const policy = extractMetaCsp(readBuilt(file));
    expect(policy).toBeTruthy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain('worker-src');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it('references nothing outside the site: no third-party scripts, styles, fonts or images', () => {
    for (const file of pages) {
      const html = readBuilt(file);
      const loaded = [...html.matchAll(/<(?:script|img|link|source|iframe)\b[^>]*(?:src|href)="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('/') && !url.startsWith('#'));
      // Canonical links are absolute by design and load nothing.
      const foreign = loaded.filter((url) => !html.includes(`rel="canonical" href="${url}"`));
      expect(foreign, file).toEqual([]);
    }
    // Styles are inline in each page (astro.config.ts).
    for (const file of pages) {
      const css = [...readBuilt(file).matchAll(/<style\b[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]).join('\n');
      expect(css, file).not.toMatch(/url\(\s*["']?https?:/);
      expect(css, file).not.toMatch(/@import/);
    }
  });

  it('writes a _headers file with nosniff, referrer and permissions policies, caching and each page CSP', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n(?: {2}.+\n)*? {2}X-Content-Type-Options: nosniff/m);
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('Permissions-Policy:');
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    for (const file of pages) {
      const path = file === '404.html' ? '/404.html' : sitePathOf(file);
      const block = headers.split('\n\n').find((b) => b.startsWith(`${path}\n`));
      expect(block, `no CSP block for ${path}`).toBeTruthy();
      expect(block).toContain(extractMetaCsp(readBuilt(file))!.replace(/;\s*$/, ''));
      // Framing is decided per page: only the embed pages may be framed (by the site and brand.json's list).
      if (/^\/embed\/[^/]+\/$/.test(path)) {
        expect(block).toContain(["frame-ancestors 'self'", ...brand.embed.allowedOrigins].join(' ') + ';');
        expect(block).not.toContain('X-Frame-Options');
      } else {
        expect(block).toContain("frame-ancestors 'none'");
        expect(block).toContain('X-Frame-Options: DENY');
      }
    }
    // Hosts send every rule that matches a path, so a site-wide DENY would reach the embed pages too.
    expect(headers.split('\n\n').find((b) => /^\/\*$/m.test(b))).not.toMatch(/^ {2}X-Frame-Options/m);
  });
});
