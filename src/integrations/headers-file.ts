/**
 * Builds the `_headers` file static hosts (Netlify, Cloudflare Pages and others) read: the
 * site-wide rules from public/_headers, then each page's Content-Security-Policy, copied from
 * the <meta> Astro wrote (its script and style hashes differ per page) plus the directives a
 * <meta> cannot carry.
 */
import { frameAncestors, framingHeaders } from '../lib/embed/pages.ts';

export interface PagePolicy {
  path: string;
  contentSecurityPolicy: string;
}

/*
 * Browsers ignore `frame-ancestors` and `upgrade-insecure-requests` in a <meta> policy; they
 * only work as a response header. Framing is decided per page (frame-ancestors.ts), so
 * X-Frame-Options is written here too and never site-wide: Netlify and Cloudflare Pages send
 * every matching rule's headers, so a DENY under `/*` would reach the embed pages as well.
 */

export function extractMetaCsp(html: string): string | null {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']content-security-policy["'][^>]*>/i)?.[0];
  if (!tag) return null;
  const content = tag.match(/\bcontent=(["'])([\s\S]*?)\1/i)?.[2];
  return content
    ? content
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trim()
    : null;
}

export function buildHeadersFile(
  siteWideRules: string,
  pages: readonly PagePolicy[],
  embedOrigins: readonly string[] = [],
): string {
  const perPage = [...pages]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((page) => {
      const policy = [
        page.contentSecurityPolicy.replace(/;\s*$/, ''),
        frameAncestors(page.path, embedOrigins),
        'upgrade-insecure-requests',
      ].join('; ');
      const framing = framingHeaders(page.path).map(([name, value]) => `\n  ${name}: ${value}`);
      return `${page.path}\n  Content-Security-Policy: ${policy}${framing.join('')}`;
    });
  return `${siteWideRules.trimEnd()}\n\n${perPage.join('\n\n')}\n`;
}

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path pattern at the start of a line, indented `Name: value` lines below. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a static host sends for `path`: every matching rule, in file order. */
export function headersForPath(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules
    .filter((rule) => (rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern))
    .flatMap((rule) => rule.headers);
}
