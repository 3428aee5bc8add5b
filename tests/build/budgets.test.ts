import { describe, expect, it } from 'vitest';
import { measurePage } from '../../src/lib/build/page-weight';
import { builtHtmlFiles, DIST, isContentPage, sitePathOf } from './dist-pages';

export const BUDGETS = {
  /** Bytes gzip-compressed. */
  contentPageFirstLoad: 25 * 1024,
  contentPageJs: 1024,
  /** The issues' budget for a tool page's JavaScript, search included, lazy chunks and all. */
  toolPageJs: 15 * 1024,
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

const toolPages = builtHtmlFiles().filter((file) => /^(assessment|estimator)\//.test(file));

describe('tool page JavaScript (gzip)', () => {
  it.each(toolPages)('%s loads at most 15 KB of JavaScript', (file) => {
    expect(measurePage(DIST, file).allJs).toBeLessThanOrEqual(BUDGETS.toolPageJs);
  });
});
