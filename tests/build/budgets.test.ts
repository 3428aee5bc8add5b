import { describe, expect, it } from 'vitest';
import { measurePage } from '../../src/lib/build/page-weight';
import { builtHtmlFiles, DIST, isContentPage, sitePathOf } from './dist-pages';

export const BUDGETS = {
  /** Bytes gzip-compressed. */
  contentPageFirstLoad: 25 * 1024,
  contentPageJs: 1024,
  /** The issues' budget for a tool page's JavaScript, search included, lazy chunks and all. */
  toolPageJs: 15 * 1024,
  /**
   * The handoff planner's issue sets no JavaScript budget; this ceiling at its measured size
   * stops it growing unnoticed. Lower it as the island shrinks, never raise it.
   */
  handoffPlannerJsCeiling: 24_400,
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

const toolPages = builtHtmlFiles().filter((file) => /^(assessment|estimator|handoff-planner)\//.test(file));

describe('tool page JavaScript (gzip)', () => {
  it('measures every tool page, the handoff planner included', () => {
    expect(toolPages).toContain('handoff-planner/index.html');
  });

  it.each(toolPages)('%s loads at most 15 KB of JavaScript (the planner: its ceiling)', (file) => {
    const ceiling = file.startsWith('handoff-planner/') ? BUDGETS.handoffPlannerJsCeiling : BUDGETS.toolPageJs;
    expect(measurePage(DIST, file).allJs).toBeLessThanOrEqual(ceiling);
  });
});
