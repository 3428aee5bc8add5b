import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutCard, wrapWords } from '../../../src/lib/og/card-layout';

const wordArb = fc.stringMatching(/^[A-Za-z0-9&<>'"-]{1,12}$/);

describe('wrapWords', () => {
  it('wraps greedily at maxChars', () => {
    expect(wrapWords('Who owns what in co-managed IT', 12, 5)).toEqual(['Who owns', 'what in', 'co-managed', 'IT']);
  });

  it('collapses runs of whitespace and ignores leading/trailing space', () => {
    expect(wrapWords('  a\n\tb   c  ', 10, 3)).toEqual(['a b c']);
    expect(wrapWords('   ', 10, 3)).toEqual([]);
  });

  it('allows a line of exactly maxChars', () => {
    expect(wrapWords('abcd efgh', 9, 2)).toEqual(['abcd efgh']);
    expect(wrapWords('abcd efghi', 9, 2)).toEqual(['abcd', 'efghi']);
  });

  it('cuts a word longer than a line and marks the cut with an ellipsis', () => {
    expect(wrapWords('Interoperability rules', 8, 3)).toEqual(['Interop…', 'rules']);
  });

  it('stops at maxLines and ends the last line with an ellipsis', () => {
    const lines = wrapWords('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });

  it('keeps visible text on the last line when a single word fits with the ellipsis', () => {
    // Lines would be "aaaa" / "bbbb" / "cccc"; with two lines allowed "bbbb…" fits in 5 characters.
    const lines = wrapWords('aaaa bbbb cccc', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).not.toBe('…');
  });

  it('property: no line is longer than maxChars and there are at most maxLines', () => {
    fc.assert(
      fc.property(
        fc.array(wordArb, { maxLength: 30 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (words, maxChars, maxLines) => {
          const lines = wrapWords(words.join(' '), maxChars, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(maxChars);
        },
      ),
    );
  });

  it('property: when nothing is cut, every word appears once, in order', () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 30 }), fc.integer({ min: 12, max: 40 }), (words, maxChars) => {
        const lines = wrapWords(words.join(' '), maxChars, 1000);
        expect(lines.join(' ')).toBe(words.join(' '));
        expect(lines.join(' ')).not.toContain('…');
      }),
    );
  });

  it('property: when lines are cut, the kept text is a prefix of the original words plus "…"', () => {
    fc.assert(
      fc.property(
        fc.array(wordArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 3 }),
        (words, maxLines) => {
          const full = wrapWords(words.join(' '), 12, 1000);
          const lines = wrapWords(words.join(' '), 12, maxLines);
          if (full.length <= maxLines) {
            expect(lines).toEqual(full);
          } else {
            expect(lines.at(-1)!.endsWith('…')).toBe(true);
            const kept = lines.join(' ').replace(/…$/, '').trimEnd();
            expect(full.join(' ').startsWith(kept)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('layoutCard', () => {
  const card = { eyebrow: 'Guide', title: 'Pricing models', footer: 'co-managed-it.example.com' };
  const titleLines = (title: string) => layoutCard({ ...card, title }).texts.filter((t) => t.size === 64);

  it('is 1200x630, its first rectangle covering all of it (so every pixel is opaque)', () => {
    const layout = layoutCard(card);
    expect(layout).toMatchObject({ width: 1200, height: 630 });
    expect(layout.rects[0]).toMatchObject({ x: 0, y: 0, width: 1200, height: 630 });
  });

  it('keeps the text exactly as written: markup is text on a card, never markup', () => {
    const hostile = { eyebrow: '<b>A & B</b>', title: 'x < y > z & "w"', footer: '</text><svg onload=1>' };
    expect(layoutCard(hostile).texts.map((t) => t.text)).toEqual([hostile.eyebrow, hostile.title, hostile.footer]);
  });

  it('draws one text line per wrapped title line, at most four, 76px apart', () => {
    const title =
      'A very long preview card title that keeps going well past the four lines the card allows for, and then some more';
    const lines = titleLines(title);
    expect(lines.map((line) => line.text)).toEqual(wrapWords(title, 26, 4));
    expect(lines).toHaveLength(4);
    const ys = lines.map((line) => line.y);
    expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual([76, 76, 76]);
    expect(lines.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('keeps every title clear of the eyebrow above it and the rule below it, at one to four lines', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' ');
    for (let count = 1; count <= words.length; count++) {
      const lines = titleLines(words.slice(0, count).join(' '));
      // DejaVu Sans Bold: capitals rise 0.73 em above the baseline, descenders drop 0.24 em below it.
      const inkTop = lines[0]!.y - 0.73 * 64;
      const inkBottom = lines.at(-1)!.y + 0.24 * 64;
      const eyebrowBottom = 120 + 0.24 * 34;
      expect(inkTop - eyebrowBottom, `${lines.length} line(s)`).toBeGreaterThanOrEqual(20);
      expect(520 - inkBottom, `${lines.length} line(s)`).toBeGreaterThanOrEqual(20);
    }
  });

  it('uses the accent colour when given and a default otherwise', () => {
    const accentOf = (accent?: string) => {
      const layout = layoutCard(accent ? { ...card, accent } : card);
      return [layout.rects[1]!.colour, layout.texts[0]!.colour];
    };
    expect(accentOf()).toEqual(['#0b5cad', '#0b5cad']);
    expect(accentOf('#aa3300')).toEqual(['#aa3300', '#aa3300']);
  });
});
