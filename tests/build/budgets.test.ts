import { describe, expect, it } from 'vitest';
import { measurePage } from '../../src/lib/build/page-weight';
import { builtHtmlFiles, DIST, isContentPage, sitePathOf } from './dist-pages';

export const BUDGETS = {
  /** Bytes gzip-compressed. */
  contentPageFirstLoad: 25 * 1024,
  contentPageJs: 1024,
  /** The issues' target for a tool page's JavaScript, search included. Not met yet: see below. */
  toolPageJsTarget: 15 * 1024,
  /**
   * Regression ceilings at today's measured sizes (assessment 16.1 KB, estimator 26.2 KB,
   * handoff planner 25.6 KB gzip). They stop growth while the gap to the 15 KB target stays
   * open on issues 3, 4 and 5; lower them as the islands shrink, never raise them.
   */
  toolPageJsCeiling: { assessment: 16_600, estimator: 26_900, 'handoff-planner': 26_700 } as Record<string, number>,
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

  it.each(toolPages)('%s does not grow past its regression ceiling', (file) => {
    const tool = file.split('/')[0]!;
    expect(measurePage(DIST, file).allJs).toBeLessThanOrEqual(BUDGETS.toolPageJsCeiling[tool]!);
  });
});
