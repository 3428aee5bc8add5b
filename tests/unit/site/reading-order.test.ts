import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReadingOrder, findNeighbours, type GuidePageRef } from '../../../src/lib/content/reading-order';

const page = (id: string, order: number): GuidePageRef => ({ id, order, title: `Title ${id}`, navLabel: id });

describe('buildReadingOrder', () => {
  it('sorts pages by their order field', () => {
    const pages = [page('pricing', 30), page('intro', 10), page('fit', 20)];
    expect(buildReadingOrder(pages).map((p) => p.id)).toEqual(['intro', 'fit', 'pricing']);
  });

  it('handles zero, negative and non-contiguous orders', () => {
    const pages = [page('c', 100), page('a', -5), page('b', 0)];
    expect(buildReadingOrder(pages).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not mutate its input and keeps extra fields', () => {
    const pages = [
      { ...page('b', 2), extra: 'kept' },
      { ...page('a', 1), extra: 'also' },
    ];
    const ordered = buildReadingOrder(pages);
    expect(pages.map((p) => p.id)).toEqual(['b', 'a']);
    expect(ordered[0]).toBe(pages[1]);
    expect(ordered[1]?.extra).toBe('kept');
  });

  it('throws on a duplicate order, naming both files', () => {
    const pages = [page('what-is-co-managed-it', 1), page('comparison', 2), page('when-it-fits', 2)];
    expect(() => buildReadingOrder(pages)).toThrow(
      'src/content/guide/when-it-fits.mdx: order 2 is already used by src/content/guide/comparison.mdx',
    );
  });

  it('detects a duplicate of order 0', () => {
    expect(() => buildReadingOrder([page('a', 0), page('b', 0)])).toThrow(/order 0 is already used by .*a\.mdx/);
  });

  it('returns an empty list for no pages', () => {
    expect(buildReadingOrder([])).toEqual([]);
  });

  it('property: output is the same pages in non-decreasing order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 20 }), (orders) => {
        const pages = orders.map((order, i) => page(`p${i}`, order));
        const ordered = buildReadingOrder(pages);
        expect(ordered).toHaveLength(pages.length);
        expect(new Set(ordered)).toEqual(new Set(pages));
        for (let i = 1; i < ordered.length; i += 1) {
          expect(ordered[i]!.order).toBeGreaterThan(ordered[i - 1]!.order);
        }
      }),
    );
  });
});

describe('findNeighbours', () => {
  const ordered = buildReadingOrder([page('one', 1), page('two', 2), page('three', 3)]);

  it('has no previous page at the start', () => {
    const { previous, next } = findNeighbours(ordered, 'one');
    expect(previous).toBeNull();
    expect(next?.id).toBe('two');
  });

  it('has both neighbours in the middle', () => {
    const { previous, next } = findNeighbours(ordered, 'two');
    expect(previous?.id).toBe('one');
    expect(next?.id).toBe('three');
  });

  it('has no next page at the end', () => {
    const { previous, next } = findNeighbours(ordered, 'three');
    expect(previous?.id).toBe('two');
    expect(next).toBeNull();
  });

  it('returns no neighbours for an unknown id or a lone page', () => {
    expect(findNeighbours(ordered, 'missing')).toEqual({ previous: null, next: null });
    expect(findNeighbours([page('solo', 1)], 'solo')).toEqual({ previous: null, next: null });
    expect(findNeighbours([], 'solo')).toEqual({ previous: null, next: null });
  });
});
