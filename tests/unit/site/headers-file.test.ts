import { describe, expect, it } from 'vitest';
import { buildHeadersFile, extractMetaCsp } from '../../../src/integrations/headers-file';

const POLICY =
  "default-src 'self'; script-src 'self' 'sha256-AbC+/123='; style-src 'self' 'sha256-XyZ='; img-src 'self' data:";
const ENCODED = POLICY.replace(/'/g, '&#39;');

const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<title>x</title></head><body><p>content="nope"</p></body></html>`;

describe('extractMetaCsp', () => {
  it('reads the policy Astro writes, decoding &#39; entities', () => {
    const html = page(`<meta http-equiv="content-security-policy" content="${ENCODED}">`);
    expect(extractMetaCsp(html)).toBe(POLICY);
  });

  it('works with content before http-equiv and mixed-case names', () => {
    const html = page(`<meta content="${ENCODED}" http-equiv="Content-Security-Policy">`);
    expect(extractMetaCsp(html)).toBe(POLICY);
  });

  it('works with single-quoted attributes, extra attributes and a self-closing tag', () => {
    const html = page(`<META data-x="1" HTTP-EQUIV='Content-Security-Policy' CONTENT="${POLICY}" />`);
    expect(extractMetaCsp(html)).toBe(POLICY);
  });

  it('decodes &quot; and &amp; and trims whitespace', () => {
    const html = page(
      `<meta http-equiv="content-security-policy" content="  default-src &#39;self&#39;; report-uri /r?a=1&amp;b=&quot;2&quot;  ">`,
    );
    expect(extractMetaCsp(html)).toBe(`default-src 'self'; report-uri /r?a=1&b="2"`);
  });

  it('does not decode &amp;#39; twice', () => {
    const html = page(`<meta http-equiv="content-security-policy" content="x &amp;#39;">`);
    expect(extractMetaCsp(html)).toBe('x &#39;');
  });

  it('ignores other meta tags that have a content attribute', () => {
    const html = page(
      `<meta name="description" content="Not a policy"><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;">`,
    );
    expect(extractMetaCsp(html)).toBe("default-src 'none'");
  });

  it('returns null when there is no CSP meta tag', () => {
    expect(extractMetaCsp(page('<meta name="description" content="x">'))).toBeNull();
    expect(extractMetaCsp(page('<meta http-equiv="refresh" content="0; url=/">'))).toBeNull();
    expect(extractMetaCsp('')).toBeNull();
  });

  it('returns null for an empty policy', () => {
    expect(extractMetaCsp(page('<meta http-equiv="content-security-policy" content="">'))).toBeNull();
  });
});

describe('buildHeadersFile', () => {
  const siteWide = '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n\n';

  it('keeps the site-wide rules first, then one block per page sorted by path', () => {
    const out = buildHeadersFile(siteWide, [
      { path: '/pricing-models/', contentSecurityPolicy: "default-src 'self'" },
      { path: '/', contentSecurityPolicy: "default-src 'none'" },
      { path: '/faq/', contentSecurityPolicy: "script-src 'self';" },
    ]);
    const blocks = out.split('\n\n');
    expect(blocks[0]).toBe(siteWide.trimEnd());
    expect(blocks.slice(1).map((b) => b.split('\n')[0])).toEqual(['/', '/faq/', '/pricing-models/']);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('appends the header-only directives to each page policy without a doubled semicolon', () => {
    const out = buildHeadersFile(siteWide, [{ path: '/faq/', contentSecurityPolicy: "script-src 'self';  " }]);
    expect(out).toContain(
      "/faq/\n  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'; upgrade-insecure-requests\n  X-Frame-Options: DENY\n",
    );
    expect(out).not.toContain(';;');
  });

  it('lets the embed pages be framed by the site and the listed origins only, with no X-Frame-Options', () => {
    const pages = [
      { path: '/embed/', contentSecurityPolicy: 'a' },
      { path: '/embed/estimator/', contentSecurityPolicy: 'b' },
    ];
    const out = buildHeadersFile('', pages, ['https://www.msp.example']);
    expect(out).toContain(
      "/embed/\n  Content-Security-Policy: a; frame-ancestors 'none'; upgrade-insecure-requests\n  X-Frame-Options: DENY",
    );
    expect(out).toContain(
      "/embed/estimator/\n  Content-Security-Policy: b; frame-ancestors 'self' https://www.msp.example; upgrade-insecure-requests\n",
    );
    expect(out.split('/embed/estimator/')[1]).not.toContain('X-Frame-Options');
    expect(buildHeadersFile('', pages)).toContain("b; frame-ancestors 'self'; upgrade");
  });

  it('gives every page its own policy, unchanged apart from the appended directives', () => {
    const pages = [
      { path: '/a/', contentSecurityPolicy: "script-src 'sha256-A='" },
      { path: '/b/', contentSecurityPolicy: "script-src 'sha256-B='" },
    ];
    const lines = buildHeadersFile('', pages)
      .split('\n')
      .filter((l) => l.includes('Content-Security-Policy'));
    expect(lines).toEqual([
      "  Content-Security-Policy: script-src 'sha256-A='; frame-ancestors 'none'; upgrade-insecure-requests",
      "  Content-Security-Policy: script-src 'sha256-B='; frame-ancestors 'none'; upgrade-insecure-requests",
    ]);
  });

  it('does not reorder the caller’s array', () => {
    const pages = [
      { path: '/z/', contentSecurityPolicy: 'a' },
      { path: '/a/', contentSecurityPolicy: 'b' },
    ];
    buildHeadersFile(siteWide, pages);
    expect(pages.map((p) => p.path)).toEqual(['/z/', '/a/']);
  });

  it('round-trips with extractMetaCsp', () => {
    const html = page(`<meta http-equiv="content-security-policy" content="${ENCODED}">`);
    const csp = extractMetaCsp(html)!;
    const out = buildHeadersFile(siteWide, [{ path: '/', contentSecurityPolicy: csp }]);
    expect(out).toContain(
      `/\n  Content-Security-Policy: ${POLICY}; frame-ancestors 'none'; upgrade-insecure-requests\n  X-Frame-Options: DENY\n`,
    );
  });
});
