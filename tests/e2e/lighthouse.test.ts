import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PAGES, measureLighthouse } from '../../src/lib/build/lighthouse-scores';
import { baseUrl } from './support/browser';

describe('Lighthouse (mobile)', () => {
  it(
    'scores 100 for performance, accessibility, best practices and SEO on the key pages',
    async () => {
      const results = await measureLighthouse(baseUrl(), LIGHTHOUSE_PAGES);
      for (const result of results) {
        expect(
          { path: result.path, performance: result.performance, accessibility: result.accessibility, bestPractices: result.bestPractices, seo: result.seo },
          `failing audits: ${result.failing.join(', ')}`,
        ).toEqual({ path: result.path, performance: 100, accessibility: 100, bestPractices: 100, seo: 100 });
      }
    },
    600_000,
  );
});
