import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../../tooling/page-weight';
import { builtHtmlFiles, DIST, isContentPage, sitePathOf } from './dist-pages';

export const BUDGETS = {
  /** Bytes gzip-compressed. */
  contentPageFirstLoad: 25 * 1024,
  contentPageJs: 1024,
  /**
   * A tool page's JavaScript as a CDN serves it (brotli), everything fetched before the first
   * interaction; search is left out, as it loads only when the reader opens it.
   */
  toolPageJsBrotli: 20 * 1024,
};

const contentPages = builtHtmlFiles().filter((file) => isContentPage(sitePathOf(file)));

describe('page weight budgets (gzip)', () => {
  it('has content pages to measure', () => {
    expect(contentPages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(contentPages)('%s loads at most 25 KB first, and no JavaScript but the 1 KB search loader', (file) => {
    const weight = measurePage(DIST, file);
    expect(weight.firstLoad).toBeLessThanOrEqual(BUDGETS.contentPageFirstLoad);
    expect(weight.initialJs).toBeLessThanOrEqual(BUDGETS.contentPageJs);
    expect(weight.initialJs).toBeGreaterThan(0);
  });
});

// The embed pages (/embed/<tool>/) are the same tools and keep the same budget.
const toolPages = builtHtmlFiles().filter((file) => /^(embed\/)?(assessment|estimator|handoff-planner)\//.test(file));

describe('tool page JavaScript (brotli, as served)', () => {
  it('measures every tool page, the handoff planner included', () => {
    expect(toolPages).toContain('handoff-planner/index.html');
  });

  it.each(toolPages)('%s loads at most 20 KB of JavaScript before the first interaction', (file) => {
    const { initialJs, scripts } = measurePage(DIST, file, 'brotli');
    expect(initialJs, scripts.join(', ')).toBeLessThanOrEqual(BUDGETS.toolPageJsBrotli);
  });
});

describe('first paint from the first response', () => {
  const pages = builtHtmlFiles();

  it.each(pages)('%s holds its styles inline, with no stylesheet to wait for', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html).not.toMatch(/<link\b[^>]*\brel=["']?stylesheet/i);
    expect(html).toMatch(/<style\b/);
  });

  it.each(pages)('%s runs no script that blocks parsing', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const classic = [...html.matchAll(/<script\b([^>]*)>/gi)]
      .map((match) => match[1]!)
      .filter((attributes) => /\bsrc=/.test(attributes) && !/\btype=["']?module|\bdefer\b|\basync\b/.test(attributes));
    expect(classic).toEqual([]);
  });
});
