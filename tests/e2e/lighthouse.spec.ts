import { LIGHTHOUSE_EMBED_PAGES, LIGHTHOUSE_PAGES, measureLighthouse } from '../../tooling/lighthouse-scores';
import { expect, test } from './support/fixtures';

/*
 * Lighthouse drives a Chromium of its own (chrome-launcher, Debian's, with the flags in
 * tooling/chromium-flags.ts), so this test uses no Playwright page: it runs in the `lighthouse`
 * project against the site Playwright's webServer serves.
 *
 * Asserts only what does not depend on how busy the machine is: the performance score and
 * blocking time move with load, so they are a measured goal that `npm run measure` reports as
 * the median of several runs, not a test that fails a fresh clone on a busy machine.
 */
test.describe('Lighthouse (mobile)', () => {
  test('scores 100 for accessibility, best practices and SEO on the key pages, with no layout shift', async ({
    baseURL,
  }) => {
    const results = await measureLighthouse(baseURL!, LIGHTHOUSE_PAGES, { runs: 1 });
    for (const result of results) {
      expect(
        {
          path: result.path,
          accessibility: result.accessibility,
          bestPractices: result.bestPractices,
          seo: result.seo,
        },
        `failing audits: ${result.failing.join(', ')}`,
      ).toEqual({ path: result.path, accessibility: 100, bestPractices: 100, seo: 100 });
      expect(result.layoutShift, `${result.path} layout shift`).toBeLessThan(0.01);
    }
  });

  test('scores 100 for accessibility and best practices on an embed page', async ({ baseURL }) => {
    const results = await measureLighthouse(baseURL!, LIGHTHOUSE_EMBED_PAGES, { runs: 1 });
    for (const result of results) {
      expect(
        { path: result.path, accessibility: result.accessibility, bestPractices: result.bestPractices },
        `failing audits: ${result.failing.join(', ')}`,
      ).toEqual({ path: result.path, accessibility: 100, bestPractices: 100 });
    }
  });
});
