import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutCard, type CardLayout, type PreviewCard } from '../../../src/lib/og/card-layout';
import { drawCard } from '../../../src/lib/og/draw-card';
import { layoutToSvg } from '../../support/card-svg';
import { decodePng } from '../../support/png-decode';

const card: PreviewCard = {
  eyebrow: 'Guide · part 3',
  title: 'Co-managed IT pricing models and contract terms',
  footer: 'Co-managed IT guide',
};
// Kerning pairs, punctuation, a cut title's ellipsis, accents, and a character DejaVu lacks.
const awkward: PreviewCard = {
  eyebrow: 'Fit assessment result — “AV” & <To>',
  title: 'Wa Ta Yo: Ürün façade naïve œuvre ½ price, 24/7 cover, and a title long enough to be cut short at last',
  footer: 'Co-managed IT guide · 𝄞',
  accent: '#7a3e9d',
};

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** resvg drawing the whole card itself, text layout and all. */
function resvgDrawing(preview: PreviewCard | CardLayout) {
  const layout = 'rects' in preview ? preview : layoutCard(preview);
  return new Resvg(layoutToSvg(layout), {
    font: {
      loadSystemFonts: false,
      fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  }).render();
}

/** The mean and the largest difference of a pixel's colour (its most different channel, 0-255). */
function difference(a: Uint8Array, b: Uint8Array, shift = 0) {
  let sum = 0;
  let largest = 0;
  const pixels = a.length / 4 - shift;
  for (let p = 0; p < pixels; p++) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a[p * 4 + c]! - b[(p + shift) * 4 + c]!));
    sum += d;
    largest = Math.max(largest, d);
  }
  return { mean: sum / pixels, largest };
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('drawing a preview card', () => {
  it.each([card, awkward])('draws what resvg draws for the same card, glyph for glyph ($eyebrow)', (preview) => {
    const drawn = decodePng(drawCard(layoutCard(preview)));
    expect(drawn).toMatchObject({ width: 1200, height: 630 });
    const reference = resvgDrawing(preview).pixels;
    const { mean, largest } = difference(drawn.rgba, reference);
    // Only anti-aliased edges differ, and by little: each glyph is placed to a quarter pixel.
    expect(mean).toBeLessThan(0.5);
    expect(largest).toBeLessThan(96);
    // What the comparison catches: the same drawing two pixels off is far from it.
    expect(difference(drawn.rgba, reference, 2).mean).toBeGreaterThan(2);
  });

  it('writes a palette PNG smaller than the one resvg writes for the same card', () => {
    const png = drawCard(layoutCard(card));
    expect(decodePng(png).colourType).toBe(3);
    expect(png.length).toBeLessThan(resvgDrawing(card).asPng().length);
  });

  it('sets the title large and bold', () => {
    const { rgba, width } = decodePng(drawCard(layoutCard(card)));
    // Title ink is the dark #10213a; count the rows that hold any, between the eyebrow and the rule.
    const inkRows = new Set<number>();
    for (let y = 140; y < 510; y++) {
      for (let x = 80; x < 1120; x++) {
        const i = (y * width + x) * 4;
        if (rgba[i]! < 60 && rgba[i + 1]! < 60 && rgba[i + 2]! < 90) inkRows.add(y);
      }
    }
    // Two lines of 64 px bold text: well over 80 rows of ink; at 12 px it would be about 20.
    expect(inkRows.size).toBeGreaterThan(80);
  });

  it('gives each title its own picture, and the same card the same bytes every time', () => {
    const first = drawCard(layoutCard(card));
    expect(same(first, drawCard(layoutCard(card)))).toBe(true);
    expect(same(first, drawCard(layoutCard({ ...card, title: 'Who owns what' })))).toBe(false);
  });

  it('refuses a colour it cannot draw, naming it', () => {
    expect(() => drawCard(layoutCard({ ...card, accent: 'teal' }))).toThrow(/#rrggbb, not teal/);
  });

  it('writes a card with more colours than a palette holds in full colour, drawn the same way', () => {
    // Ten lines of text, each in its own colour: their anti-aliased edges need far over 256 colours.
    const layout = layoutCard(card);
    layout.texts = Array.from({ length: 10 }, (_, i) => ({
      text: 'Many colours on one card',
      x: 80,
      y: 60 + i * 56,
      size: 40,
      weight: 'bold' as const,
      colour: `#${(i * 25).toString(16).padStart(2, '0')}30${(250 - i * 25).toString(16).padStart(2, '0')}`,
    }));
    const drawn = decodePng(drawCard(layout));
    expect(drawn.colourType).toBe(2);
    expect(difference(drawn.rgba, resvgDrawing(layout).pixels).mean).toBeLessThan(0.5);
  });
});
