import { describe, expect, it } from 'vitest';
import { buildTableOfContents, MIN_SECTIONS_FOR_TOC, type Heading } from '../../../src/lib/content/table-of-contents';

const h = (depth: number, slug: string): Heading => ({ depth, slug, text: `Text ${slug}` });

describe('buildTableOfContents', () => {
  it('requires at least three sections', () => {
    expect(MIN_SECTIONS_FOR_TOC).toBe(3);
  });

  it('nests h3 under the preceding h2 and ignores h1, h4 and deeper', () => {
    const toc = buildTableOfContents([
      h(1, 'page-title'),
      h(2, 'a'),
      h(3, 'a-1'),
      h(4, 'a-1-x'),
      h(3, 'a-2'),
      h(2, 'b'),
      h(5, 'b-deep'),
      h(2, 'c'),
      h(3, 'c-1'),
      h(6, 'c-deep'),
    ]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'Text a',
        children: [
          { slug: 'a-1', text: 'Text a-1', children: [] },
          { slug: 'a-2', text: 'Text a-2', children: [] },
        ],
      },
      { slug: 'b', text: 'Text b', children: [] },
      { slug: 'c', text: 'Text c', children: [{ slug: 'c-1', text: 'Text c-1', children: [] }] },
    ]);
  });

  it('returns no contents for fewer than MIN_SECTIONS_FOR_TOC h2 sections, however many h3s', () => {
    const few = Array.from({ length: MIN_SECTIONS_FOR_TOC - 1 }, (_, i) => [
      h(2, `s${i}`),
      h(3, `s${i}-a`),
      h(3, `s${i}-b`),
    ]).flat();
    expect(buildTableOfContents(few)).toEqual([]);
    expect(buildTableOfContents([])).toEqual([]);
  });

  it('returns exactly MIN_SECTIONS_FOR_TOC sections when there are that many', () => {
    const enough = Array.from({ length: MIN_SECTIONS_FOR_TOC }, (_, i) => h(2, `s${i}`));
    expect(buildTableOfContents(enough).map((e) => e.slug)).toEqual(['s0', 's1', 's2']);
  });

  it('drops an h3 that comes before any h2 without throwing', () => {
    const toc = buildTableOfContents([h(3, 'orphan'), h(2, 'a'), h(2, 'b'), h(2, 'c')]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b', 'c']);
    expect(toc.flatMap((e) => e.children)).toEqual([]);
  });

  it('does not count h3 headings as sections', () => {
    expect(buildTableOfContents([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(3, 'a3'), h(2, 'b')])).toEqual([]);
  });
});
