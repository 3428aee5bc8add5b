import { describe, expect, it } from 'vitest';
import { embedPagePath, frameAncestors, framingHeaders, fullPagePath, isEmbedPage } from '../../../src/lib/embed/pages';

describe('which pages may be framed', () => {
  it('only the tools under /embed/, not the page that documents them', () => {
    expect(isEmbedPage('/embed/estimator/')).toBe(true);
    expect(isEmbedPage('/embed/')).toBe(false);
    expect(isEmbedPage('/estimator/')).toBe(false);
    expect(isEmbedPage('/embedding/')).toBe(false);
  });

  it('ordinary pages deny every frame; embed pages allow the site and the listed origins', () => {
    expect(frameAncestors('/faq/', ['https://a.example'])).toBe("frame-ancestors 'none'");
    expect(framingHeaders('/faq/')).toEqual([['X-Frame-Options', 'DENY']]);
    expect(frameAncestors('/embed/assessment/', ['https://a.example', 'https://b.example'])).toBe(
      "frame-ancestors 'self' https://a.example https://b.example",
    );
    expect(frameAncestors('/embed/assessment/', [])).toBe("frame-ancestors 'self'");
    expect(framingHeaders('/embed/assessment/')).toEqual([]);
  });
});

describe('the full page behind an embed page', () => {
  it('maps both ways', () => {
    expect(fullPagePath('/embed/handoff-planner/')).toBe('/handoff-planner/');
    expect(fullPagePath('/estimator/')).toBe('/estimator/');
    expect(embedPagePath('/estimator/')).toBe('/embed/estimator/');
  });
});
