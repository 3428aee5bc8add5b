import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPreviewSvg, wrapWords } from '../../../src/lib/og/preview-svg';

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

describe('buildPreviewSvg', () => {
  const card = { eyebrow: 'Guide', title: 'Pricing models', footer: 'co-managed-it.example.com' };

  it('is a 1200x630 SVG', () => {
    const svg = buildPreviewSvg(card);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/,
    );
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('escapes markup in the title, eyebrow and footer', () => {
    const svg = buildPreviewSvg({
      eyebrow: '<b>Eyebrow</b>',
      title: 'Tom & Jerry <script>alert(1)</script>',
      footer: 'a "quoted" <footer>',
    });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<b>|<footer>/);
    expect(svg).toContain('Tom &amp; Jerry');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&lt;b&gt;Eyebrow&lt;/b&gt;');
    expect(svg).toContain('a &quot;quoted&quot; &lt;footer&gt;');
    // No bare "&" that is not the start of an entity.
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it('is well formed: only the expected tags, properly nested, even for hostile text', () => {
    const svg = buildPreviewSvg({ eyebrow: 'A & B', title: 'x < y > z & "w" </text><svg onload=1>', footer: '<' });
    const stack: string[] = [];
    const seen = new Set<string>();
    for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^<>]*?(\/?)>/g)) {
      seen.add(name!);
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect([...seen].sort()).toEqual(['rect', 'style', 'svg', 'text']);
    // Every "<" in the document starts one of those tags.
    expect(svg.match(/</g)!.length).toBe([...svg.matchAll(/<\/?(?:svg|style|rect|text)\b/g)].length);
  });

  it('draws one text line per wrapped title line, at most four, 76px apart', () => {
    const title =
      'A very long preview card title that keeps going well past the four lines the card allows for, and then some more';
    const svg = buildPreviewSvg({ ...card, title });
    const lines = [...svg.matchAll(/<text x="80" y="(\d+)" class="title">([^<]*)<\/text>/g)];
    expect(lines).toHaveLength(4);
    expect(lines.map((m) => m[2])).toEqual(wrapWords(title, 26, 4));
    const ys = lines.map((m) => Number(m[1]));
    expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual([76, 76, 76]);
    expect(lines.at(-1)![2]!.endsWith('…')).toBe(true);
  });

  it('uses the accent colour when given and a default otherwise', () => {
    expect(buildPreviewSvg(card)).toContain('fill="#0b5cad"');
    const svg = buildPreviewSvg({ ...card, accent: '#aa3300' });
    expect(svg).toContain('fill="#aa3300"');
    expect(svg).toContain('fill:#aa3300');
    expect(svg).not.toContain('#0b5cad');
  });
});
